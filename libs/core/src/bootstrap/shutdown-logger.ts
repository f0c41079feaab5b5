import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationShutdown } from '@nestjs/common';

/** Says when a shutdown starts and when it is over, so operators can see it was graceful. */
@Injectable()
export class ShutdownLogger implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  beforeApplicationShutdown(signal?: string): void {
    this.logger.log(`${signal ?? 'shutdown'} received: finishing in-flight requests and jobs`);
  }

  onApplicationShutdown(): void {
    this.logger.log('stopped');
  }
}

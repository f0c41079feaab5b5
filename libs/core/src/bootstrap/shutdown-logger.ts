import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationShutdown } from '@nestjs/common';

/**
 * Says when a shutdown on a signal starts and when it is over, so operators can see it was
 * graceful. (A command that simply finishes closes without a signal and says nothing.)
 */
@Injectable()
export class ShutdownLogger implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  beforeApplicationShutdown(signal?: string): void {
    if (signal) this.logger.log(`${signal} received: finishing in-flight requests and jobs`);
  }

  onApplicationShutdown(signal?: string): void {
    if (signal) this.logger.log('stopped');
  }
}

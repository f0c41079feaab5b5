import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';

/**
 * Says when a shutdown on a signal is over, so operators can see it was graceful (its start is
 * said by stopOnSignals). A command that simply finishes closes without a signal and says nothing.
 */
@Injectable()
export class ShutdownLogger implements OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  onApplicationShutdown(signal?: string): void {
    if (signal) this.logger.log('stopped');
  }
}

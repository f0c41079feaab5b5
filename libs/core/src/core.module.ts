import { Module, type DynamicModule } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { AuditModule } from './audit/audit.module.js';
import { AuthCoreModule } from './auth/auth-core.module.js';
import { ShutdownLogger } from './bootstrap/shutdown-logger.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { ResponseCacheModule } from './graphql/response-cache.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { QueueModule } from './queue/queue.module.js';
import { RedisModule } from './queue/redis.module.js';

/**
 * The infrastructure every process shares: configuration, logs, PostgreSQL, Redis, the outbox,
 * the audit trail and tokens. `queues: false` leaves BullMQ out (the CLI needs no queue);
 * `logDestination` replaces standard output (tests that read the log lines).
 */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, processName: string, options: { queues: boolean; logDestination?: DestinationStream }): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(processName, options.logDestination),
        DatabaseModule.forRoot(processName),
        RedisModule,
        ...(options.queues ? [QueueModule] : []),
        OutboxModule,
        AuditModule,
        AuthCoreModule,
        ResponseCacheModule,
      ],
      providers: [ShutdownLogger],
    };
  }
}

import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { DEFAULT_JOB_OPTIONS, EVENTS_QUEUE, MAINTENANCE_QUEUE, MATCHING_QUEUE, NOTIFICATIONS_QUEUE } from './queues.js';

/** BullMQ on the configured Redis, with the deployment's key prefix; registers the queues. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.REDIS_URL },
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue({ name: EVENTS_QUEUE }, { name: MAINTENANCE_QUEUE }, { name: MATCHING_QUEUE }, { name: NOTIFICATIONS_QUEUE }),
  ],
  exports: [BullModule],
})
export class QueueModule {}

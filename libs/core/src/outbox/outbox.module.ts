import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobFailure } from '../queue/job-failure.entity.js';
import { ScheduledTasksProcessor } from '../queue/scheduled-tasks.js';
import { DomainEventsProcessor } from './domain-events.processor.js';
import { EventConsumption } from './event-consumption.entity.js';
import { OutboxEvent } from './outbox-event.entity.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { OutboxService } from './outbox.service.js';

/** Writing events: every process that changes data imports this. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEvent, EventConsumption, JobFailure])],
  providers: [OutboxService],
  exports: [OutboxService],
})
export class OutboxModule {}

/** Relaying and consuming events, and running scheduled tasks: worker processes only. */
@Module({
  imports: [DiscoveryModule, TypeOrmModule.forFeature([OutboxEvent, EventConsumption, JobFailure])],
  providers: [OutboxRelay, DomainEventsProcessor, ScheduledTasksProcessor],
  exports: [OutboxRelay, DomainEventsProcessor, ScheduledTasksProcessor],
})
export class OutboxWorkerModule {}

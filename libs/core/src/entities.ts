import { AuditEntry } from './audit/audit-entry.entity.js';
import { EventConsumption } from './outbox/event-consumption.entity.js';
import { OutboxEvent } from './outbox/outbox-event.entity.js';
import { JobFailure } from './queue/job-failure.entity.js';

export const CORE_ENTITIES = [OutboxEvent, EventConsumption, JobFailure, AuditEntry];

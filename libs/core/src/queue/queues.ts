import type { DefaultJobOptions } from 'bullmq';

/**
 * The queues of the platform. Few on purpose: `events` carries every domain event from the
 * outbox to its consumers (notifications fan out there); `maintenance` runs scheduled tasks;
 * `matching` recomputes matches (its jobs can be long, so they do not hold up events);
 * `notifications` sends e-mails and digests (slow, retried against a mail server).
 */
export const EVENTS_QUEUE = 'events';
export const MAINTENANCE_QUEUE = 'maintenance';
export const MATCHING_QUEUE = 'matching';
export const NOTIFICATIONS_QUEUE = 'notifications';

/** Defaults for every job: retried with exponential backoff, kept long enough to dedupe replays. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  // A job id stays taken while the job is kept, which is what makes a replayed add a no-op.
  removeOnComplete: { age: 7 * 24 * 3600, count: 200_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

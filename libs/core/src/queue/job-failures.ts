import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { JsonObject } from '../database/json.js';
import { JobFailure } from './job-failure.entity.js';

/** True when BullMQ will not retry this job again. */
export function isFinalAttempt(job: Job): boolean {
  return job.attemptsMade >= (job.opts.attempts ?? 1);
}

/** Records a job's last failure in the database, where admins can see it after Redis forgets it. */
export async function recordFinalFailure(dataSource: DataSource, queue: string, job: Job, error: Error): Promise<void> {
  await dataSource.getRepository(JobFailure).insert({
    queue,
    jobId: job.id ?? '',
    jobName: job.name,
    data: job.data as JsonObject,
    attempts: job.attemptsMade,
    error: error.message.slice(0, 4000),
  });
}

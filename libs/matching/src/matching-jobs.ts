import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { MATCHING_QUEUE } from '#libs/core';

export const MATCHING_JOB = {
  need: 'need',
  offer: 'offer',
  fullRematch: 'full-rematch',
  resumeOrStart: 'resume-or-start',
} as const;

export interface NeedJobData {
  needId: string;
}
export interface OfferJobData {
  offerId: string;
}
export interface FullRematchJobData {
  runId: string;
}

/**
 * Adds matching jobs. They carry ids only: the processor reads the rows as they are when it runs.
 * A record has one deduplication id, so a burst of changes makes one job; a change arriving
 * while its job runs is kept and makes one more job after it (`keepLastIfActive`), never lost.
 */
@Injectable()
export class MatchingJobs {
  constructor(@InjectQueue(MATCHING_QUEUE) private readonly queue: Queue) {}

  async matchNeeds(needIds: readonly string[]): Promise<void> {
    if (!needIds.length) return;
    await this.queue.addBulk(
      needIds.map((needId) => ({
        name: MATCHING_JOB.need,
        data: { needId } satisfies NeedJobData,
        opts: { deduplication: { id: `need-${needId}`, keepLastIfActive: true } },
      })),
    );
  }

  async matchOffer(offerId: string): Promise<void> {
    await this.queue.add(MATCHING_JOB.offer, { offerId } satisfies OfferJobData, {
      deduplication: { id: `offer-${offerId}`, keepLastIfActive: true },
    });
  }

  /** Asks the worker to resume an interrupted full rematch, or start one if the settings changed. */
  async resumeOrStart(): Promise<void> {
    await this.queue.add(MATCHING_JOB.resumeOrStart, {}, { deduplication: { id: MATCHING_JOB.resumeOrStart } });
  }

  async fullRematch(runId: string): Promise<void> {
    // Retried from its cursor if it fails; a run is long, so fewer and slower retries.
    await this.queue.add(MATCHING_JOB.fullRematch, { runId } satisfies FullRematchJobData, {
      jobId: `full-rematch-${runId}`,
      attempts: 4,
      backoff: { type: 'exponential', delay: 10_000 },
    });
  }
}

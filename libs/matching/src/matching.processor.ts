import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { isFinalAttempt, MATCHING_QUEUE, recordFinalFailure } from '#libs/core';
import { MatchRunTrigger } from './match.enums.js';
import { MatchRunsService } from './match-runs.service.js';
import { MATCHING_JOB, MatchingJobs, type FullRematchJobData, type NeedJobData, type OfferJobData } from './matching-jobs.js';
import { MatchingEngine } from './matching.engine.js';

type MatchingJobData = NeedJobData | OfferJobData | FullRematchJobData;

/**
 * Runs the matching jobs: a need's matches recomputed; an offer's change turned into the need
 * jobs it calls for; full rematches. Jobs whose record no longer exists, or is not published,
 * finish normally (the need job withdraws what such a need had).
 */
@Processor(MATCHING_QUEUE, { concurrency: 4 })
@Injectable()
export class MatchingProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: MatchingEngine,
    private readonly runs: MatchRunsService,
    private readonly jobs: MatchingJobs,
  ) {
    super();
  }

  /**
   * At start, a job (not a query here): the worker may start before the migrations it needs
   * have run, and a job that fails is retried.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.resumeOrStart();
  }

  async process(job: Job<MatchingJobData>): Promise<unknown> {
    switch (job.name) {
      case MATCHING_JOB.need:
        return { changed: await this.engine.matchNeeds([(job.data as NeedJobData).needId]) };
      case MATCHING_JOB.offer: {
        const needs = await this.engine.needsAffectedByOffer((job.data as OfferJobData).offerId);
        await this.jobs.matchNeeds(needs);
        return { needs: needs.length };
      }
      case MATCHING_JOB.resumeOrStart:
        return this.resumeOrStart();
      case MATCHING_JOB.fullRematch: {
        const run = await this.runs.run((job.data as FullRematchJobData).runId);
        return { status: run.status, needsDone: run.needsDone, matchesChanged: run.matchesChanged };
      }
      default:
        this.logger.warn(`unknown matching job ${job.name} (${job.id}); finished as a no-op`);
        return null;
    }
  }

  /** Resumes an interrupted run, or starts one when the weights or limits changed since the last. */
  private async resumeOrStart(): Promise<{ runId: string | null }> {
    const unfinished = await this.runs.unfinished();
    const run = unfinished ?? ((await this.runs.settingsChanged()) ? await this.runs.start(MatchRunTrigger.SETTINGS_CHANGED, null) : null);
    if (run) await this.jobs.fullRematch(run.id);
    return { runId: run?.id ?? null };
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<MatchingJobData> | undefined, error: Error): Promise<void> {
    if (!job || !isFinalAttempt(job)) return;
    this.logger.error(`matching job ${job.id} (${job.name}) failed for good: ${error.message}`);
    if (job.name === MATCHING_JOB.fullRematch) await this.runs.fail((job.data as FullRematchJobData).runId, error.message).catch(() => undefined);
    await recordFinalFailure(this.dataSource, MATCHING_QUEUE, job, error).catch((e: Error) =>
      this.logger.error(`could not record the failure of job ${job.id}: ${e.message}`),
    );
  }
}

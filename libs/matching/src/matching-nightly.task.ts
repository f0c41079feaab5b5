import { Injectable, Logger } from '@nestjs/common';
import { ConflictError, Scheduled, type ScheduledTask } from '#libs/core';
import { MatchRunTrigger } from './match.enums.js';
import { MatchRunsService } from './match-runs.service.js';
import { MatchingJobs } from './matching-jobs.js';

/**
 * A full rematch every night: it catches what no event announces (new exchange rates move USD
 * budgets; nothing else changes a score without an event). Skipped while another run is going.
 */
@Scheduled('matching.nightly', '30 3 * * *')
@Injectable()
export class MatchingNightlyTask implements ScheduledTask {
  private readonly logger = new Logger(MatchingNightlyTask.name);

  constructor(
    private readonly runs: MatchRunsService,
    private readonly jobs: MatchingJobs,
  ) {}

  async run(): Promise<{ runId: string | null }> {
    try {
      const run = await this.runs.start(MatchRunTrigger.NIGHTLY, null);
      await this.jobs.fullRematch(run.id);
      return { runId: run.id };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      this.logger.log(`nightly rematch skipped: ${error.message}`);
      return { runId: null };
    }
  }
}

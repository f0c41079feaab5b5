import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NeedsModule } from '#libs/needs';
import { OffersModule } from '#libs/offers';
import { ReferenceDataModule } from '#libs/reference-data';
import { MATCHING_ENTITIES } from './entities/index.js';
import { MatchProfilesService } from './match-profiles.service.js';
import { MatchRunsService } from './match-runs.service.js';
import { matchSettingsProvider } from './match-settings.provider.js';
import { MatchWriter } from './match-writer.js';
import { MatchesService } from './matches.service.js';
import { MatchingJobs } from './matching-jobs.js';
import { MatchesResolver } from './matches.resolver.js';
import { MatchingNightlyTask } from './matching-nightly.task.js';
import { MatchingEngine } from './matching.engine.js';
import { MatchingProcessor } from './matching.processor.js';
import { MatchingTrigger } from './matching.trigger.js';

/** The engine, the matches' life cycle and full rematches; no queue (the CLI runs rematches itself). */
@Module({
  imports: [TypeOrmModule.forFeature(MATCHING_ENTITIES), NeedsModule, OffersModule],
  providers: [matchSettingsProvider, MatchProfilesService, MatchWriter, MatchingEngine, MatchRunsService, MatchesService],
  exports: [matchSettingsProvider, MatchProfilesService, MatchingEngine, MatchRunsService, MatchesService],
})
export class MatchingModule {}

@Module({
  imports: [MatchingModule, NeedsModule, OffersModule, ReferenceDataModule],
  providers: [MatchingJobs, MatchesResolver],
})
export class MatchingApiModule {}

/** The worker's part: events to jobs, the jobs, and the nightly full rematch. */
@Module({
  imports: [MatchingModule],
  providers: [MatchingJobs, MatchingTrigger, MatchingProcessor, MatchingNightlyTask],
})
export class MatchingWorkerModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '#libs/identity';
import { NeedsModule } from '#libs/needs';
import { OffersModule } from '#libs/offers';
import { ReferenceDataModule } from '#libs/reference-data';
import { DealRoomResolver } from './deal-room/deal-room.resolver.js';
import { DealRoomService } from './deal-room/deal-room.service.js';
import { PROPOSALS_ENTITIES } from './entities/index.js';
import { FundingResolver } from './funding/funding.resolver.js';
import { FundingService } from './funding/funding.service.js';
import { AgendaItemResolver, MeetingsResolver } from './meetings/meetings.resolver.js';
import { MeetingsService } from './meetings/meetings.service.js';
import { ProposalPartyResolver, ProposalsResolver } from './proposals/proposals.resolver.js';
import { ProposalDeadlinesTask } from './proposals/proposal-deadlines.task.js';
import { ProposalsSearchService } from './proposals/proposals-search.service.js';
import { ProposalsService } from './proposals/proposals.service.js';

/** Proposals: compiled from needs, endorsed, reviewed, negotiated, funded, implemented (docs/PROPOSALS.md). */
@Module({
  imports: [TypeOrmModule.forFeature(PROPOSALS_ENTITIES), NeedsModule, OffersModule, ReferenceDataModule, IdentityModule],
  providers: [ProposalsService, ProposalsSearchService, FundingService, DealRoomService, MeetingsService, ProposalDeadlinesTask],
  exports: [ProposalsService, ProposalsSearchService, FundingService, DealRoomService, MeetingsService, ProposalDeadlinesTask],
})
export class ProposalsModule {}

@Module({
  imports: [ProposalsModule, NeedsModule, ReferenceDataModule, IdentityModule],
  providers: [ProposalsResolver, ProposalPartyResolver, DealRoomResolver, FundingResolver, MeetingsResolver, AgendaItemResolver],
})
export class ProposalsApiModule {}

/** The worker's part: the daily deadlines task (review lapses, expiry), found by the scheduler. */
@Module({ imports: [ProposalsModule] })
export class ProposalsWorkerModule {}

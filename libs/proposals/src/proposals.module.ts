import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '#libs/identity';
import { NeedsModule } from '#libs/needs';
import { ReferenceDataModule } from '#libs/reference-data';
import { PROPOSALS_ENTITIES } from './entities/index.js';
import { ProposalConnectionResolver, ProposalPartyResolver, ProposalsResolver } from './proposals.resolver.js';
import { ProposalsSearchService } from './proposals-search.service.js';
import { ProposalsService } from './proposals.service.js';

/** Proposals: compiled from needs, endorsed, reviewed, funded (docs/PROPOSALS.md). */
@Module({
  imports: [TypeOrmModule.forFeature(PROPOSALS_ENTITIES), NeedsModule, ReferenceDataModule, IdentityModule],
  providers: [ProposalsService, ProposalsSearchService],
  exports: [ProposalsService, ProposalsSearchService],
})
export class ProposalsModule {}

@Module({
  imports: [ProposalsModule, NeedsModule, ReferenceDataModule, IdentityModule],
  providers: [ProposalsResolver, ProposalPartyResolver, ProposalConnectionResolver],
})
export class ProposalsApiModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '#libs/identity';
import { NeedsModule } from '#libs/needs';
import { ReferenceDataModule } from '#libs/reference-data';
import { OFFERS_ENTITIES } from './entities/index.js';
import { OffersFreshnessTask } from './offers-freshness.task.js';
import { OffersSearchService } from './offers-search.service.js';
import { OffersUsdHandler } from './offers-usd.handler.js';
import { OffersResolver } from './offers.resolver.js';
import { OffersService } from './offers.service.js';
import { StandingCriteriaMatcher } from './standing-criteria.handler.js';
import { StandingCriteriaResolver } from './standing-criteria.resolver.js';
import { StandingCriteriaService } from './standing-criteria.service.js';

/** Offers and donors' standing criteria. */
@Module({
  imports: [TypeOrmModule.forFeature(OFFERS_ENTITIES), ReferenceDataModule, IdentityModule, NeedsModule],
  providers: [OffersService, OffersSearchService, StandingCriteriaService, OffersFreshnessTask],
  exports: [OffersService, OffersSearchService, StandingCriteriaService, OffersFreshnessTask],
})
export class OffersModule {}

@Module({
  imports: [OffersModule, ReferenceDataModule, IdentityModule, NeedsModule],
  providers: [OffersResolver, StandingCriteriaResolver],
})
export class OffersApiModule {}

/** The worker's part: matching published needs against standing criteria, USD equivalents. */
@Module({
  imports: [OffersModule],
  providers: [StandingCriteriaMatcher, OffersUsdHandler],
})
export class OffersWorkerModule {}

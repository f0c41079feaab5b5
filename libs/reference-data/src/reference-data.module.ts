import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REFERENCE_DATA_ENTITIES } from './entities/index.js';
import { ExchangeRatesService } from './exchange-rates.service.js';
import { ReferenceDataChanges } from './reference-data.changes.js';
import { ReferenceDataSeeder } from './reference-data.seeder.js';
import { ReferenceDataResolver, RegionalOrganisationResolver, ThematicAreaResolver } from './reference-data.resolver.js';
import { ReferenceDataService } from './reference-data.service.js';

@Module({
  imports: [TypeOrmModule.forFeature(REFERENCE_DATA_ENTITIES)],
  providers: [ReferenceDataChanges, ReferenceDataService, ExchangeRatesService, ReferenceDataSeeder],
  exports: [ReferenceDataChanges, ReferenceDataService, ExchangeRatesService, ReferenceDataSeeder],
})
export class ReferenceDataModule {}

/** The GraphQL face of reference data, for the api process. */
@Module({
  imports: [ReferenceDataModule],
  providers: [ReferenceDataResolver, RegionalOrganisationResolver, ThematicAreaResolver],
})
export class ReferenceDataApiModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceDataModule } from '#libs/reference-data';
import { NEEDS_ENTITIES } from './entities/index.js';
import { NationalReportsService } from './national-reports.service.js';
import { NeedsFreshnessTask } from './needs-freshness.task.js';
import { NeedsSearchService } from './needs-search.service.js';
import { NeedsResolver } from './needs.resolver.js';
import { NeedsService } from './needs.service.js';
import { ReportImportService } from './report-import.service.js';
import { UsdEquivalentsHandler } from './usd-equivalents.handler.js';

/** Needs and national reports. */
@Module({
  imports: [TypeOrmModule.forFeature(NEEDS_ENTITIES), ReferenceDataModule],
  providers: [NeedsService, NeedsSearchService, ReportImportService, NationalReportsService, NeedsFreshnessTask],
  exports: [NeedsService, NeedsSearchService, ReportImportService, NationalReportsService, NeedsFreshnessTask],
})
export class NeedsModule {}

@Module({
  imports: [NeedsModule, ReferenceDataModule],
  providers: [NeedsResolver],
})
export class NeedsApiModule {}

/** The worker's part: scheduled freshness and USD equivalents after rate changes. */
@Module({
  imports: [NeedsModule],
  providers: [UsdEquivalentsHandler],
})
export class NeedsWorkerModule {}

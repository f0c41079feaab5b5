import { Module } from '@nestjs/common';
import { DashboardsModule } from '#libs/dashboards';
import { IdentityModule } from '#libs/identity';
import { MatchingModule } from '#libs/matching';
import { NeedsModule } from '#libs/needs';
import { OffersModule } from '#libs/offers';
import { ProposalsModule } from '#libs/proposals';
import { ReferenceDataModule } from '#libs/reference-data';
import { ExportsController } from './exports.controller.js';
import { ExportsResolver } from './exports.resolver.js';
import { ExportsService } from './exports.service.js';

/** CSV and XLSX exports of the lists, through short-lived signed download links (docs/OPEN-DATA.md). */
@Module({
  imports: [ReferenceDataModule, IdentityModule, NeedsModule, OffersModule, MatchingModule, ProposalsModule, DashboardsModule],
  controllers: [ExportsController],
  providers: [ExportsService, ExportsResolver],
  exports: [ExportsService],
})
export class ExportsModule {}

import { Module } from '@nestjs/common';
import { DashboardsResolver } from './dashboards.resolver.js';
import { DashboardsService } from './dashboards.service.js';

/** The dashboards: read-only figures over needs, offers, matches and proposals, in SQL. */
@Module({
  providers: [DashboardsService],
  exports: [DashboardsService],
})
export class DashboardsModule {}

@Module({
  imports: [DashboardsModule],
  providers: [DashboardsResolver],
})
export class DashboardsApiModule {}

import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfig, CoreModule, OutboxWorkerModule } from '#libs/core';
import { IdentityWorkerModule } from '#libs/identity';
import { MatchingWorkerModule } from '#libs/matching';
import { NeedsWorkerModule } from '#libs/needs';
import { NotificationsWorkerModule } from '#libs/notifications';
import { OffersWorkerModule } from '#libs/offers';
import { ProposalsWorkerModule } from '#libs/proposals';
import { SetupModule } from '#libs/setup';

/** The features' consumers and processors, without HTTP. The quick start (apps/quickstart) runs them beside the api. */
@Module({
  imports: [
    OutboxWorkerModule,
    IdentityWorkerModule,
    NeedsWorkerModule,
    OffersWorkerModule,
    MatchingWorkerModule,
    ProposalsWorkerModule,
    NotificationsWorkerModule,
  ],
})
export class WorkerFeaturesModule {}

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot(config, 'worker', { queues: true }), SetupModule, WorkerFeaturesModule],
    };
  }
}

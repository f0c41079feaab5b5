import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessGuard, AccessTokenService, AppConfig, AuthGuard, CoreModule, GraphQLExceptionFilter, graphqlOptions, ResponseCache } from '#libs/core';
import { DashboardsApiModule } from '#libs/dashboards';
import { HealthModule } from '#libs/health';
import { IdentityApiModule } from '#libs/identity';
import { MatchingApiModule } from '#libs/matching';
import { NeedsApiModule } from '#libs/needs';
import { NotificationsApiModule } from '#libs/notifications';
import { OffersApiModule } from '#libs/offers';
import { OpenDataApiModule } from '#libs/open-data';
import { ProposalsApiModule } from '#libs/proposals';
import { ReferenceDataApiModule } from '#libs/reference-data';
import { SetupModule } from '#libs/setup';
import { QueueDashboardModule } from './queue-dashboard/queue-dashboard.module.js';

export interface ApiOptions {
  /**
   * The worker's processors and consumers to run in this process too (the quick start,
   * apps/quickstart, and tests): the api itself knows nothing of the worker.
   */
  workerModule?: Type<unknown>;
  /** Where the log lines go instead of standard output (tests that read them). */
  logDestination?: DestinationStream;
}

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, options: ApiOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot(config, options.workerModule ? 'api+worker' : 'api', { queues: true, logDestination: options.logDestination }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AppConfig, ResponseCache, AccessTokenService],
          useFactory: graphqlOptions,
        }),
        HealthModule,
        SetupModule,
        ReferenceDataApiModule,
        IdentityApiModule,
        NeedsApiModule,
        OffersApiModule,
        MatchingApiModule,
        ProposalsApiModule,
        NotificationsApiModule,
        DashboardsApiModule,
        OpenDataApiModule,
        QueueDashboardModule,
        ...(options.workerModule ? [options.workerModule] : []),
      ],
      providers: [
        // Order matters: who you are, then what you may do.
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
      ],
    };
  }
}

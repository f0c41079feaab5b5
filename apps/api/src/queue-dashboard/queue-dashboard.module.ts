import { Module } from '@nestjs/common';
import { IdentityModule } from '#libs/identity';
import { QueueDashboard } from './queue-dashboard.js';
import { QueueDashboardResolver } from './queue-dashboard.resolver.js';

/**
 * Bull Board over every queue, for the operators: the api's own, not a feature's (it shows the
 * queues of all of them). api.app.ts mounts it on Fastify.
 */
@Module({
  imports: [IdentityModule],
  providers: [QueueDashboard, QueueDashboardResolver],
  exports: [QueueDashboard],
})
export class QueueDashboardModule {}

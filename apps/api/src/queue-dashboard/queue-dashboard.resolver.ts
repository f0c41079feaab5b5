import { Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Role, Roles } from '#libs/core';
import { QueueDashboard } from './queue-dashboard.js';

/** The queue dashboard's entry link, for the operators. */
@Resolver()
export class QueueDashboardResolver {
  constructor(private readonly dashboard: QueueDashboard) {}

  @Roles(Role.ADMIN, Role.UNODA_MODERATOR)
  @Query(() => String, { description: 'A link to the queue dashboard, valid for 5 minutes (it then keeps a 30-minute session).' })
  queueDashboardLink(@CurrentUser() user: AuthUser): string {
    return this.dashboard.linkFor(user);
  }
}

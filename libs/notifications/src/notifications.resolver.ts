import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentUser, Public, Role, Roles, toConnection, type AuthUser, type GraphQLContext } from '#libs/core';
import {
  FailedEmailView,
  NotificationConnection,
  NotificationPreferenceView,
  NotificationView,
  UnsubscribeResultKind,
  UnsubscribeResultView,
} from './dto/notification.types.js';
import { LiveSubscriptions, type LiveMessage } from './live-notifications.js';
import { DeliveryMode, NotificationCategory } from './notification-routes.js';
import { NotificationsService } from './notifications.service.js';

/** The inbox, preferences and (for the operators) failed e-mails. */
@Resolver(() => NotificationView)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly live: LiveSubscriptions,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('unreadOnly', { nullable: true }) unreadOnly?: boolean,
    @Args('categories', { type: () => [NotificationCategory], nullable: true, description: 'Only these categories (a workspace home lists the deal rooms).' })
    categories?: NotificationCategory[],
  ): Promise<NotificationConnection> {
    const page = await this.service.inbox(user, { first, after, unreadOnly, categories });
    return toConnection(NotificationConnection, page, (n) => NotificationView.from(n));
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.service.unreadCount(user);
  }

  @Query(() => [NotificationPreferenceView], { description: 'How e-mail of each category reaches you.' })
  notificationPreferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferenceView[]> {
    return this.service.preferences(user);
  }

  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed.' })
  markNotificationsRead(@CurrentUser() user: AuthUser, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.service.markRead(user, ids);
  }

  @Mutation(() => Int)
  markAllNotificationsRead(@CurrentUser() user: AuthUser): Promise<number> {
    return this.service.markAllRead(user);
  }

  @Mutation(() => [NotificationPreferenceView], { description: 'Immediate, daily or weekly digest, or off, per category (urgent categories stay immediate).' })
  setNotificationPreference(
    @CurrentUser() user: AuthUser,
    @Args('category', { type: () => NotificationCategory }) category: NotificationCategory,
    @Args('mode', { type: () => DeliveryMode }) mode: DeliveryMode,
  ): Promise<NotificationPreferenceView[]> {
    return this.service.setPreference(user, category, mode);
  }

  @Public()
  @Mutation(() => UnsubscribeResultView, { description: 'Follows a one-click unsubscribe link (no login needed).' })
  async unsubscribeByToken(@Args('token') token: string): Promise<UnsubscribeResultView> {
    const result = await this.service.unsubscribe(token);
    return { outcome: result.outcome as UnsubscribeResultKind, category: result.category };
  }

  @Roles(Role.ADMIN, Role.UNODA_MODERATOR)
  @Query(() => [FailedEmailView], { description: 'E-mails that failed after their last attempt, newest first.' })
  failedEmails(@Args('limit', { type: () => Int, nullable: true }) limit?: number): Promise<FailedEmailView[]> {
    return this.service.failedEmails(Math.min(Math.max(limit ?? 200, 1), 1000));
  }

  @Roles(Role.ADMIN, Role.UNODA_MODERATOR)
  @Mutation(() => Int, { description: 'Sends failed e-mails again; returns how many were re-driven.' })
  redriveEmails(@CurrentUser() user: AuthUser, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.service.redrive(ids, user);
  }

  @Subscription(() => NotificationView, {
    description: 'Your new notifications as they arrive (graphql-ws; pass the access token as connection parameter "authorization").',
    resolve(this: NotificationsResolver, message: LiveMessage, _args: unknown, context: GraphQLContext) {
      return this.service.one(message.notificationId, context.req.user!).then(NotificationView.from);
    },
  })
  notificationAdded(@CurrentUser() user: AuthUser): AsyncIterableIterator<LiveMessage> {
    return this.live.forUser(user.id);
  }
}

import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '#libs/identity';
import { ReferenceDataModule } from '#libs/reference-data';
import { DigestsTask } from './digests.task.js';
import { EmailRelay } from './email-relay.service.js';
import { NOTIFICATIONS_ENTITIES } from './entities/index.js';
import { LivePublisher, LiveSubscriptions } from './live-notifications.js';
import { Mailer } from './mailer.service.js';
import { NotificationFanOut } from './notification-fan-out.handler.js';
import { NotificationLinks } from './notification-links.js';
import { NotificationTexts } from './notification-texts.service.js';
import { NotificationsProcessor } from './notifications.processor.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { RemindersTask } from './reminders.task.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

/** Notifications: routing, fan-out, inbox, e-mail, digests, reminders (docs/NOTIFICATIONS.md). */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATIONS_ENTITIES), IdentityModule, ReferenceDataModule],
  providers: [NotificationTexts, NotificationLinks, NotificationsService],
  exports: [NotificationTexts, NotificationLinks, NotificationsService],
})
export class NotificationsModule {}

/** The api's part: inbox and preferences, live subscriptions, unsubscribe links. */
@Module({
  imports: [NotificationsModule, IdentityModule],
  controllers: [UnsubscribeController],
  providers: [NotificationsResolver, LiveSubscriptions],
})
export class NotificationsApiModule {}

/** The worker's part: fan-out of events, the e-mail relay and sender, digests and reminders. */
@Module({
  imports: [NotificationsModule],
  providers: [NotificationFanOut, LivePublisher, EmailRelay, Mailer, NotificationsProcessor, DigestsTask, RemindersTask],
})
export class NotificationsWorkerModule implements OnApplicationBootstrap {
  constructor(private readonly mailer: Mailer) {}

  onApplicationBootstrap(): void {
    this.mailer.announce();
  }
}

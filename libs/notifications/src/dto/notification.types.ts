import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '#libs/core';
import type { RenderedNotification } from '../notification-texts.service.js';
import { DeliveryMode, NotificationCategory } from '../notification-routes.js';
import type { CategoryPreference, FailedEmail } from '../notifications.service.js';

export enum UnsubscribeResultKind {
  DONE = 'DONE',
  INVALID = 'INVALID',
  URGENT = 'URGENT',
}
registerEnumType(UnsubscribeResultKind, { name: 'UnsubscribeOutcome' });

@ObjectType('Notification', { description: 'An event for you, in your language.' })
export class NotificationView {
  @Field(() => ID) id: string;
  @Field({ description: 'The event, e.g. need.returned.' }) type: string;
  @Field(() => NotificationCategory) category: NotificationCategory;
  @Field() title: string;
  @Field() body: string;
  @Field({ description: 'The record in the web client.' }) link: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;

  static from(n: RenderedNotification): NotificationView {
    return Object.assign(new NotificationView(), {
      id: n.id,
      type: n.eventType,
      category: n.category,
      title: n.message.title,
      body: n.message.body,
      link: n.link,
      createdAt: n.createdAt,
      readAt: n.readAt,
    });
  }
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends Connection(NotificationView, 'Notification') {}

@ObjectType('NotificationPreference', { description: 'How e-mail of a category reaches you (the inbox always gets everything).' })
export class NotificationPreferenceView implements CategoryPreference {
  @Field(() => NotificationCategory) category: NotificationCategory;
  @Field(() => DeliveryMode) mode: DeliveryMode;
  @Field({ description: 'Always sent at once; cannot be put in a digest or turned off.' }) urgent: boolean;
  @Field({ description: 'You chose it (else the default).' }) chosen: boolean;
}

@ObjectType('FailedEmail', { description: 'An e-mail (or digest) that failed after its last attempt.' })
export class FailedEmailView implements FailedEmail {
  @Field() kind: 'NOTIFICATION' | 'DIGEST';
  @Field(() => ID) id: string;
  @Field(() => ID) userId: string;
  @Field() email: string;
  @Field({ description: 'The event type, or DAILY / WEEKLY for a digest.' }) subject: string;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field() createdAt: Date;
}

@ObjectType('UnsubscribeResult')
export class UnsubscribeResultView {
  @Field(() => UnsubscribeResultKind) outcome: UnsubscribeResultKind;
  @Field(() => NotificationCategory, { nullable: true }) category: NotificationCategory | null;
}

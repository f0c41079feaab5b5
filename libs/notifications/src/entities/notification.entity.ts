import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { OutboxEvent } from '#libs/core';
import { User } from '#libs/identity';
import type { DeliveryMode, NotificationCategory } from '../notification-routes.js';

/** Where the e-mail of a notification stands. */
export enum EmailStatus {
  /** No e-mail: the category is off for this user. */
  NONE = 'NONE',
  /** To send now: the relay will queue it. */
  PENDING = 'PENDING',
  /** A job is queued to send it. */
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  /** The last attempt failed (reason in email_error); an administrator may re-drive it. */
  FAILED = 'FAILED',
  /** Waiting for the user's daily or weekly digest. */
  DIGEST = 'DIGEST',
  /** Included in a digest (digest_id). */
  DIGESTED = 'DIGESTED',
  /** Could not be sent at all (e.g. the user has no e-mail address); reason in email_error. */
  SKIPPED = 'SKIPPED',
}

/**
 * One event for one person: the in-app inbox item and the state of its e-mail, in one row (one
 * write per recipient). The text is rendered when read, in the reader's language of the moment.
 * (event, user) is unique: a replayed event, a retried job or two workers never make a second one.
 */
@Entity()
@Unique('UQ_notification_event_user', ['eventId', 'userId'])
@Index('IX_notification_inbox', ['userId', 'createdAt', 'id'])
@Index('IX_notification_unread', ['userId'], { where: 'read_at IS NULL' })
@Index('IX_notification_email_pending', ['createdAt'], { where: `email_status = 'PENDING'` })
@Index('IX_notification_email_digest', ['userId'], { where: `email_status = 'DIGEST'` })
@Index('IX_notification_email_failed', ['createdAt'], { where: `email_status = 'FAILED'` })
@Check('CK_notification_email_status', `email_status IN ('NONE', 'PENDING', 'QUEUED', 'SENT', 'FAILED', 'DIGEST', 'DIGESTED', 'SKIPPED')`)
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => OutboxEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<OutboxEvent>;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column({ type: 'text' })
  eventType: string;

  @Column({ type: 'text' })
  category: NotificationCategory;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'text' })
  emailStatus: EmailStatus;

  /** IMMEDIATE, DAILY or WEEKLY: how the e-mail goes (decided at fan-out from the preference). */
  @Column({ type: 'text', nullable: true })
  emailMode: DeliveryMode | null;

  /** How many times an administrator re-drove it: part of the job id, so a re-drive is a new job. */
  @Column({ type: 'int', default: 0 })
  emailRound: number;

  @Column({ type: 'int', default: 0 })
  emailAttempts: number;

  @Column({ type: 'text', nullable: true })
  emailError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailSentAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  digestId: string | null;
}

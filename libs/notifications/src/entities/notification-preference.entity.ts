import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { User } from '#libs/identity';
import type { DeliveryMode, NotificationCategory } from '../notification-routes.js';

/** A user's choice for one category (absent: the category's default). */
@Entity()
@Check('CK_notification_preference_mode', `mode IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')`)
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  category: NotificationCategory;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column({ type: 'text' })
  mode: DeliveryMode;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

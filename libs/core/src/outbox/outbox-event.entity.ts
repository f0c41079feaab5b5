import type { JsonObject } from '../database/json.js';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event, written in the same transaction as the change that caused it and relayed to
 * the `events` queue by the worker. Never updated except for its relay bookkeeping.
 */
@Entity()
@Index('IX_outbox_event_pending', ['occurredAt'], { where: 'published_at IS NULL' })
/** The events of one record in order: notifications look up what answers what, and deal-room bursts. */
@Index('IX_outbox_event_aggregate', ['aggregateId', 'aggregateType', 'occurredAt'])
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Dotted name, e.g. `user.invited`. */
  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'text' })
  aggregateType: string;

  @Column({ type: 'text' })
  aggregateId: string;

  @Column({ type: 'jsonb', default: {} })
  payload: JsonObject;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** The moment of the statement (not of the transaction), so events of one transaction keep their order. */
  @CreateDateColumn({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  publishAttempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}

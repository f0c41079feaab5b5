import type { JsonObject } from '../database/json.js';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who changed what, from which state to which, when and why. Append-only: a trigger in the
 * database refuses UPDATE and DELETE.
 */
@Entity()
@Index('IX_audit_entry_entity', ['entityType', 'entityId', 'occurredAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** Dotted verb, e.g. `organisation.created`, `need.transitioned`. */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'text' })
  entityId: string;

  @Column({ type: 'text', nullable: true })
  fromState: string | null;

  @Column({ type: 'text', nullable: true })
  toState: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  data: JsonObject | null;

  /** The moment of the statement (not of the transaction), so entries of one transaction keep their order. */
  @CreateDateColumn({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt: Date;
}

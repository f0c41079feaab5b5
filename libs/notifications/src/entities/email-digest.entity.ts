import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { User } from '#libs/identity';

/**
 * One daily or weekly digest of a user, for one period of the user's calendar ('2026-11-27' or
 * '2026-W48'): unique, so a period is never sent twice.
 */
@Entity()
@Unique('UQ_email_digest_period', ['userId', 'period', 'periodKey'])
@Check('CK_email_digest_status', `status IN ('PENDING', 'SENT', 'FAILED')`)
export class EmailDigest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  /** DAILY or WEEKLY. */
  @Column({ type: 'text' })
  period: 'DAILY' | 'WEEKLY';

  @Column({ type: 'text' })
  periodKey: string;

  @Column({ type: 'text' })
  status: 'PENDING' | 'SENT' | 'FAILED';

  @Column({ type: 'int', default: 0 })
  items: number;

  @Column({ type: 'int', default: 0 })
  round: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** When the relay queued its job (null: to queue). */
  @Column({ type: 'timestamptz', nullable: true })
  queuedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}

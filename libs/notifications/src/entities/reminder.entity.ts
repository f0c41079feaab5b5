import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A reminder announced once: (kind, record, due date, days before). The daily task inserts it
 * before writing the event, so a run repeated the same day announces nothing twice.
 */
@Entity()
export class Reminder {
  @PrimaryColumn({ type: 'text' })
  kind: string;

  @PrimaryColumn({ type: 'text' })
  recordKey: string;

  @PrimaryColumn({ type: 'text' })
  dueKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

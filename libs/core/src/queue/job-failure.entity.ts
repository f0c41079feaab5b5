import type { JsonObject } from '../database/json.js';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A job that failed its last attempt: kept in the database for admins to inspect and re-drive. */
@Entity()
@Index('IX_job_failure_queue_job', ['queue', 'jobId'])
export class JobFailure {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  queue: string;

  @Column({ type: 'text' })
  jobId: string;

  @Column({ type: 'text' })
  jobName: string;

  @Column({ type: 'jsonb' })
  data: JsonObject;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ type: 'text' })
  error: string;

  @CreateDateColumn({ type: 'timestamptz' })
  failedAt: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MatchRunStatus, MatchRunTrigger } from '../match.enums.js';
import type { MatchSettings } from '../scoring/match-settings.js';

/**
 * A full rematch: every published need scored again against every published offer. Progress is
 * saved with each batch (the cursor is the last need done), so a run interrupted by a restart
 * resumes where it stopped. At most one runs at a time.
 */
@Entity()
@Check('CK_match_run_status', `status IN ('RUNNING', 'COMPLETED', 'FAILED')`)
@Check('CK_match_run_trigger', `trigger IN ('COMMAND', 'STAFF', 'SETTINGS_CHANGED', 'NIGHTLY')`)
@Index('UQ_match_run_running', ['status'], { unique: true, where: `status = 'RUNNING'` })
export class MatchRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  status: MatchRunStatus;

  @Column({ type: 'text' })
  trigger: MatchRunTrigger;

  @Column({ type: 'jsonb' })
  settings: MatchSettings;

  @Column({ type: 'text' })
  settingsHash: string;

  @Column({ type: 'uuid', nullable: true })
  startedByUserId: string | null;

  @Column({ type: 'int' })
  needsTotal: number;

  @Column({ type: 'int', default: 0 })
  needsDone: number;

  /** The last need done, in id order. */
  @Column({ type: 'uuid', nullable: true })
  cursor: string | null;

  /** Rows the run changed: suggestions made, withdrawn or rescored. */
  @Column({ type: 'int', default: 0 })
  matchesChanged: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  startedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { MeetingStatus } from '../meetings/meeting.enums.js';

/** A meeting of the Group of Interested States, where proposals are presented and donors say what they will fund. */
@Entity()
@Check('CK_gis_meeting_status', `status IN ('SCHEDULED', 'HELD', 'CANCELLED')`)
@Index('IX_gis_meeting_starts_at', ['startsAt'])
export class GisMeeting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  /** A room, a city, or "online". */
  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text' })
  status: MeetingStatus;

  /** Minutes, or why it was cancelled. */
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

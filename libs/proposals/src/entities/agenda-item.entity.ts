import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { GisMeeting } from './gis-meeting.entity.js';
import { Proposal } from './proposal.entity.js';

/** A proposal on a meeting's agenda, and what the meeting decided about it. */
@Entity()
@Unique('UQ_agenda_item_proposal', ['meetingId', 'proposalId'])
export class AgendaItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => GisMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<GisMeeting>;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<Proposal>;

  /** 1-based order on the agenda. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** What the meeting concluded about it. */
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  /** The proposal step the outcome took, if any (e.g. HOLD, WITHDRAW). */
  @Column({ type: 'text', nullable: true })
  outcomeAction: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  outcomeRecordedAt: Date | null;
}

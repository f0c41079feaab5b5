import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Match } from '#libs/matching';
import { Proposal } from './proposal.entity.js';

/** A match that led to a proposal. */
@Entity()
export class ProposalMatch {
  @PrimaryColumn({ type: 'uuid' })
  proposalId: string;

  @PrimaryColumn({ type: 'uuid' })
  matchId: string;

  /**
   * The engine's score when the match led to the proposal: the match itself stops being scored
   * once its need is in a proposal (it no longer passes the hard filters).
   */
  @Column({ type: 'numeric', precision: 5, scale: 4, nullable: true })
  scoreWhenLinked: string | null;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<Proposal>;

  @ManyToOne(() => Match, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match: Relation<Match>;
}

import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Need } from '#libs/needs';
import { Proposal } from './proposal.entity.js';

/** A need a proposal was compiled from. */
@Entity()
@Index('IX_proposal_need_need', ['needId'])
export class ProposalNeed {
  @PrimaryColumn({ type: 'uuid' })
  proposalId: string;

  @PrimaryColumn({ type: 'uuid' })
  needId: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<Proposal>;

  @ManyToOne(() => Need, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'need_id' })
  need: Relation<Need>;
}

import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Proposal } from './proposal.entity.js';

/** A tranche of a proposal's budget: a titled group of budget lines, funded as a unit. */
export interface Tranche {
  number: number;
  title: string;
  lines: { description: string; amount: string }[];
  /** The needs of the proposal this tranche carries; absent or empty: a need named by no tranche is carried by all. */
  needIds?: string[];
}

export enum RevisionStatus {
  /** The first version while UNODA drafts the proposal. */
  DRAFT = 'DRAFT',
  /** Proposed in the deal room, waiting for every required party to accept it. */
  OPEN = 'OPEN',
  /** The version that holds: what donors fund. */
  AGREED = 'AGREED',
  /** A newer revision was proposed (while open) or agreed (once agreed). */
  SUPERSEDED = 'SUPERSEDED',
}

/**
 * A version of a proposal's scope and budget. Revision 1 is UNODA's draft, agreed when the
 * proposal opens for funding; later ones are proposed in the deal room and agreed when every
 * required party has accepted them. Amounts are exact decimals in the proposal's currency.
 */
@Entity()
@Check('CK_proposal_revision_status', `status IN ('DRAFT', 'OPEN', 'AGREED', 'SUPERSEDED')`)
@Check('CK_proposal_revision_total', `total > 0`)
@Index('UQ_proposal_revision_number', ['proposalId', 'number'], { unique: true })
export class ProposalRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<Proposal>;

  @Column({ type: 'int' })
  number: number;

  /** The revision this one changes (the one agreed when it was proposed). */
  @Column({ type: 'int', nullable: true })
  basedOnNumber: number | null;

  @Column({ type: 'text' })
  status: RevisionStatus;

  @Column({ type: 'text' })
  scope: string;

  @Column({ type: 'jsonb' })
  tranches: Tranche[];

  @Column({ type: 'numeric', precision: 15, scale: 2 })
  total: string;

  /** Why this revision: what it changes and for what reason. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  proposedByUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  proposedByOrganisationId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  agreedAt: Date | null;
}

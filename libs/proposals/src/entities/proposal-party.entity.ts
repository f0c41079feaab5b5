import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organisation } from '#libs/identity';
import type { ProposalPartyKind } from '../proposals/proposal.enums.js';
import { Proposal } from './proposal.entity.js';

/**
 * An organisation taking part in a proposal: the requesting State(s), donors, UNODA, the regional
 * centre. Parties read the proposal's deal room; the State(s), UNODA and donors who have
 * committed must accept a revision for it to be agreed.
 */
@Entity()
@Check('CK_proposal_party_kind', `kind IN ('STATE', 'DONOR', 'UNODA', 'REGIONAL_CENTRE')`)
@Index('UQ_proposal_party', ['proposalId', 'organisationId'], { unique: true })
@Index('IX_proposal_party_organisation', ['organisationId'])
export class ProposalParty {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<Proposal>;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation>;

  @Column({ type: 'text' })
  kind: ProposalPartyKind;

  /** For a requesting State: its ISO alpha-3. */
  @Column({ type: 'char', length: 3, nullable: true })
  stateIso3: string | null;

  /** For a requesting State: when its NPC endorsed the proposal. */
  @Column({ type: 'timestamptz', nullable: true })
  endorsedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  endorsedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}

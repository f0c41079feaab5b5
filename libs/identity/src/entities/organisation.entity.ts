import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { OrganisationType } from '#libs/core';
import { MemberState, RegionalOrganisation } from '#libs/reference-data';

/**
 * An organisation users act for: a Member State (its national point of contact), a donor, UNODA,
 * a UN regional centre. Member State and donor-government organisations name their State.
 */
@Entity()
@Check(
  'CK_organisation_type',
  `type IN ('MEMBER_STATE', 'DONOR_GOVERNMENT', 'REGIONAL_ORGANISATION', 'INTERNATIONAL_ORGANISATION', 'FOUNDATION', 'UNODA', 'UN_REGIONAL_CENTRE')`,
)
@Check('CK_organisation_state', `type NOT IN ('MEMBER_STATE', 'DONOR_GOVERNMENT') OR state_iso3 IS NOT NULL`)
@Check('CK_organisation_regional_centre', `type <> 'UN_REGIONAL_CENTRE' OR regional_organisation_code IS NOT NULL`)
@Index('UQ_organisation_member_state', ['stateIso3'], { unique: true, where: `type = 'MEMBER_STATE'` })
@Index('UQ_organisation_name', ['name'], { unique: true })
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: OrganisationType;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  stateIso3: string | null;

  @ManyToOne(() => MemberState, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'state_iso3' })
  state: Relation<MemberState> | null;

  @Column({ type: 'text', nullable: true })
  regionalOrganisationCode: string | null;

  @ManyToOne(() => RegionalOrganisation, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'regional_organisation_code' })
  regionalOrganisation: Relation<RegionalOrganisation> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

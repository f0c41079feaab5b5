import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { LocalizedText } from '#libs/core';
import { MemberState } from './member-state.entity.js';

export enum RegionalOrganisationKind {
  REGIONAL = 'REGIONAL',
  SUBREGIONAL = 'SUBREGIONAL',
  UN_REGIONAL_CENTRE = 'UN_REGIONAL_CENTRE',
}

/** A regional or subregional organisation (AU, ECOWAS, OAS ...) or a UN regional centre. */
@Entity()
@Check('CK_regional_organisation_kind', `kind IN ('REGIONAL', 'SUBREGIONAL', 'UN_REGIONAL_CENTRE')`)
export class RegionalOrganisation {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  kind: RegionalOrganisationKind;

  @Column({ type: 'jsonb' })
  names: LocalizedText;

  /** Members as the source counts them (may include members without an ISO code). */
  @Column({ type: 'int', nullable: true })
  declaredMemberCount: number | null;

  /**
   * Members that are not UN Member States (e.g. Cook Islands in PIF, the State of Palestine in
   * LAS), by ISO alpha-3, kept for display; they cannot be requesting States here.
   */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  otherMembers: string[];

  /** When the membership list was last verified, as the source says (e.g. "2012-06"). */
  @Column({ type: 'text', nullable: true })
  asOf: string | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}

/** Which Member States belong to which organisation (the eligibility of offers uses this). */
@Entity()
@Index('IX_regional_organisation_member_state', ['stateIso3'])
export class RegionalOrganisationMember {
  @PrimaryColumn({ type: 'text' })
  organisationCode: string;

  @PrimaryColumn({ type: 'char', length: 3 })
  stateIso3: string;

  @ManyToOne(() => RegionalOrganisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_code' })
  organisation: Relation<RegionalOrganisation>;

  @ManyToOne(() => MemberState, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'state_iso3' })
  state: Relation<MemberState>;
}

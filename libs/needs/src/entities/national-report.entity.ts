import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { UnLanguage } from '#libs/core';
import { MemberState } from '#libs/reference-data';
import type { Instrument } from '../need.enums.js';

/** A State's national report under the PoA or the ITI, whose assistance section yields needs. */
@Entity()
@Check('CK_national_report_instrument', `instrument IN ('POA', 'ITI')`)
@Check('CK_national_report_language', `language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')`)
@Index('UQ_national_report_state_instrument_year', ['stateIso3', 'instrument', 'reportingYear'], { unique: true })
export class NationalReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 3 })
  stateIso3: string;

  @ManyToOne(() => MemberState, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3' })
  state: Relation<MemberState>;

  @Column({ type: 'text' })
  instrument: Instrument;

  @Column({ type: 'smallint' })
  reportingYear: number;

  @Column({ type: 'char', length: 2 })
  language: UnLanguage;

  /** A document symbol or URL. */
  @Column({ type: 'text', nullable: true })
  sourceReference: string | null;

  /** The NPC who imported it; null when an operator imported it from the command line. */
  @Column({ type: 'uuid', nullable: true })
  submittedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

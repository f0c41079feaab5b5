import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '#libs/core';

/** One of the 193 UN Member States. */
@Entity()
export class MemberState {
  /** ISO 3166-1 alpha-3. */
  @PrimaryColumn({ type: 'char', length: 3 })
  iso3: string;

  @Column({ type: 'char', length: 2, unique: true })
  iso2: string;

  /** UN M49 numeric code, zero-padded. */
  @Column({ type: 'char', length: 3, unique: true })
  m49: string;

  @Column({ type: 'text' })
  unRegionalGroup: string;

  @Column({ type: 'char', length: 3 })
  m49RegionCode: string;

  @Column({ type: 'text' })
  m49RegionName: string;

  @Column({ type: 'char', length: 3 })
  m49SubregionCode: string;

  @Column({ type: 'text' })
  m49SubregionName: string;

  @Column({ type: 'char', length: 3, nullable: true })
  m49IntermediateRegionCode: string | null;

  @Column({ type: 'text', nullable: true })
  m49IntermediateRegionName: string | null;

  /** Names in the six UN languages (common names, see data/SOURCES.md). */
  @Column({ type: 'jsonb' })
  names: LocalizedText;
}

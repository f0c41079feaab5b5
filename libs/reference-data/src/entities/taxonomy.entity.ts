import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '#libs/core';

/** A thematic area of PoA/ITI reporting, crosswalked to MOSAIC modules. */
@Entity()
export class ThematicArea {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'jsonb' })
  names: LocalizedText;

  /** Paragraph(s) of section II of the Programme of Action, where verified. */
  @Column({ type: 'text', nullable: true })
  poaSection: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  mosaicModules: string[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'int' })
  sortOrder: number;
}

/** A module of MOSAIC (Modular Small-arms-control Implementation Compendium, formerly ISACS). */
@Entity()
export class MosaicModule {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'jsonb' })
  names: LocalizedText;
}

/** A kind of assistance: financial, technical, equipment, training ... */
@Entity()
export class AssistanceType {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'jsonb' })
  names: LocalizedText;

  /** IATI aid-type codes that usually correspond, for open-data export. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  iatiAidTypes: string[];

  @Column({ type: 'int' })
  sortOrder: number;
}

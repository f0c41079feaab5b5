import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { TranslationKind, UnLanguage } from '#libs/core';
import { Need } from './need.entity.js';

/** A need's text in another UN language; the original stays on the need. */
@Entity()
@Check('CK_need_translation_kind', `kind IN ('MACHINE', 'VERIFIED')`)
@Check('CK_need_translation_language', `language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')`)
export class NeedTranslation {
  @PrimaryColumn('uuid')
  needId: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  language: UnLanguage;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need: Relation<Need>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  problem: string;

  @Column({ type: 'text' })
  proposedActivities: string;

  @Column({ type: 'text', nullable: true })
  alreadyDone: string | null;

  @Column({ type: 'text', nullable: true })
  nationalContribution: string | null;

  @Column({ type: 'text' })
  kind: TranslationKind;

  @Column({ type: 'uuid', nullable: true })
  translatedByUserId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

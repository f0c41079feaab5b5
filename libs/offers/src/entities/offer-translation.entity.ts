import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { TranslationKind, UnLanguage } from '#libs/core';
import { Offer } from './offer.entity.js';

/** An offer's text in another UN language; the original stays on the offer. */
@Entity()
@Check('CK_offer_translation_kind', `kind IN ('MACHINE', 'VERIFIED')`)
@Check('CK_offer_translation_language', `language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')`)
export class OfferTranslation {
  @PrimaryColumn('uuid')
  offerId: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  language: UnLanguage;

  @ManyToOne(() => Offer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id' })
  offer: Relation<Offer>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  kind: TranslationKind;

  @Column({ type: 'uuid', nullable: true })
  translatedByUserId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

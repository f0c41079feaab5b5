import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { LocalizedText } from '#libs/core';

/** An ISO 4217 currency. */
@Entity()
export class Currency {
  @PrimaryColumn({ type: 'char', length: 3 })
  code: string;

  @Column({ type: 'char', length: 3 })
  numericCode: string;

  /** Digits after the decimal point (2 for USD, 0 for JPY, 3 for BHD); null where ISO says N.A. */
  @Column({ type: 'smallint', nullable: true })
  minorUnits: number | null;

  @Column({ type: 'jsonb' })
  names: LocalizedText;
}

/**
 * How many US dollars one unit of a currency is worth from a date on, until a later rate for
 * the same currency takes effect. Exact decimal, never a float.
 */
@Entity()
@Index('UQ_exchange_rate_currency_date', ['currencyCode', 'effectiveDate'], { unique: true })
export class ExchangeRate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 3 })
  currencyCode: string;

  @ManyToOne(() => Currency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'currency_code' })
  currency: Relation<Currency>;

  @Column({ type: 'numeric', precision: 24, scale: 12 })
  usdPerUnit: string;

  @Column({ type: 'date' })
  effectiveDate: string;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

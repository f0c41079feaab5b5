import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, LessThanOrEqual, type Repository } from 'typeorm';
import { AuditService, BadUserInputError, OutboxService, problemAt, reason } from '#libs/core';
import type { SetExchangeRateInput } from './dto/exchange-rate.input.js';
import { ExchangeRate } from './entities/currency.entity.js';
import { convertToUsd, isPositiveDecimal } from './money.js';
import { ReferenceDataService } from './reference-data.service.js';

export const EXCHANGE_RATE_CHANGED = 'exchange_rate.changed';

/** The table of USD rates with effective dates, kept by administrators. */
@Injectable()
export class ExchangeRatesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ExchangeRate) private readonly rates: Repository<ExchangeRate>,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  list(currencyCode?: string): Promise<ExchangeRate[]> {
    return this.rates.find({
      where: currencyCode ? { currencyCode } : {},
      order: { currencyCode: 'ASC', effectiveDate: 'DESC' },
    });
  }

  /** The rate in force for `currencyCode` on `date` (YYYY-MM-DD), or null if none is known. */
  rateOn(currencyCode: string, date: string): Promise<ExchangeRate | null> {
    return this.rates.findOne({
      where: { currencyCode, effectiveDate: LessThanOrEqual(date) },
      order: { effectiveDate: 'DESC' },
    });
  }

  /** The USD equivalent of `amount` on `date`, or null when no rate is known for the currency. */
  async toUsd(amount: string, currencyCode: string, date: string): Promise<string | null> {
    const rate = await this.rateOn(currencyCode, date);
    return rate ? convertToUsd(amount, rate.usdPerUnit) : null;
  }

  /**
   * Sets the rate of a currency from a date on (replacing a rate already set for that date).
   * Audited, and announced so that USD equivalents can be recomputed.
   */
  async set(input: SetExchangeRateInput, actorUserId: string): Promise<ExchangeRate> {
    await this.referenceData.assertCurrency('input.currencyCode', input.currencyCode);
    if (input.currencyCode === 'USD') {
      throw new BadUserInputError(problemAt('input.currencyCode', reason('exchangeRate.usdIsOne')));
    }
    if (!isPositiveDecimal(input.usdPerUnit)) {
      throw new BadUserInputError(problemAt('input.usdPerUnit', reason('field.notGreaterThanZero')));
    }
    return this.dataSource.transaction(async (manager) => {
      const previous = await manager.findOneBy(ExchangeRate, {
        currencyCode: input.currencyCode,
        effectiveDate: input.effectiveDate,
      });
      await manager.upsert(
        ExchangeRate,
        {
          currencyCode: input.currencyCode,
          usdPerUnit: input.usdPerUnit,
          effectiveDate: input.effectiveDate,
          source: input.source ?? null,
          createdByUserId: actorUserId,
        },
        ['currencyCode', 'effectiveDate'],
      );
      const saved = await manager.findOneByOrFail(ExchangeRate, {
        currencyCode: input.currencyCode,
        effectiveDate: input.effectiveDate,
      });
      await this.audit.record(manager, {
        actorUserId,
        action: previous ? 'exchange_rate.replaced' : 'exchange_rate.set',
        entityType: 'exchange_rate',
        entityId: saved.id,
        data: {
          currencyCode: saved.currencyCode,
          effectiveDate: saved.effectiveDate,
          usdPerUnit: input.usdPerUnit,
          previousUsdPerUnit: previous?.usdPerUnit ?? null,
        },
      });
      await this.outbox.record(manager, {
        type: EXCHANGE_RATE_CHANGED,
        aggregateType: 'exchange_rate',
        aggregateId: saved.id,
        actorUserId,
        payload: { currencyCode: saved.currencyCode, effectiveDate: saved.effectiveDate },
      });
      return saved;
    });
  }
}

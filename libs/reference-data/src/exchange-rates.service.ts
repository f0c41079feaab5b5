import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { AuditService, BadUserInputError, OutboxService, payloadReader, problemAt, reason, type TypedEvent } from '#libs/core';
import type { SetExchangeRateInput } from './dto/exchange-rate.input.js';
import { ExchangeRate } from './entities/currency.entity.js';
import { convertToUsd, isPositiveDecimal } from './money.js';
import { Cached, ReferenceDataChanges } from './reference-data.changes.js';
import { ReferenceDataService } from './reference-data.service.js';

export const EXCHANGE_RATE_CHANGED = 'exchange_rate.changed';

/** The payload of each event type of exchange rates. */
export type ExchangeRateEventPayloads = {
  /** A rate set (ExchangeRatesService.set): the USD equivalents in that currency follow. */
  'exchange_rate.changed': { currencyCode: string; effectiveDate: string };
};

/** The payload of a stored exchange-rate event, for its handlers. */
export const exchangeRatePayload = payloadReader<ExchangeRateEventPayloads>();

/** The table of USD rates with effective dates, kept by administrators. */
@Injectable()
export class ExchangeRatesService {
  /**
   * Every rate, by currency, newest first: a few per currency and year, read on every page with
   * a USD equivalent, so kept in memory until ReferenceDataChanges says the table changed.
   */
  private readonly table = new Cached<{ all: ExchangeRate[]; byCurrency: Map<string, ExchangeRate[]> }>(async () => {
    const all = await this.rates.find({ order: { currencyCode: 'ASC', effectiveDate: 'DESC' } });
    const byCurrency = new Map<string, ExchangeRate[]>();
    for (const rate of all) {
      Object.freeze(rate);
      const list = byCurrency.get(rate.currencyCode) ?? [];
      list.push(rate);
      byCurrency.set(rate.currencyCode, list);
    }
    return { all, byCurrency };
  });

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ExchangeRate) private readonly rates: Repository<ExchangeRate>,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly changes: ReferenceDataChanges,
  ) {
    changes.subscribe((table) => {
      if (table === null || table === 'exchange_rate') this.table.drop();
    });
  }

  async list(currencyCode?: string): Promise<ExchangeRate[]> {
    const { all, byCurrency } = await this.table.get();
    return currencyCode === undefined ? all : (byCurrency.get(currencyCode) ?? []);
  }

  /** The rate in force for `currencyCode` on `date` (YYYY-MM-DD), or null if none is known. */
  async rateOn(currencyCode: string, date: string): Promise<ExchangeRate | null> {
    const newestFirst = (await this.table.get()).byCurrency.get(currencyCode) ?? [];
    // ISO dates compare as strings.
    return newestFirst.find((r) => r.effectiveDate <= date) ?? null;
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
    const saved = await this.dataSource.transaction(async (manager) => {
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
      const event: TypedEvent<ExchangeRateEventPayloads> = {
        type: EXCHANGE_RATE_CHANGED,
        aggregateType: 'exchange_rate',
        aggregateId: saved.id,
        actorUserId,
        payload: { currencyCode: saved.currencyCode, effectiveDate: saved.effectiveDate },
      };
      await this.outbox.record(manager, event);
      return saved;
    });
    // This process reads its own write at once; the others drop theirs at the trigger's NOTIFY.
    this.changes.changed('exchange_rate');
    return saved;
  }
}

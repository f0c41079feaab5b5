import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HandlesDomainEvent, type DomainEventHandler, type OutboxEvent } from '#libs/core';
import { EXCHANGE_RATE_CHANGED, exchangeRatePayload } from '#libs/reference-data';
import { NeedsService } from './needs.service.js';

/** When an administrator sets a rate, the USD equivalents of budgets in that currency follow. */
@HandlesDomainEvent(EXCHANGE_RATE_CHANGED, 'needs.usd-equivalents')
@Injectable()
export class UsdEquivalentsHandler implements DomainEventHandler {
  constructor(private readonly needs: NeedsService) {}

  async handle(event: OutboxEvent, manager: EntityManager): Promise<void> {
    const currency = String(exchangeRatePayload(event, EXCHANGE_RATE_CHANGED).currencyCode ?? '');
    if (currency) await this.needs.refreshUsdEquivalents(manager, { currency });
  }
}

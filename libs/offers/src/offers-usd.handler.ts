import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HandlesDomainEvent, type DomainEventHandler, type OutboxEvent } from '#libs/core';
import { EXCHANGE_RATE_CHANGED, exchangeRatePayload } from '#libs/reference-data';
import { OffersService } from './offers.service.js';

/** When an administrator sets a rate, the USD equivalents of offers in that currency follow. */
@HandlesDomainEvent(EXCHANGE_RATE_CHANGED, 'offers.usd-equivalents')
@Injectable()
export class OffersUsdHandler implements DomainEventHandler {
  constructor(private readonly offers: OffersService) {}

  async handle(event: OutboxEvent, manager: EntityManager): Promise<void> {
    const currency = String(exchangeRatePayload(event, EXCHANGE_RATE_CHANGED).currencyCode ?? '');
    if (currency) await this.offers.refreshUsdEquivalents(manager, { currency });
  }
}

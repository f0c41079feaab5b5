import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HandlesDomainEvent, type DomainEventHandler, type OutboxEvent } from '#libs/core';
import { changedRateCurrency, EXCHANGE_RATE_CHANGED } from '#libs/reference-data';
import { OffersService } from './offers.service.js';

/** When an administrator sets a rate, the USD equivalents of offers in that currency follow. */
@HandlesDomainEvent(EXCHANGE_RATE_CHANGED, 'offers.usd-equivalents')
@Injectable()
export class OffersUsdHandler implements DomainEventHandler {
  constructor(private readonly offers: OffersService) {}

  async handle(event: OutboxEvent, manager: EntityManager): Promise<void> {
    const currency = changedRateCurrency(event);
    if (currency) await this.offers.refreshUsdEquivalents(manager, { currency });
  }
}

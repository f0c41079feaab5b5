import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HandlesDomainEvent, type DomainEventHandler, type OutboxEvent } from '#libs/core';
import { changedRateCurrency, EXCHANGE_RATE_CHANGED } from '#libs/reference-data';
import { NeedsService } from './needs.service.js';

/** When an administrator sets a rate, the USD equivalents of budgets in that currency follow. */
@HandlesDomainEvent(EXCHANGE_RATE_CHANGED, 'needs.usd-equivalents')
@Injectable()
export class UsdEquivalentsHandler implements DomainEventHandler {
  constructor(private readonly needs: NeedsService) {}

  async handle(event: OutboxEvent, manager: EntityManager): Promise<void> {
    const currency = changedRateCurrency(event);
    if (currency) await this.needs.refreshUsdEquivalents(manager, { currency });
  }
}

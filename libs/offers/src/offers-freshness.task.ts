import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, OutboxService, Scheduled, todayUtc, type ScheduledTask } from '#libs/core';
import { OFFER_LIFE_CYCLE, OfferAction } from './offer.state-machine.js';
import { OFFER_EVENTS, type OfferEvent } from './offer-events.js';
import { OffersService } from './offers.service.js';

/**
 * Daily: expires published offers whose availability window has ended, and recomputes USD
 * equivalents (a rate may have taken effect). Set-based.
 */
@Scheduled('offers.freshness', '20 2 * * *')
@Injectable()
export class OffersFreshnessTask implements ScheduledTask {
  private readonly logger = new Logger(OffersFreshnessTask.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly offers: OffersService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  run(today: string = todayUtc()): Promise<{ expired: number; usdRecomputed: number }> {
    const expiry = OFFER_LIFE_CYCLE.rules.find((r) => r.action === OfferAction.EXPIRE)!;
    return this.dataSource.transaction(async (manager) => {
      const [expired]: [{ id: string; organisation_id: string }[], number] = await manager.query(
        `UPDATE offer SET status = $1, status_changed_at = now(), updated_at = now(), version = version + 1
          WHERE status = ANY($2::text[]) AND available_until < $3
          RETURNING id, organisation_id`,
        [expiry.to, expiry.from, today],
      );
      await this.audit.record(
        manager,
        ...expired.map((o) => ({
          actorUserId: null,
          action: 'offer.transitioned',
          entityType: 'offer',
          entityId: o.id,
          fromState: expiry.from[0],
          toState: expiry.to,
          reason: 'availability window ended',
        })),
      );
      await this.outbox.record(
        manager,
        ...expired.map((o): OfferEvent<'offer.expired'> => ({
          type: OFFER_EVENTS.transition(OfferAction.EXPIRE),
          aggregateType: 'offer',
          aggregateId: o.id,
          payload: { organisationId: o.organisation_id, from: expiry.from[0], to: expiry.to },
        })),
      );
      const usdRecomputed = await this.offers.refreshUsdEquivalents(manager, {});
      const result = { expired: expired.length, usdRecomputed };
      this.logger.log(`offers freshness for ${today}: ${JSON.stringify(result)}`);
      return result;
    });
  }
}

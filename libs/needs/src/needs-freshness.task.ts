import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, AuditService, OutboxService, Scheduled, type ScheduledTask, todayUtc } from '#libs/core';
import { NeedStatus } from './need.enums.js';
import { NEED_LIFE_CYCLE, NeedAction } from './need.state-machine.js';
import { NEED_EVENTS, type NeedEvent } from './need-events.js';
import { NeedsService } from './needs.service.js';

/** Days before valid-until when the State is asked whether the need is still needed. */
export const EXPIRY_REMINDER_DAYS = 30;

export interface FreshnessResult {
  expired: number;
  reminded: number;
  usdRecomputed: number;
}

/**
 * Keeps the market fresh, daily: expires published needs past their valid-until date, asks the
 * State "still needed?" once per valid-until date in the month before, and recomputes USD
 * equivalents (a rate may have taken effect). Set-based: one statement per step.
 */
@Scheduled('needs.freshness', '15 2 * * *')
@Injectable()
export class NeedsFreshnessTask implements ScheduledTask {
  private readonly logger = new Logger(NeedsFreshnessTask.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  run(today: string = todayUtc()): Promise<FreshnessResult> {
    const expiry = NEED_LIFE_CYCLE.rules.find((r) => r.action === NeedAction.EXPIRE)!;
    return this.dataSource.transaction(async (manager) => {
      const [expired]: [{ id: string; state_iso3: string; valid_until: string }[], number] = await manager.query(
        `UPDATE need SET status = $1, status_changed_at = now(), updated_at = now(), version = version + 1
          WHERE status = ANY($2::text[]) AND valid_until < $3
          RETURNING id, state_iso3, valid_until::text`,
        [expiry.to, expiry.from, today],
      );
      await this.audit.record(
        manager,
        ...expired.map((n) => ({
          actorUserId: null,
          action: 'need.transitioned',
          entityType: 'need',
          entityId: n.id,
          fromState: NeedStatus.PUBLISHED,
          toState: expiry.to,
          reason: `valid until ${n.valid_until}`,
        })),
      );
      await this.outbox.record(
        manager,
        ...expired.map((n): NeedEvent<'need.expired'> => ({
          type: NEED_EVENTS.transition(NeedAction.EXPIRE),
          aggregateType: 'need',
          aggregateId: n.id,
          payload: { stateIso3: n.state_iso3, from: NeedStatus.PUBLISHED, to: expiry.to, validUntil: n.valid_until },
        })),
      );
      const [reminded]: [{ id: string; state_iso3: string; valid_until: string }[], number] = await manager.query(
        `UPDATE need SET expiry_reminder_for = valid_until
          WHERE status = 'PUBLISHED' AND valid_until BETWEEN $1 AND $2 AND expiry_reminder_for IS DISTINCT FROM valid_until
          RETURNING id, state_iso3, valid_until::text`,
        [today, addDays(today, EXPIRY_REMINDER_DAYS)],
      );
      await this.outbox.record(
        manager,
        ...reminded.map((n): NeedEvent<'need.expiry_reminder'> => ({
          type: NEED_EVENTS.expiryReminder,
          aggregateType: 'need',
          aggregateId: n.id,
          payload: { stateIso3: n.state_iso3, validUntil: n.valid_until },
        })),
      );
      const usdRecomputed = await this.needs.refreshUsdEquivalents(manager, {});
      const result = { expired: expired.length, reminded: reminded.length, usdRecomputed };
      this.logger.log(`needs freshness for ${today}: ${JSON.stringify(result)}`);
      return result;
    });
  }
}

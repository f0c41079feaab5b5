import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { addDays, OutboxService, Scheduled, todayUtc, type ScheduledTask, type TypedEvent } from '#libs/core';
import { needsValidUntilBetween } from '#libs/needs';
import { outcomeReportsDue, proposalDeadlinesBetween } from '#libs/proposals';

/** Days before a deadline when its reminders go (the nearest threshold passed, once each). */
const THRESHOLDS = [30, 7] as const;
/** Days between reminders of an outcome report due. */
const OUTCOME_EVERY_DAYS = 30;

/** A deadline's reminder: what is due and how many days are left. */
interface DeadlinePayload {
  reference: string;
  deadline: string;
  daysLeft: number;
}

/** The payload of each reminder's event type. */
export type ReminderEventPayloads = {
  'reminder.need_valid_until': { stateIso3: string; validUntil: string; daysLeft: number };
  'reminder.funding_deadline': DeadlinePayload;
  'reminder.review_deadline': DeadlinePayload;
  /** To one party (its organisation) whose outcome report is due. */
  'reminder.outcome_report_due': { reference: string; organisationId: string };
};

type ReminderKind = keyof ReminderEventPayloads extends `reminder.${infer K}` ? K : never;

type Due = {
  [K in ReminderKind]: {
    kind: K;
    aggregateType: 'need' | 'proposal';
    aggregateId: string;
    /** Once per (kind, record key, due key). */
    recordKey: string;
    dueKey: string;
    payload: ReminderEventPayloads[`reminder.${K}`];
  };
}[ReminderKind];

/** The event of a reminder, its payload checked against its kind. */
const reminderEvent = (d: Due) =>
  ({ type: `reminder.${d.kind}`, aggregateType: d.aggregateType, aggregateId: d.aggregateId, payload: d.payload }) as TypedEvent<ReminderEventPayloads>;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const threshold = (daysLeft: number) => [...THRESHOLDS].sort((a, b) => a - b).find((t) => daysLeft <= t) ?? null;

/**
 * Reminders, daily: needs whose valid-until date is within 7 days (the 30-day "still needed?" is
 * the needs' own freshness task), funding and review deadlines of proposals within 30 and 7
 * days, outcome reports still due 30 days into implementation (then every 30 days). Each is
 * recorded in `reminder` with its event in one transaction, so none is announced twice, and a
 * day missed is caught up the next day (windows, not exact dates).
 */
@Scheduled('notifications.reminders', '40 2 * * *')
@Injectable()
export class RemindersTask implements ScheduledTask {
  private readonly logger = new Logger(RemindersTask.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async run(today: string = todayUtc()): Promise<{ reminded: number }> {
    return this.dataSource.transaction(async (manager) => {
      const due = [...(await this.needs(manager, today)), ...(await this.deadlines(manager, today)), ...(await this.outcomes(manager, today))];
      if (!due.length) return { reminded: 0 };
      const inserted: { kind: string; record_key: string; due_key: string }[] = await manager.query(
        `INSERT INTO reminder (kind, record_key, due_key)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING RETURNING kind, record_key, due_key`,
        [due.map((d) => d.kind), due.map((d) => d.recordKey), due.map((d) => d.dueKey)],
      );
      const fresh = due.filter((d) => inserted.some((i) => i.kind === d.kind && i.record_key === d.recordKey && i.due_key === d.dueKey));
      await this.outbox.record(manager, ...fresh.map(reminderEvent));
      if (fresh.length) this.logger.log(`reminders: ${fresh.length}`);
      return { reminded: fresh.length };
    });
  }

  private async needs(manager: EntityManager, today: string): Promise<Due[]> {
    const rows = await needsValidUntilBetween(manager, today, addDays(today, 7));
    return rows.map((n): Due => {
      const daysLeft = daysBetween(today, n.validUntil);
      return {
        kind: 'need_valid_until',
        aggregateType: 'need',
        aggregateId: n.id,
        recordKey: n.id,
        dueKey: `${n.validUntil}:7`,
        payload: { stateIso3: n.stateIso3, validUntil: n.validUntil, daysLeft },
      };
    });
  }

  private async deadlines(manager: EntityManager, today: string): Promise<Due[]> {
    const rows = await proposalDeadlinesBetween(manager, today, addDays(today, Math.max(...THRESHOLDS)));
    return rows.map((p): Due => {
      const daysLeft = daysBetween(today, p.deadline);
      return {
        kind: p.kind,
        aggregateType: 'proposal',
        aggregateId: p.id,
        recordKey: p.id,
        dueKey: `${p.deadline}:${threshold(daysLeft)}`,
        payload: { reference: p.reference, deadline: p.deadline, daysLeft },
      };
    });
  }

  /** Parties whose outcome report is due (the rule is the proposals' own, outcomeReportsDue). */
  private async outcomes(manager: EntityManager, today: string): Promise<Due[]> {
    const rows = await outcomeReportsDue(manager, today, OUTCOME_EVERY_DAYS);
    return rows.map((r): Due => ({
      kind: 'outcome_report_due',
      aggregateType: 'proposal',
      aggregateId: r.id,
      recordKey: `${r.id}:${r.organisationId}`,
      dueKey: String(r.round),
      payload: { reference: r.reference, organisationId: r.organisationId },
    }));
  }
}

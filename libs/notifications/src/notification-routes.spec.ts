import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { USER_INVITED } from '#libs/identity';
import { MATCH_EVENTS } from '#libs/matching';
import { NEED_EVENTS, NeedAction, REPORT_IMPORTED } from '#libs/needs';
import { CRITERIA_MATCHED, OFFER_EVENTS, OfferAction } from '#libs/offers';
import { ContributionAction, DEAL_ROOM_EVENTS, DEADLINE_EVENTS, FUNDING_EVENTS, MEETING_EVENTS, PROPOSAL_EVENTS, ProposalAction } from '#libs/proposals';
import { EXCHANGE_RATE_CHANGED } from '#libs/reference-data';
import { fanOutSql } from './notification-recipients.js';
import { DEFAULT_MODES, DeliveryMode, NOTIFICATION_ROUTES, NotificationCategory, SILENT_EVENTS, URGENT_CATEGORIES } from './notification-routes.js';

const constants = (record: Record<string, unknown>) => Object.values(record).filter((v): v is string => typeof v === 'string');

/** Every event type the features write to the outbox. */
const EMITTED = [
  USER_INVITED,
  EXCHANGE_RATE_CHANGED,
  REPORT_IMPORTED,
  CRITERIA_MATCHED,
  ...constants(NEED_EVENTS),
  ...Object.values(NeedAction).map((a) => NEED_EVENTS.transition(a)),
  ...constants(OFFER_EVENTS),
  ...Object.values(OfferAction).map((a) => OFFER_EVENTS.transition(a)),
  ...constants(MATCH_EVENTS),
  ...constants(PROPOSAL_EVENTS),
  ...Object.values(ProposalAction).map((a) => PROPOSAL_EVENTS.transition(a)),
  ...constants(DEAL_ROOM_EVENTS),
  ...constants(FUNDING_EVENTS),
  ...Object.values(ContributionAction).map((a) => FUNDING_EVENTS.transition(a)),
  ...constants(DEADLINE_EVENTS),
  ...constants(MEETING_EVENTS),
  'reminder.need_valid_until',
  'reminder.funding_deadline',
  'reminder.review_deadline',
  'reminder.outcome_report_due',
];

describe('NOTIFICATION_ROUTES', () => {
  it.each([...new Set(EMITTED)])('%s is either routed or silent on purpose', (type) => {
    expect(!!NOTIFICATION_ROUTES[type] !== SILENT_EVENTS.includes(type)).toBe(true);
  });

  it('routes only events that exist', () => {
    expect(Object.keys(NOTIFICATION_ROUTES).filter((type) => !EMITTED.includes(type))).toEqual([]);
    expect(SILENT_EVENTS.filter((type) => !EMITTED.includes(type))).toEqual([]);
  });

  it('is the table of docs/NOTIFICATIONS.md, row for row', () => {
    const doc = readFileSync(join(process.cwd(), 'docs', 'NOTIFICATIONS.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([a-z_]+\.[a-z_]+)` \| ([A-Z_]+)(?: \(urgent\))? \| (.+) \| ([a-z]+) \|$/gm)].map(([, type, category, audiences, link]) => ({
      type,
      category,
      audiences: [...audiences.matchAll(/\(`([A-Z_]+)`\)/g)].map((m) => m[1]),
      link,
    }));
    expect(rows).toEqual(Object.entries(NOTIFICATION_ROUTES).map(([type, r]) => ({ type, category: r.category, audiences: [...r.audiences], link: r.link })));
  });

  it('keeps urgent categories immediate by default and every category has a default', () => {
    for (const category of Object.values(NotificationCategory)) expect(Object.values(DeliveryMode)).toContain(DEFAULT_MODES[category]);
    for (const category of URGENT_CATEGORIES) expect(DEFAULT_MODES[category]).toBe(DeliveryMode.IMMEDIATE);
  });

  it('writes each route as one idempotent statement that skips the actor and inactive accounts', () => {
    const sql = fanOutSql(NOTIFICATION_ROUTES['proposal.mark_funded']);
    expect(sql).toContain('ON CONFLICT (event_id, user_id) DO NOTHING');
    expect(sql).toContain('u.id IS DISTINCT FROM ev.actor_user_id');
    expect(sql).toContain(`u.status IN ('ACTIVE')`);
    expect(fanOutSql(NOTIFICATION_ROUTES['user.invited'])).toContain(`u.status IN ('ACTIVE', 'INVITED')`);
    // Urgent: always at once, whatever the preference.
    expect(fanOutSql(NOTIFICATION_ROUTES['need.returned'])).not.toContain('p.mode');
  });
});

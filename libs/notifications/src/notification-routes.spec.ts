import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { USER_INVITED } from '#libs/identity';
import { MATCH_EVENTS } from '#libs/matching';
import { NEED_EVENTS, NeedAction, REPORT_IMPORTED } from '#libs/needs';
import { CRITERIA_MATCHED, OFFER_EVENTS, OfferAction } from '#libs/offers';
import { ContributionAction, DEAL_ROOM_EVENTS, DEADLINE_EVENTS, FUNDING_EVENTS, MEETING_EVENTS, PROPOSAL_EVENTS, ProposalAction } from '#libs/proposals';
import { EXCHANGE_RATE_CHANGED } from '#libs/reference-data';
import { fanOutSql } from './notification-recipients.js';
import {
  DEAL_ROOM_QUIET_MINUTES,
  DEFAULT_MODES,
  defaultDeliveryByRole,
  DeliveryMode,
  NOTIFICATION_ROUTES,
  NotificationCategory,
  RECIPIENT_ROLES,
  SILENT_EVENTS,
  URGENT_CATEGORIES,
  type NotificationRoute,
} from './notification-routes.js';

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

const doc = () => readFileSync(join(process.cwd(), 'docs', 'NOTIFICATIONS.md'), 'utf8');
const names = (values: readonly string[], joiner: string) => values.map((v) => `\`${v}\``).join(joiner);
const urgent = (c: NotificationCategory) => URGENT_CATEGORIES.includes(c);
/** The category column: the category (and whether urgent); with actors, who gets it so and what the others get. */
const categoryCell = (r: NotificationRoute) =>
  `${r.category}${urgent(r.category) ? ' (urgent)' : ''}${r.informs ? ` for ${names(r.actors!, ', ')}, else ${r.informs}` : ''}`;
/** The "at once by default" column. */
const atOnceCell = (r: NotificationRoute) =>
  [
    r.actors ? names(r.actors, ', ') : urgent(r.category) ? 'everyone' : '',
    r.answers ? `who caused ${names(r.answers, ' or ')}` : '',
    r.burst ? 'the first message of a burst' : '',
  ]
    .filter(Boolean)
    .join('; ') || '—';

describe('NOTIFICATION_ROUTES', () => {
  it.each([...new Set(EMITTED)])('%s is either routed or silent on purpose', (type) => {
    expect(!!NOTIFICATION_ROUTES[type] !== SILENT_EVENTS.includes(type)).toBe(true);
  });

  it('routes only events that exist', () => {
    expect(Object.keys(NOTIFICATION_ROUTES).filter((type) => !EMITTED.includes(type))).toEqual([]);
    expect(SILENT_EVENTS.filter((type) => !EMITTED.includes(type))).toEqual([]);
  });

  it('is the table of docs/NOTIFICATIONS.md, row for row', () => {
    const rows = [...doc().matchAll(/^\| `([a-z_]+\.[a-z_]+)` \| (.+?) \| (.+) \| ([a-z]+) \| (.+) \|$/gm)].map(
      ([, type, category, audiences, link, atOnce]) => ({
        type,
        category,
        audiences: [...audiences.matchAll(/\(`([A-Z_]+)`\)/g)].map((m) => m[1]),
        link,
        atOnce,
      }),
    );
    expect(rows).toEqual(
      Object.entries(NOTIFICATION_ROUTES).map(([type, r]) => ({
        type,
        category: categoryCell(r),
        audiences: [...r.audiences],
        link: r.link,
        atOnce: atOnceCell(r),
      })),
    );
  });

  it('documents the defaults per role and category in docs/NOTIFICATIONS.md, as the routes and defaults give them', () => {
    const header = doc()
      .match(/^\| category \| (.+) \|$/m)![1]
      .split(' | ');
    expect(header).toEqual([...RECIPIENT_ROLES]);
    const table = defaultDeliveryByRole();
    const rows = [...doc().matchAll(/^\| ([A-Z_]+) \| (.+) \|$/gm)].map(([, category, cells]) => [category, cells.split(' | ')]);
    expect(rows).toEqual(Object.values(NotificationCategory).map((c) => [c, RECIPIENT_ROLES.map((role) => table[role][c])]));
    // What the brief of issue 16 asks: news is never immediate by default, for anyone.
    for (const role of RECIPIENT_ROLES) {
      for (const c of [NotificationCategory.FUNDING, NotificationCategory.DEAL_ROOM, NotificationCategory.PROPOSALS, NotificationCategory.MEETINGS])
        expect(table[role][c]).not.toBe('immediate');
    }
  });

  it('keeps urgent categories immediate by default and every category has a default', () => {
    for (const category of Object.values(NotificationCategory)) expect(Object.values(DeliveryMode)).toContain(DEFAULT_MODES[category]);
    for (const category of URGENT_CATEGORIES) expect(DEFAULT_MODES[category]).toBe(DeliveryMode.IMMEDIATE);
    for (const category of Object.values(NotificationCategory).filter((c) => !URGENT_CATEGORIES.includes(c)))
      expect(DEFAULT_MODES[category]).toBe(DeliveryMode.DAILY);
  });

  it('names who must act: in an urgent category with news for the others, or at once by default in one that is not; answers only events that exist', () => {
    for (const [type, r] of Object.entries(NOTIFICATION_ROUTES)) {
      // With news for the others: an urgent category for those who act. Without: a category that is not urgent.
      if (r.informs)
        expect([type, !!r.actors?.length, URGENT_CATEGORIES.includes(r.category), URGENT_CATEGORIES.includes(r.informs)]).toEqual([type, true, true, false]);
      else if (r.actors) expect([type, URGENT_CATEGORIES.includes(r.category)]).toEqual([type, false]);
      for (const answered of r.answers ?? []) expect([type, EMITTED.includes(answered)]).toEqual([type, true]);
    }
  });

  it('writes each route as one idempotent statement that skips the actor and inactive accounts', () => {
    const sql = fanOutSql(NOTIFICATION_ROUTES['proposal.mark_funded']);
    expect(sql).toContain('ON CONFLICT (event_id, user_id) DO NOTHING');
    expect(sql).toContain('u.id IS DISTINCT FROM ev.actor_user_id');
    expect(sql).toContain(`u.status IN ('ACTIVE')`);
    expect(fanOutSql(NOTIFICATION_ROUTES['user.invited'])).toContain(`u.status IN ('ACTIVE', 'INVITED')`);
    // Urgent: always at once, whatever the preference.
    expect(fanOutSql(NOTIFICATION_ROUTES['need.returned'])).not.toContain('p.mode');
    // Those who must act get the urgent category, the others the news one, by the role they are reached in.
    const submitted = fanOutSql(NOTIFICATION_ROUTES['proposal.submit_for_endorsement']);
    expect(submitted).toContain(`x.role IN ('NPC')`);
    expect(submitted).toContain(`CASE WHEN r.acts THEN 'ACTION_REQUIRED' ELSE 'PROPOSALS' END`);
    // Not urgent, but at once by default for those who must act (their choice for the category still applies).
    const revision = fanOutSql(NOTIFICATION_ROUTES['proposal.revision_proposed']);
    expect(revision).toContain(`x.role IN ('NPC', 'UNODA_MODERATOR', 'DONOR')`);
    expect(revision).toMatch(/CASE WHEN r\.acts THEN CASE WHEN p\.mode IS NOT NULL THEN p\.mode\s+WHEN true THEN 'IMMEDIATE'/);
    expect(fanOutSql(NOTIFICATION_ROUTES['proposal.endorse'])).toContain(`a.type IN ('proposal.submit_for_endorsement', 'proposal.endorsed')`);
    expect(fanOutSql(NOTIFICATION_ROUTES['proposal.message_posted'])).toContain(`interval '${DEAL_ROOM_QUIET_MINUTES} minutes'`);
  });
});

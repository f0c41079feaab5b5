import { Role, sqlList } from '#libs/core';
import { isMemberSql, membersSql, reachableStatusesSql } from '#libs/identity';
import { needStateSql } from '#libs/needs';
import { offerOrganisationSql } from '#libs/offers';
import { proposalPartyRolesSql } from '#libs/proposals';
import {
  DEAL_ROOM_QUIET_MINUTES,
  DEFAULT_MODES,
  DeliveryMode,
  URGENT_CATEGORIES,
  type Audience,
  type NotificationCategory,
  type NotificationRoute,
} from './notification-routes.js';

/** The id of the record an event is about, when it is of `type`, else the payload's `field`. */
const subject = (type: string, field: string) => `coalesce(CASE WHEN ev.aggregate_type = '${type}' THEN ev.aggregate_id END, ev.payload->>'${field}')`;

/**
 * One SELECT of `(user_id, role)` per audience, over the event row `ev` (see Audience,
 * AUDIENCE_ROLES), each asked of the feature that owns the tables.
 */
const AUDIENCE_SQL: Record<Audience, string> = {
  MODERATORS: membersSql.withRoles([Role.UNODA_MODERATOR]),
  STATE_NPCS: membersSql.ofState(`ev.payload->>'stateIso3'`, [Role.NPC]),
  NEED_STATE_NPCS: membersSql.ofState(needStateSql(subject('need', 'needId')), [Role.NPC]),
  ORG_DONORS: membersSql.ofOrganisation(`ev.payload->>'organisationId'`, [Role.DONOR]),
  OFFER_DONORS: membersSql.ofOrganisation(offerOrganisationSql(subject('offer', 'offerId')), [Role.DONOR]),
  ORG_MEMBERS: membersSql.ofOrganisation(`ev.payload->>'organisationId'`, [Role.NPC, Role.DONOR]),
  PROPOSAL_PARTIES: membersSql.inRoles(proposalPartyRolesSql(subject('proposal', 'proposalId'))),
  GIS_MEMBERS: membersSql.withRoles([Role.NPC, Role.DONOR, Role.UNODA_MODERATOR, Role.REGIONAL_REVIEWER]),
  INVITEE: membersSql.invitee(`ev.payload->>'invitationId'`),
};

/**
 * The e-mail mode of a notification in `category`, per recipient `u` (preference `p`): urgent
 * categories at once; else the user's choice (a deal-room message inside a burst goes to the
 * digest even for those who chose "immediate"); else at once when the recipient must act on it
 * (`acting`), when it answers their own action, or when it opens a deal-room burst; else the
 * category's default.
 */
function modeSql(route: NotificationRoute, category: NotificationCategory, acting: boolean): string {
  if (URGENT_CATEGORIES.includes(category)) return `'${DeliveryMode.IMMEDIATE}'`;
  const at = (condition: string) => `WHEN ${condition} THEN '${DeliveryMode.IMMEDIATE}'`;
  const chosen = route.burst ? `CASE WHEN p.mode = '${DeliveryMode.IMMEDIATE}' AND ev.in_burst THEN '${DeliveryMode.DAILY}' ELSE p.mode END` : 'p.mode';
  return `CASE WHEN p.mode IS NOT NULL THEN ${chosen}
            ${acting ? at('true') : ''}
            ${route.answers?.length ? at(answersSql(route.answers)) : ''}
            ${route.burst ? at('NOT ev.in_burst') : ''}
            ELSE '${DEFAULT_MODES[category]}' END`;
}

/**
 * The recipient caused one of `answers` earlier on the same record (and the same revision, for
 * revisions), for their own organisation where the event names one (UNODA recording a donor's
 * intent at a meeting is not answered by the donor's disbursement: that is the donor's ledger).
 */
function answersSql(answers: readonly string[]): string {
  return `EXISTS (SELECT 1 FROM outbox_event a
                   WHERE a.aggregate_id = ev.aggregate_id AND a.aggregate_type = ev.aggregate_type AND a.type IN (${sqlList(answers)})
                     AND a.actor_user_id = u.id AND a.occurred_at <= ev.occurred_at
                     AND a.payload->'revision' IS NOT DISTINCT FROM ev.payload->'revision'
                     AND (a.payload->>'organisationId' IS NULL OR ${isMemberSql('u.id', `a.payload->>'organisationId'`)}))`;
}

/** Another event of the same type on the record within the quiet period before this one: a burst goes on. */
const IN_BURST = `EXISTS (SELECT 1 FROM outbox_event b
                   WHERE b.aggregate_id = e.aggregate_id AND b.aggregate_type = e.aggregate_type AND b.type = e.type
                     AND (b.occurred_at, b.id) < (e.occurred_at, e.id) AND b.occurred_at > e.occurred_at - interval '${DEAL_ROOM_QUIET_MINUTES} minutes')`;

/**
 * The statement that writes an event's notifications in one go: its recipients resolved
 * set-based from the route's audiences (each user once, active users only — the invitee of an
 * invitation excepted — never the person who caused it), each with the e-mail status their
 * preference for the category gives (urgent categories always at once; a user without an
 * address is skipped, and says why). Parameters: $1 the event id. `ON CONFLICT DO NOTHING` makes
 * a second run a no-op. Returns the rows written.
 */
export function fanOutSql(route: NotificationRoute): string {
  const informs = route.informs ?? route.category;
  const acts = route.actors ? `x.role IN (${sqlList(route.actors)})` : 'true';
  const statuses = reachableStatusesSql(route.audiences.includes('INVITEE'));
  const mode = route.actors
    ? `CASE WHEN r.acts THEN ${modeSql(route, route.category, true)} ELSE ${modeSql(route, informs, false)} END`
    : modeSql(route, route.category, false);
  return `
    WITH ev AS (SELECT e.id, e.type, e.aggregate_type, e.aggregate_id, e.payload, e.actor_user_id, e.occurred_at, ${route.burst ? IN_BURST : 'false'} AS in_burst
                  FROM outbox_event e WHERE e.id = $1),
    recipients AS (SELECT x.user_id, bool_or(${acts}) AS acts FROM ev CROSS JOIN LATERAL (${route.audiences.map((a) => AUDIENCE_SQL[a]).join('\n UNION ')}) x GROUP BY x.user_id)
    INSERT INTO notification (event_id, user_id, event_type, category, email_status, email_mode, email_error)
    SELECT ev.id, u.id, ev.type, k.category,
           CASE WHEN u.email = '' THEN 'SKIPPED'
                WHEN m.mode = 'IMMEDIATE' THEN 'PENDING'
                WHEN m.mode = 'OFF' THEN 'NONE'
                ELSE 'DIGEST' END,
           m.mode,
           CASE WHEN u.email = '' THEN 'the user has no e-mail address' END
      FROM ev
      CROSS JOIN recipients r
      JOIN app_user u ON u.id = r.user_id
      CROSS JOIN LATERAL (SELECT CASE WHEN r.acts THEN '${route.category}' ELSE '${informs}' END AS category) k
      LEFT JOIN notification_preference p ON p.user_id = u.id AND p.category = k.category
      CROSS JOIN LATERAL (SELECT ${mode} AS mode) m
     WHERE u.status IN ${statuses} AND u.id IS DISTINCT FROM ev.actor_user_id
    ON CONFLICT (event_id, user_id) DO NOTHING
    RETURNING id, user_id AS "userId", email_status AS "emailStatus"`;
}

import { DEFAULT_MODES, DeliveryMode, URGENT_CATEGORIES, type Audience, type NotificationRoute } from './notification-routes.js';

/** The id of the record an event is about, when it is of `type`, else the payload's `field`. */
const subject = (type: string, field: string) => `coalesce(CASE WHEN ev.aggregate_type = '${type}' THEN ev.aggregate_id END, ev.payload->>'${field}')`;

/** The role that acts for each kind of proposal party. */
const PARTY_ROLE = `CASE pp.kind WHEN 'STATE' THEN 'NPC' WHEN 'DONOR' THEN 'DONOR' WHEN 'UNODA' THEN 'UNODA_MODERATOR' WHEN 'REGIONAL_CENTRE' THEN 'REGIONAL_REVIEWER' END`;

/** One SELECT of user ids per audience, over the event row `ev` (see Audience). */
const AUDIENCE_SQL: Record<Audience, string> = {
  MODERATORS: `SELECT m.user_id FROM membership m WHERE m.role = 'UNODA_MODERATOR'`,
  STATE_NPCS: `SELECT m.user_id FROM membership m JOIN organisation o ON o.id = m.organisation_id
                WHERE m.role = 'NPC' AND o.state_iso3 = ev.payload->>'stateIso3'`,
  NEED_STATE_NPCS: `SELECT m.user_id FROM need n JOIN organisation o ON o.state_iso3 = n.state_iso3 JOIN membership m ON m.organisation_id = o.id
                     WHERE m.role = 'NPC' AND n.id::text = ${subject('need', 'needId')}`,
  ORG_DONORS: `SELECT m.user_id FROM membership m WHERE m.role = 'DONOR' AND m.organisation_id::text = ev.payload->>'organisationId'`,
  OFFER_DONORS: `SELECT m.user_id FROM offer f JOIN membership m ON m.organisation_id = f.organisation_id
                  WHERE m.role = 'DONOR' AND f.id::text = ${subject('offer', 'offerId')}`,
  ORG_MEMBERS: `SELECT m.user_id FROM membership m WHERE m.role IN ('NPC', 'DONOR') AND m.organisation_id::text = ev.payload->>'organisationId'`,
  PROPOSAL_PARTIES: `SELECT m.user_id FROM proposal_party pp JOIN membership m ON m.organisation_id = pp.organisation_id AND m.role = ${PARTY_ROLE}
                      WHERE pp.proposal_id::text = ${subject('proposal', 'proposalId')}`,
  GIS_MEMBERS: `SELECT m.user_id FROM membership m WHERE m.role IN ('NPC', 'DONOR', 'UNODA_MODERATOR', 'REGIONAL_REVIEWER')`,
  INVITEE: `SELECT i.user_id FROM invitation i WHERE i.id::text = ev.payload->>'invitationId'`,
};

/**
 * The statement that writes an event's notifications in one go: its recipients resolved
 * set-based from the route's audiences (each user once, active users only — the invitee of an
 * invitation excepted — never the person who caused it), each with the e-mail status their
 * preference for the category gives (urgent categories always at once; a user without an
 * address is skipped, and says why). Parameters: $1 the event id. `ON CONFLICT DO NOTHING` makes
 * a second run a no-op. Returns the rows written.
 */
export function fanOutSql(route: NotificationRoute): string {
  const urgent = URGENT_CATEGORIES.includes(route.category);
  const fallback = DEFAULT_MODES[route.category];
  const mode = urgent ? `'${DeliveryMode.IMMEDIATE}'` : `coalesce(p.mode, '${fallback}')`;
  const statuses = route.audiences.includes('INVITEE') ? `('ACTIVE', 'INVITED')` : `('ACTIVE')`;
  return `
    WITH ev AS (SELECT id, type, aggregate_type, aggregate_id, payload, actor_user_id FROM outbox_event WHERE id = $1),
    recipients AS (SELECT x.user_id FROM ev CROSS JOIN LATERAL (${route.audiences.map((a) => AUDIENCE_SQL[a]).join('\n UNION ')}) x)
    INSERT INTO notification (event_id, user_id, event_type, category, email_status, email_mode, email_error)
    SELECT ev.id, u.id, ev.type, '${route.category}',
           CASE WHEN u.email = '' THEN 'SKIPPED'
                WHEN ${mode} = 'IMMEDIATE' THEN 'PENDING'
                WHEN ${mode} = 'OFF' THEN 'NONE'
                ELSE 'DIGEST' END,
           ${mode},
           CASE WHEN u.email = '' THEN 'the user has no e-mail address' END
      FROM ev
      CROSS JOIN (SELECT DISTINCT user_id FROM recipients) r
      JOIN app_user u ON u.id = r.user_id
      LEFT JOIN notification_preference p ON p.user_id = u.id AND p.category = '${route.category}'
     WHERE u.status IN ${statuses} AND u.id IS DISTINCT FROM ev.actor_user_id
    ON CONFLICT (event_id, user_id) DO NOTHING
    RETURNING id, user_id AS "userId", email_status AS "emailStatus"`;
}

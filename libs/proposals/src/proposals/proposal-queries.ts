import type { EntityManager } from 'typeorm';
import { Role, sqlList } from '#libs/core';
import { outcomeReportersSql } from '../funding/funding.service.js';
import { ProposalPartyKind, ProposalStatus as S } from './proposal.enums.js';

/** What another feature asks of the proposals' tables: SQL to embed in its own statements, and reads. */
type Db = Pick<EntityManager, 'query'>;

/** The role in which an organisation's people act for each kind of party. */
export const PARTY_ROLE: Readonly<Record<ProposalPartyKind, Role>> = {
  [ProposalPartyKind.STATE]: Role.NPC,
  [ProposalPartyKind.DONOR]: Role.DONOR,
  [ProposalPartyKind.UNODA]: Role.UNODA_MODERATOR,
  [ProposalPartyKind.REGIONAL_CENTRE]: Role.REGIONAL_REVIEWER,
};

/** SQL of `(organisation_id, role)`: each party of proposal `proposalId` (an SQL expression compared as text) and the role acting for it. */
export const proposalPartyRolesSql = (proposalId: string) =>
  `SELECT pp.organisation_id, CASE pp.kind ${Object.entries(PARTY_ROLE)
    .map(([kind, role]) => `WHEN '${kind}' THEN '${role}'`)
    .join(' ')} END AS role
     FROM proposal_party pp WHERE pp.proposal_id::text = ${proposalId}`;

/** Proposals' references and titles by id. */
export function proposalLabels(db: Db, ids: readonly string[]): Promise<{ id: string; reference: string; title: string }[]> {
  return db.query('SELECT id::text, reference, title FROM proposal WHERE id::text = ANY($1)', [ids]);
}

/** GIS meetings' titles and start times by id. */
export function meetingLabels(db: Db, ids: readonly string[]): Promise<{ id: string; title: string; startsAt: Date }[]> {
  return db.query('SELECT id::text, title, starts_at AS "startsAt" FROM gis_meeting WHERE id::text = ANY($1)', [ids]);
}

/** Statuses in which a proposal's funding deadline still matters (not funded yet). */
const SEEKING_FUNDS: readonly S[] = [S.OPEN_FOR_FUNDING, S.UNDER_NEGOTIATION, S.PARTIALLY_FUNDED];

/** Deadlines falling between `from` and `to` (YYYY-MM-DD, inclusive): funding deadlines of proposals seeking funds, review deadlines of proposals under review. */
export function proposalDeadlinesBetween(
  db: Db,
  from: string,
  to: string,
): Promise<{ id: string; reference: string; kind: 'funding_deadline' | 'review_deadline'; deadline: string }[]> {
  return db.query(
    `SELECT id, reference, 'funding_deadline' AS kind, funding_deadline::text AS deadline FROM proposal
      WHERE status IN (${sqlList(SEEKING_FUNDS)}) AND funding_deadline BETWEEN $1 AND $2
     UNION ALL
     SELECT id, reference, 'review_deadline', review_deadline::text FROM proposal
      WHERE status = '${S.TECHNICAL_REVIEW}' AND review_deadline BETWEEN $1 AND $2`,
    [from, to],
  );
}

/**
 * The outcome reports due on `today`: for each proposal in implementation for at least
 * `everyDays`, each reporter (outcomeReportersSql) who has not reported yet, with the round
 * (how many periods of `everyDays` have passed).
 */
export function outcomeReportsDue(
  db: Db,
  today: string,
  everyDays: number,
): Promise<{ id: string; reference: string; organisationId: string; round: number }[]> {
  return db.query(
    `SELECT p.id, p.reference, r.organisation_id AS "organisationId", (($1::date - p.status_changed_at::date) / $2)::int AS round
       FROM proposal p
       CROSS JOIN LATERAL (${outcomeReportersSql('p.id')}) r
      WHERE p.status = '${S.IN_IMPLEMENTATION}' AND p.status_changed_at::date <= $1::date - $2::int
        AND NOT EXISTS (SELECT 1 FROM outcome_report o WHERE o.proposal_id = p.id AND o.organisation_id = r.organisation_id)`,
    [today, everyDays],
  );
}

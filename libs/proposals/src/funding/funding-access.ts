import { reason, Role, wrong, type AuthUser, type Read, type Refusal, type SqlParams, type TransitionActor } from '#libs/core';
import { ContributionStatus as C, FUNDED_STATUSES } from './contribution.enums.js';
import { partyOfSql, type PartyRef, type ProposalAccess } from '../proposals/proposal-access.js';
import { ProposalPartyKind, ProposalStatus as S } from '../proposals/proposal.enums.js';

/**
 * Who may see and do what with a proposal's funding: its ledger of contributions, its funding
 * figures and its outcome reports. The proposal's own rules (who sees it, who is a party) are in
 * proposal-access.ts; these build on them. docs/PROPOSALS.md, "Who sees what", has the table.
 */

/** A contribution as access rules need it. */
export interface ContributionRef {
  organisationId: string;
  status: C;
}

// What others than the parties read of the funding. Each rule below is the one statement of it:
// resolvers, the list, the dashboards and the meeting pack call these.

/** The ledger: all of it for the parties; commitments and later (what counts as funded) for others. */
export function visibleContributions<T extends Pick<ContributionRef, 'status'>>(party: boolean, contributions: readonly T[]): T[] {
  return contributions.filter((c) => party || FUNDED_STATUSES.includes(c.status));
}

/**
 * The rule of visibleContributions in SQL, over contributions (alias `c`) of proposals the viewer
 * may see: the parties' (UNODA included) all of them, others' committed and later.
 */
export function contributionVisibleSql(access: ProposalAccess, sql: SqlParams, c = 'c'): string | null {
  if (access.unoda) return null;
  const funded = `${c}.status = ANY(${sql.param(FUNDED_STATUSES)}::text[])`;
  return access.organisations.length ? `(${funded} OR ${partyOfSql(access.organisations, sql, `${c}.proposal_id`)})` : funded;
}

/** Funding figures: what was promised (intents and pledges) is the parties'; committed and later are everyone's. */
export function visibleFunding<T extends { promised: string }>(party: boolean, funding: T): Omit<T, 'promised'> & { promised: string | null } {
  return party ? funding : { ...funding, promised: null };
}

/**
 * The parties others may know of: the requesting States, UNODA, the regional centre, and the
 * donors with money committed (their commitments are public). A donor that only said an
 * intent or pledged, or was named without contributing, stays with the parties: that it is
 * interested is its business. The proposals list applies the same rule in SQL
 * (ProposalsSearchService, filter by parties).
 */
export function visibleParties<T extends PartyRef>(party: boolean, parties: readonly T[], contributions: readonly ContributionRef[]): T[] {
  if (party) return [...parties];
  const committed = new Set(visibleContributions(false, contributions).map((c) => c.organisationId));
  return parties.filter((p) => p.kind !== ProposalPartyKind.DONOR || committed.has(p.organisationId));
}

/** Outcome reports: the parties' while the proposal runs, public once it is completed. */
export function outcomeReportsVisible(party: boolean, status: S): boolean {
  return party || status === S.COMPLETED || status === S.CLOSED;
}

/** Whose outcome reports are due is listed while the proposal is being implemented (empty otherwise). */
export function outcomeReportsDueListed(status: S): boolean {
  return status === S.IN_IMPLEMENTATION;
}

// Who may record and change contributions. The life cycle (contribution.state-machine.ts) says
// which role takes each step; these say for which organisation.

/** Whether the actor is a donor of the contribution's organisation (what the life cycle's own-only steps ask). */
export function ownsContribution(actor: AuthUser, contribution: Pick<ContributionRef, 'organisationId'>): boolean {
  return actor.canActForOrganisation(contribution.organisationId, [Role.DONOR]);
}

/** The actor as the contribution life cycle reads it: their roles, and whether the contribution is their organisation's. */
export function contributionActor(actor: AuthUser, contribution: Pick<ContributionRef, 'organisationId'>): TransitionActor {
  return { roles: actor.roles, owns: ownsContribution(actor, contribution) };
}

/**
 * The donor organisation a contribution is recorded for: the one named, else the actor's only
 * donor organisation (a refusal for `input.organisationId` when they have none or several).
 */
export function contributionDonor(named: string | null, actor: AuthUser): Read<string> {
  if (named) return { ok: true, value: named };
  const mine = actor.organisationsFor(Role.DONOR);
  if (mine.length === 1) return { ok: true, value: mine[0] };
  return wrong(mine.length ? reason('contribution.severalDonors') : reason('contribution.donorRequired'));
}

/**
 * Why the actor may not record a contribution of `status` for `organisationId` (FORBIDDEN), or
 * null: a donor for its own organisation; UNODA an intent for any donor (said at a meeting).
 */
export function recordContributionRefusal(actor: AuthUser, organisationId: string, status: C): Refusal | null {
  if (ownsContribution(actor, { organisationId })) return null;
  if (!actor.hasRole(Role.UNODA_MODERATOR)) return reason('contribution.recordForbidden');
  return status === C.INTENT ? null : reason('contribution.unodaIntentOnly');
}

/** Why the actor may not change this contribution at all (FORBIDDEN), or null: its donor or UNODA. */
export function changeContributionRefusal(actor: AuthUser, contribution: Pick<ContributionRef, 'organisationId'>): Refusal | null {
  return ownsContribution(actor, contribution) || actor.hasRole(Role.UNODA_MODERATOR) ? null : reason('contribution.changeForbidden');
}

/** Why the actor may not move this promise to another proposal (FORBIDDEN), or null: its donor only. */
export function redirectContributionRefusal(actor: AuthUser, contribution: Pick<ContributionRef, 'organisationId'>): Refusal | null {
  return ownsContribution(actor, contribution) ? null : reason('contribution.redirectForbidden');
}

/**
 * The organisation the actor reports the outcome for, among the proposal's `reporters` (see
 * outcomeReportersSql): the one named, else their only one; a refusal (FORBIDDEN) when they act
 * for none of them, or for several and named none.
 */
export function outcomeReporter(actor: AuthUser, reporters: readonly string[], named: string | null | undefined): Read<string> {
  const mine = reporters.filter((id) => actor.canActForOrganisation(id, [Role.NPC, Role.DONOR]));
  const organisationId = named ?? (mine.length === 1 ? mine[0] : null);
  if (organisationId && mine.includes(organisationId)) return { ok: true, value: organisationId };
  return wrong(mine.length > 1 ? reason('outcome.severalParties') : reason('outcome.notReporter'));
}

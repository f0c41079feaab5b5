import { reason, Role, type AuthUser, type GraphQLContext, type LoaderSource, type Refusal, type SqlParams, type TransitionActor } from '#libs/core';
import { canViewMatch, matchAccess, type MatchParties } from '#libs/matching';
import { canViewNeed, needAccess, type Need } from '#libs/needs';
import { ProposalPartyKind, ProposalStatus as S } from './proposal.enums.js';
import { PROPOSAL_LIFE_CYCLE, type ProposalAction } from './proposal.state-machine.js';

/**
 * Who may see and do what with a proposal. UNODA (moderators, administrators) see everything;
 * the parties see their proposals whatever the status, and their deal room; logged-in users see
 * proposals on the market; the public sees funded ones (and what follows). Of a proposal they
 * may see, others read its public face only: see the rules under "What only the parties read"
 * below (docs/PROPOSALS.md, "Who sees what", has the table, field by field).
 */
export interface ProposalAccess {
  loggedIn: boolean;
  unoda: boolean;
  roles: Role[];
  /** Organisations the viewer belongs to, whatever the role. */
  organisations: string[];
  npcStates: string[];
  donorOrganisations: string[];
  reviewerCentres: string[];
}

/** A party as access rules need it. */
export interface PartyRef {
  kind: ProposalPartyKind;
  organisationId: string;
  stateIso3: string | null;
}

/** On the market: logged-in users (States, donors) may read them. */
export const MARKET_STATUSES: readonly S[] = [
  S.OPEN_FOR_FUNDING,
  S.UNDER_NEGOTIATION,
  S.PARTIALLY_FUNDED,
  S.FUNDED,
  S.IN_IMPLEMENTATION,
  S.COMPLETED,
  S.CLOSED,
];

/** Funded and after: anyone may read them. */
export const PUBLIC_STATUSES: readonly S[] = [S.FUNDED, S.IN_IMPLEMENTATION, S.COMPLETED, S.CLOSED];

export function proposalAccess(user: AuthUser | undefined): ProposalAccess {
  if (!user) return { loggedIn: false, unoda: false, roles: [], organisations: [], npcStates: [], donorOrganisations: [], reviewerCentres: [] };
  return {
    loggedIn: true,
    unoda: user.hasRole(Role.UNODA_MODERATOR, Role.ADMIN),
    roles: user.roles,
    organisations: [...new Set(user.memberships.map((m) => m.organisationId))],
    npcStates: user.statesFor(Role.NPC),
    donorOrganisations: user.organisationsFor(Role.DONOR),
    reviewerCentres: [
      ...new Set(user.memberships.filter((m) => m.role === Role.REGIONAL_REVIEWER && m.regionalOrganisationCode).map((m) => m.regionalOrganisationCode!)),
    ],
  };
}

/** Whether the viewer acts for one of the parties (as the State's NPC, a donor, UNODA, the centre's reviewer). */
export function isParty(access: ProposalAccess, parties: readonly PartyRef[]): boolean {
  return access.unoda || parties.some((p) => access.organisations.includes(p.organisationId));
}

export function canViewProposal(access: ProposalAccess, status: S, parties: readonly PartyRef[]): boolean {
  if (isParty(access, parties)) return true;
  return access.loggedIn ? MARKET_STATUSES.includes(status) : PUBLIC_STATUSES.includes(status);
}

/** The organisation a party member acts for here (the first of theirs among the parties), or null. */
export function actingOrganisation(actor: AuthUser, parties: readonly PartyRef[]): string | null {
  return parties.find((p) => actor.memberships.some((m) => m.organisationId === p.organisationId))?.organisationId ?? null;
}

/**
 * The party the actor reads and writes the deal room for, or null (then FORBIDDEN): a member of
 * one of the parties' organisations. UNODA's moderators are in it through UNODA's own party, not
 * by their role (administrators who are not UNODA's members are not).
 */
export function dealRoomParty(actor: AuthUser, parties: readonly PartyRef[]): string | null {
  const organisationId = actingOrganisation(actor, parties);
  return isParty({ ...proposalAccess(actor), unoda: false }, parties) && organisationId ? organisationId : null;
}

/**
 * Why the actor may not make `organisationId` a donor party of a proposal in `status`, or null:
 * UNODA any donor at any time; a donor its own organisation, once the proposal is on the market.
 */
export function addDonorRefusal(actor: AuthUser, organisationId: string, status: S): { forbidden: Refusal } | { conflict: Refusal } | null {
  const moderator = actor.hasRole(Role.UNODA_MODERATOR);
  if (!moderator && !actor.canActForOrganisation(organisationId, [Role.DONOR])) return { forbidden: reason('proposal.addDonorForbidden') };
  if (!moderator && !MARKET_STATUSES.includes(status)) return { conflict: reason('proposal.notOpenToDonors', { status }) };
  return null;
}

/** `p` (a proposal's id) is one the viewer's organisations are a party to, in SQL. */
export function partyOfSql(organisations: readonly string[], sql: SqlParams, p = 'p.id'): string {
  return `${p} IN (SELECT proposal_id FROM proposal_party WHERE organisation_id = ANY(${sql.param(organisations)}::uuid[]))`;
}

/**
 * The rule of canViewProposal in SQL, over proposals (alias `p`): null when the viewer reads
 * every proposal (UNODA), else the condition. The proposals list and the dashboards apply it.
 */
export function proposalVisibleSql(access: ProposalAccess, sql: SqlParams, p = 'p'): string | null {
  if (access.unoda) return null;
  const byStatus = `${p}.status = ANY(${sql.param(access.loggedIn ? MARKET_STATUSES : PUBLIC_STATUSES)}::text[])`;
  return access.organisations.length ? `(${byStatus} OR ${partyOfSql(access.organisations, sql, `${p}.id`)})` : byStatus;
}

/**
 * The roles the viewer holds over this proposal: NPC only for a requesting State, the reviewer
 * only for the proposal's regional centre, a moderator anywhere. The state machine's "own" rules
 * then read true.
 */
export function proposalActor(access: ProposalAccess, parties: readonly PartyRef[], regionalCentreCode: string | null): TransitionActor {
  const states = parties.filter((p) => p.kind === ProposalPartyKind.STATE).map((p) => p.stateIso3);
  const roles = access.roles.filter(
    (role) =>
      (role === Role.NPC && access.npcStates.some((s) => states.includes(s))) ||
      (role === Role.REGIONAL_REVIEWER && !!regionalCentreCode && access.reviewerCentres.includes(regionalCentreCode)) ||
      role === Role.UNODA_MODERATOR,
  );
  return { roles, owns: true };
}

/** The actions a person may take now; system steps are never offered. */
export function availableProposalActions(access: ProposalAccess, status: S, parties: readonly PartyRef[], regionalCentreCode: string | null): ProposalAction[] {
  if (!access.loggedIn) return [];
  return PROPOSAL_LIFE_CYCLE.available(status, proposalActor(access, parties, regionalCentreCode));
}

// What only the parties read. Whoever may see a proposal reads its content, agreed budget,
// committed money, needs (by the needs' own rules) and public documents; the parties (UNODA
// included) read, besides, how it was negotiated and what was promised. Each rule below is the
// one statement of it: resolvers, the list and the meeting pack all call these.

/** Whether this request's viewer is a party to the proposal (UNODA counts as one), through the request's loader. */
export async function viewerIsParty(ctx: GraphQLContext, partiesByProposal: LoaderSource<string, PartyRef[]>, proposalId: string): Promise<boolean> {
  return isParty(proposalAccess(ctx.req.user), (await ctx.loaders.get(partiesByProposal).load(proposalId)) ?? []);
}

/** Whether this request's viewer may see the proposal (canViewProposal), its parties read through the request's loader. */
export async function viewerCanViewProposal(
  ctx: GraphQLContext,
  partiesByProposal: LoaderSource<string, PartyRef[]>,
  proposal: { id: string; status: S },
): Promise<boolean> {
  return canViewProposal(proposalAccess(ctx.req.user), proposal.status, (await ctx.loaders.get(partiesByProposal).load(proposal.id)) ?? []);
}

/**
 * A value only the parties read (the deal room's notes, who proposed and accepted a revision,
 * what it changed, the reason of a hold or return, a meeting's outcome): null for others.
 */
export function partyOnly<T>(party: boolean, value: T): T | null {
  return party ? value : null;
}

/** Documents: the parties read them all; others the versions a party marked public. */
export function visibleDocuments<T extends { public: boolean }>(party: boolean, documents: readonly T[]): T[] {
  return documents.filter((d) => party || d.public);
}

/**
 * The matches that led to the proposal: for its parties, those they may see by the matches' own
 * rule (the need's State, the offer's donor, UNODA).
 */
export function visibleMatches<T extends MatchParties>(party: boolean, viewer: AuthUser | undefined, matches: readonly T[]): T[] {
  if (!party) return [];
  const access = matchAccess(viewer);
  return matches.filter((m) => canViewMatch(access, m));
}

/** The needs it carries, by the needs' own rules (a PRIVATE need: its State and UNODA only). */
export function visibleNeeds<T extends Pick<Need, 'stateIso3' | 'status' | 'visibility'>>(viewer: AuthUser | undefined, needs: readonly T[]): T[] {
  const access = needAccess(viewer);
  return needs.filter((n) => canViewNeed(access, n));
}

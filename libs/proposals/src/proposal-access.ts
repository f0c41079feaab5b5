import { Role, type AuthUser, type TransitionActor } from '#libs/core';
import { ProposalPartyKind, ProposalStatus as S } from './proposal.enums.js';
import { PROPOSAL_LIFE_CYCLE, type ProposalAction } from './proposal.state-machine.js';

/**
 * Who may see and do what with a proposal. UNODA (moderators, administrators) see everything;
 * the parties see their proposals whatever the status, and their deal room; logged-in users see
 * proposals on the market; the public sees funded ones (and what follows).
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
export function availableProposalActions(
  access: ProposalAccess,
  status: S,
  parties: readonly PartyRef[],
  regionalCentreCode: string | null,
): ProposalAction[] {
  if (!access.loggedIn) return [];
  return PROPOSAL_LIFE_CYCLE.available(status, proposalActor(access, parties, regionalCentreCode));
}

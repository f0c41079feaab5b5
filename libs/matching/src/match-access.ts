import { Role, type AuthUser, type TransitionActor } from '#libs/core';
import { MATCH_LIFE_CYCLE, type MatchAction } from './match.state-machine.js';
import type { MatchStatus } from './match.enums.js';

/**
 * Who may see and act on a match, from the viewer's memberships: UNODA (moderators and
 * administrators) see all; the need's State's NPCs and the offer's organisation's donors see
 * theirs. The two sides of a match are what it is "owned" by.
 */
export interface MatchAccess {
  unoda: boolean;
  roles: Role[];
  npcStates: string[];
  donorOrganisations: string[];
}

/** The two parties of a match: the need's State and the offer's organisation. */
export interface MatchParties {
  stateIso3: string;
  organisationId: string;
}

export function matchAccess(user: AuthUser | undefined): MatchAccess {
  if (!user) return { unoda: false, roles: [], npcStates: [], donorOrganisations: [] };
  return {
    unoda: user.hasRole(Role.UNODA_MODERATOR, Role.ADMIN),
    roles: user.roles,
    npcStates: user.statesFor(Role.NPC),
    donorOrganisations: user.organisationsFor(Role.DONOR),
  };
}

export function canViewMatch(access: MatchAccess, parties: MatchParties): boolean {
  return access.unoda || access.npcStates.includes(parties.stateIso3) || access.donorOrganisations.includes(parties.organisationId);
}

/**
 * The roles the viewer holds over this match: NPC only for the need's State, DONOR only for the
 * offer's organisation, moderator anywhere. The state machine's "own" rules then read true.
 */
export function matchActor(access: MatchAccess, parties: MatchParties): TransitionActor {
  const roles = access.roles.filter(
    (role) =>
      (role === Role.NPC && access.npcStates.includes(parties.stateIso3)) ||
      (role === Role.DONOR && access.donorOrganisations.includes(parties.organisationId)) ||
      role === Role.UNODA_MODERATOR,
  );
  return { roles, owns: true };
}

export function availableMatchActions(access: MatchAccess, status: MatchStatus, parties: MatchParties): MatchAction[] {
  return MATCH_LIFE_CYCLE.available(status, matchActor(access, parties));
}

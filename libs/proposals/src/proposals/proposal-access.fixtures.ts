import { AuthUser, OrganisationType, Role, type AuthMembership } from '#libs/core';
import { ContributionStatus as C } from '../funding/contribution.enums.js';
import type { PartyRef } from './proposal-access.js';
import { ProposalPartyKind as K } from './proposal.enums.js';

/** Who is who in the access rules' unit tests (proposal-access.spec.ts, funding-access.spec.ts). */

export const membership = (role: Role, organisationType: OrganisationType, organisationId: string, stateIso3: string | null = null): AuthMembership => ({
  organisationId,
  organisationType,
  stateIso3,
  regionalOrganisationCode: role === Role.REGIONAL_REVIEWER ? 'UNREC' : null,
  role,
});
export const user = (...memberships: AuthMembership[]) => new AuthUser('user-1', 'user@example.org', 'en', memberships);

/** A proposal of Ghana: UNODA, UNREC, a donor that committed (Germany), a donor that only pledged, a donor named without contributing. */
export const PARTIES: PartyRef[] = [
  { kind: K.STATE, organisationId: 'org-ghana', stateIso3: 'GHA' },
  { kind: K.UNODA, organisationId: 'org-unoda', stateIso3: null },
  { kind: K.REGIONAL_CENTRE, organisationId: 'org-unrec', stateIso3: null },
  { kind: K.DONOR, organisationId: 'org-germany', stateIso3: null },
  { kind: K.DONOR, organisationId: 'org-pledger', stateIso3: null },
  { kind: K.DONOR, organisationId: 'org-named', stateIso3: null },
];
export const LEDGER = [
  { organisationId: 'org-germany', status: C.COMMITTED },
  { organisationId: 'org-germany', status: C.INTENT },
  { organisationId: 'org-pledger', status: C.PLEDGED },
  { organisationId: 'org-pledger', status: C.CANCELLED },
  { organisationId: 'org-former', status: C.DISBURSED },
];

/** Every audience the rules tell apart, and whether it is a party to the proposal above. */
export const AUDIENCES: [string, AuthUser | undefined, boolean][] = [
  ['a UNODA moderator', user(membership(Role.UNODA_MODERATOR, OrganisationType.UNODA, 'org-unoda')), true],
  ['an administrator (UNODA)', user(membership(Role.ADMIN, OrganisationType.UNODA, 'org-admins')), true],
  ["Ghana's NPC", user(membership(Role.NPC, OrganisationType.MEMBER_STATE, 'org-ghana', 'GHA')), true],
  ["UNREC's reviewer", user(membership(Role.REGIONAL_REVIEWER, OrganisationType.UN_REGIONAL_CENTRE, 'org-unrec')), true],
  ['the committed donor', user(membership(Role.DONOR, OrganisationType.DONOR_GOVERNMENT, 'org-germany')), true],
  ['the pledging donor', user(membership(Role.DONOR, OrganisationType.FOUNDATION, 'org-pledger')), true],
  ['another donor', user(membership(Role.DONOR, OrganisationType.FOUNDATION, 'org-other')), false],
  ["Kenya's NPC", user(membership(Role.NPC, OrganisationType.MEMBER_STATE, 'org-kenya', 'KEN')), false],
  ['the public', undefined, false],
];

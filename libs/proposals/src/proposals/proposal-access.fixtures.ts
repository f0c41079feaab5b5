import { OrganisationType, Role, type AuthUser } from '#libs/core';
import { membership, user } from '../../../core/src/auth/auth-user.fixtures.js';
import { ContributionStatus as C } from '../funding/contribution.enums.js';
import type { PartyRef } from './proposal-access.js';
import { ProposalPartyKind as K } from './proposal.enums.js';

/** Who is who in the access rules' unit tests (proposal-access.spec.ts, funding-access.spec.ts). */

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
  ['a UNODA moderator', user(membership('org-unoda', OrganisationType.UNODA, Role.UNODA_MODERATOR)), true],
  ['an administrator (UNODA)', user(membership('org-admins', OrganisationType.UNODA, Role.ADMIN)), true],
  ["Ghana's NPC", user(membership('org-ghana', OrganisationType.MEMBER_STATE, Role.NPC, 'GHA')), true],
  ["UNREC's reviewer", user(membership('org-unrec', OrganisationType.UN_REGIONAL_CENTRE, Role.REGIONAL_REVIEWER)), true],
  ['the committed donor', user(membership('org-germany', OrganisationType.DONOR_GOVERNMENT, Role.DONOR)), true],
  ['the pledging donor', user(membership('org-pledger', OrganisationType.FOUNDATION, Role.DONOR)), true],
  ['another donor', user(membership('org-other', OrganisationType.FOUNDATION, Role.DONOR)), false],
  ["Kenya's NPC", user(membership('org-kenya', OrganisationType.MEMBER_STATE, Role.NPC, 'KEN')), false],
  ['the public', undefined, false],
];

import { AuthUser, type AuthMembership } from './auth-user.js';
import { OrganisationType, Role } from './roles.js';

/** Who is who in the access rules' unit tests (`*-access.spec.ts`); not built into dist. */

/** A role in an organisation; a regional reviewer's is UNREC's, other memberships name no regional organisation. */
export const membership = (organisationId: string, organisationType: OrganisationType, role: Role, stateIso3: string | null = null): AuthMembership => ({
  organisationId,
  organisationType,
  stateIso3,
  regionalOrganisationCode: role === Role.REGIONAL_REVIEWER ? 'UNREC' : null,
  role,
});

/** A logged-in user with these memberships. */
export const user = (...memberships: AuthMembership[]) => new AuthUser('user-1', 'user@example.org', 'en', memberships);

/** UNREC's regional reviewer. */
export const regionalReviewer = () => user(membership('org-unrec', OrganisationType.UN_REGIONAL_CENTRE, Role.REGIONAL_REVIEWER));

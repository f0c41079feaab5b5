import type { UnLanguage } from '../i18n/languages.js';
import type { OrganisationType, Role } from './roles.js';

export interface AuthMembership {
  organisationId: string;
  organisationType: OrganisationType;
  /** The Member State the organisation speaks for, if any (ISO alpha-3). */
  stateIso3: string | null;
  /** The regional organisation or UN regional centre the organisation is, if any. */
  regionalOrganisationCode: string | null;
  role: Role;
}

/**
 * The user making a request, with their memberships, as the database has them now (the identity
 * feature's loader keeps each in memory only until a change to it is notified, so a revoked role
 * or a disabled account takes effect at once). Every access decision asks it. Immutable: one
 * instance may serve many requests.
 */
export class AuthUser {
  constructor(
    readonly id: string,
    readonly email: string,
    readonly language: UnLanguage,
    readonly memberships: readonly AuthMembership[],
    /** IANA time zone of the person, for dates in what they read. */
    readonly timeZone = 'UTC',
  ) {}

  get roles(): Role[] {
    return [...new Set(this.memberships.map((m) => m.role))];
  }

  hasRole(...roles: Role[]): boolean {
    return this.memberships.some((m) => roles.includes(m.role));
  }

  /** Whether the user holds one of `roles` in an organisation that speaks for State `iso3`. */
  canActForState(iso3: string, roles: readonly Role[]): boolean {
    const wanted = iso3.toUpperCase();
    return this.memberships.some((m) => m.stateIso3 === wanted && roles.includes(m.role));
  }

  /** Whether the user holds one of `roles` in organisation `organisationId`. */
  canActForOrganisation(organisationId: string, roles: readonly Role[]): boolean {
    return this.memberships.some((m) => m.organisationId === organisationId && roles.includes(m.role));
  }

  /** Whether the user holds one of `roles` in a regional centre or organisation `code`. */
  canActForRegionalOrganisation(code: string, roles: readonly Role[]): boolean {
    return this.memberships.some((m) => m.regionalOrganisationCode === code && roles.includes(m.role));
  }

  /** ISO alpha-3 codes of the States for which the user holds one of `roles`. */
  statesFor(...roles: Role[]): string[] {
    return [...new Set(this.memberships.filter((m) => m.stateIso3 && roles.includes(m.role)).map((m) => m.stateIso3 as string))];
  }

  /** Ids of the organisations in which the user holds one of `roles`. */
  organisationsFor(...roles: Role[]): string[] {
    return [...new Set(this.memberships.filter((m) => roles.includes(m.role)).map((m) => m.organisationId))];
  }
}

/** Implemented by the identity feature: reads a user and memberships for a request. */
export abstract class AuthUserLoader {
  /** The active user with this id, or null when it does not exist or may not log in. */
  abstract load(userId: string): Promise<AuthUser | null>;
}

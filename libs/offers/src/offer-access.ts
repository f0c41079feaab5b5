import { Role, type AuthUser, type SqlParams } from '#libs/core';
import type { Offer } from './entities/offer.entity.js';
import { OfferStatus, OfferVisibility } from './offer.enums.js';
import { OFFER_LIFE_CYCLE, type OfferAction } from './offer.state-machine.js';

/** What a viewer may read among offers, derived once per request from their memberships. */
export interface OfferAccess {
  loggedIn: boolean;
  unoda: boolean;
  /** Organisations in which the viewer is a donor: they read all of those offers. */
  ownOrganisations: string[];
  roles: Role[];
}

/** Statuses anyone allowed by the visibility may read; the rest only the donor and UNODA. */
export const LISTED_OFFER_STATUSES: readonly OfferStatus[] = [OfferStatus.PUBLISHED, OfferStatus.EXHAUSTED];

export function offerAccess(user: AuthUser | undefined): OfferAccess {
  if (!user) return { loggedIn: false, unoda: false, ownOrganisations: [], roles: [] };
  return {
    loggedIn: true,
    unoda: user.hasRole(Role.UNODA_MODERATOR, Role.ADMIN),
    ownOrganisations: user.organisationsFor(Role.DONOR),
    roles: user.roles,
  };
}

export function ownsOffer(access: OfferAccess, offer: Pick<Offer, 'organisationId'>): boolean {
  return access.ownOrganisations.includes(offer.organisationId);
}

export function canViewOffer(access: OfferAccess, offer: Pick<Offer, 'organisationId' | 'status' | 'visibility'>): boolean {
  if (access.unoda || ownsOffer(access, offer)) return true;
  if (!LISTED_OFFER_STATUSES.includes(offer.status)) return false;
  return offer.visibility === OfferVisibility.PUBLIC || (access.loggedIn && offer.visibility === OfferVisibility.STATES_AND_DONORS);
}

/**
 * The rule of canViewOffer in SQL, over offers (alias `o`) among `statuses`: null when the viewer
 * reads every offer (UNODA), else the condition. The offers list and the dashboards apply it.
 */
export function offerVisibleSql(access: OfferAccess, statuses: readonly OfferStatus[], sql: SqlParams, o = 'o'): string | null {
  if (access.unoda) return null;
  const visible = [OfferVisibility.PUBLIC, ...(access.loggedIn ? [OfferVisibility.STATES_AND_DONORS] : [])];
  const listed = statuses.filter((s) => LISTED_OFFER_STATUSES.includes(s));
  const byVisibility = listed.length
    ? `(${o}.visibility = ANY(${sql.param(visible)}::text[])${listed.length < statuses.length ? ` AND ${o}.status = ANY(${sql.param(listed)}::text[])` : ''})`
    : 'false';
  return access.ownOrganisations.length ? `(${byVisibility} OR ${o}.organisation_id = ANY(${sql.param(access.ownOrganisations)}::uuid[]))` : byVisibility;
}

export function isOfferPrivileged(access: OfferAccess, offer: Pick<Offer, 'organisationId'>): boolean {
  return access.unoda || ownsOffer(access, offer);
}

export function availableOfferActions(access: OfferAccess, offer: Pick<Offer, 'organisationId' | 'status'>): OfferAction[] {
  if (!access.loggedIn) return [];
  return OFFER_LIFE_CYCLE.available(offer.status, { roles: access.roles, owns: ownsOffer(access, offer) });
}

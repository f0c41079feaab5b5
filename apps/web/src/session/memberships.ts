import type { SessionUserFragment } from '../identity/session.generated';

/**
 * What a signed-in person acts for, from their memberships: the pages use it to choose what to
 * offer. The API decides what they may do in any case.
 */

/** The State whose needs this person writes: that of their Member State organisation, as its National Point of Contact. */
export function myState(user: SessionUserFragment | null): string | null {
  const membership = user?.memberships.find((m) => m.role === 'NPC' && m.organisation.stateIso3);
  return membership?.organisation.stateIso3 ?? null;
}

/** The donor organisation this person acts for (their membership as a donor), or null. */
export function donorOrganisation(user: SessionUserFragment | null): { id: string; name: string } | null {
  const membership = user?.memberships.find((m) => m.role === 'DONOR');
  return membership ? { id: membership.organisation.id, name: membership.organisation.name } : null;
}

/** Whether this person is a donor of that organisation (an offer's owner panel and editor). */
export const isDonorOf = (user: SessionUserFragment | null, organisationId: string): boolean =>
  !!user?.memberships.some((m) => m.role === 'DONOR' && m.organisation.id === organisationId);

/** Whether this person works for UNODA as a moderator (the staff pages: the API refuses others in any case). */
export const isModerator = (user: SessionUserFragment | null): boolean => !!user?.roles.includes('UNODA_MODERATOR');

/** Whether this person is a platform administrator (the administrators' pages). */
export const isAdministrator = (user: SessionUserFragment | null): boolean => !!user?.roles.includes('ADMIN');

/** The regional centres this person reviews for (their memberships as a regional centre reviewer). */
export const reviewerCentres = (user: SessionUserFragment | null): { id: string; name: string }[] =>
  user?.memberships.filter((m) => m.role === 'REGIONAL_REVIEWER').map((m) => ({ id: m.organisation.id, name: m.organisation.name })) ?? [];

import type { SessionUserFragment } from '../identity/session.generated';

/**
 * The donor organisation this person acts for (their membership as a donor), or null. The API
 * decides what they may do in any case; this only chooses what to offer on a page.
 */
export function donorOrganisation(user: SessionUserFragment | null): { id: string; name: string } | null {
  const membership = user?.memberships.find((m) => m.role === 'DONOR');
  return membership ? { id: membership.organisation.id, name: membership.organisation.name } : null;
}

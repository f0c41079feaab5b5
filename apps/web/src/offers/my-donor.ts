import type { SessionUserFragment } from '../identity/session.generated';

export interface DonorOrganisation {
  id: string;
  name: string;
}

/**
 * The donor organisation whose offers and standing criteria this person keeps: the first in which
 * they hold the DONOR role. Null for anyone else; the API decides what they may do in any case.
 */
export function myDonor(user: SessionUserFragment | null): DonorOrganisation | null {
  const membership = user?.memberships.find((m) => m.role === 'DONOR');
  return membership ? { id: membership.organisation.id, name: membership.organisation.acronym ?? membership.organisation.name } : null;
}

/** Whether this person is a donor of that organisation (their offers' owner panel and editor). */
export const isDonorOf = (user: SessionUserFragment | null, organisationId: string): boolean =>
  !!user?.memberships.some((m) => m.role === 'DONOR' && m.organisation.id === organisationId);

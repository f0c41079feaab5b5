import type { SessionUserFragment } from '../identity/session.generated';

/**
 * The State whose needs this person writes: that of their organisation of type Member State (a
 * National Point of Contact). Null for anyone else; the API decides what they may do in any case.
 */
export function myState(user: SessionUserFragment | null): string | null {
  const membership = user?.memberships.find((m) => m.role === 'NPC' && m.organisation.stateIso3);
  return membership?.organisation.stateIso3 ?? null;
}

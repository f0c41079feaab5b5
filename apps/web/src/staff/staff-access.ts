import type { SessionUserFragment } from '../identity/session.generated';

/**
 * Whether this person moderates for UNODA: the staff pages are offered to them only. The API
 * refuses the staff queries and steps to anyone else in any case.
 */
export const isModerator = (user: SessionUserFragment | null): boolean =>
  !!user && (user.roles.includes('UNODA_MODERATOR') || user.memberships.some((m) => m.role === 'UNODA_MODERATOR'));

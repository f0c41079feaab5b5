import type { Role } from '../gql/types';
import { useSession } from '../session/SessionProvider';

/**
 * What a party's action touches: urql's document cache then asks again every query that showed a
 * proposal, its ledger, its deal room or its revisions.
 */
export const PROPOSAL_TOUCHED = { additionalTypenames: ['Proposal', 'Contribution', 'ProposalMessage', 'ProposalRevision'] };

/** The organisations the signed-in person acts for (optionally in one role). */
export function useMyOrganisations(role?: Role): string[] {
  const { user } = useSession();
  return (user?.memberships ?? []).filter((m) => !role || m.role === role).map((m) => m.organisation.id);
}

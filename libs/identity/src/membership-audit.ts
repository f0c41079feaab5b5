import type { AuditInput } from '#libs/core';
import type { Membership } from './entities/membership.entity.js';

/** The audit entry of a role given or taken: on the person, naming the organisation and the role. */
export function membershipAudit(
  action: 'membership.granted' | 'membership.revoked',
  membership: Pick<Membership, 'userId' | 'organisationId' | 'role'>,
  actorUserId: string | null,
): AuditInput {
  return { actorUserId, action, entityType: 'user', entityId: membership.userId, data: { organisationId: membership.organisationId, role: membership.role } };
}

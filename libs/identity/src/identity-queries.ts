import type { EntityManager } from 'typeorm';
import { sqlList, type Role } from '#libs/core';
import { UserStatus } from './entities/user.entity.js';

/** What another feature asks of identity's tables: SQL to embed in its own statements, and reads by id. */
type Db = Pick<EntityManager, 'query'>;

/**
 * People by what they hold, as SQL selecting `(user_id, role)`. Arguments are SQL expressions
 * (a column, a parameter, a subquery), compared as text.
 */
export const membersSql = {
  /** Holders of one of `roles`, in any organisation. */
  withRoles: (roles: readonly Role[]) => `SELECT m.user_id, m.role::text AS role FROM membership m WHERE m.role IN (${sqlList(roles)})`,
  /** Holders of one of `roles` in organisation `organisationId`. */
  ofOrganisation: (organisationId: string, roles: readonly Role[]) =>
    `SELECT m.user_id, m.role::text AS role FROM membership m WHERE m.role IN (${sqlList(roles)}) AND m.organisation_id::text = ${organisationId}`,
  /** Holders of one of `roles` in an organisation that speaks for State `stateIso3`. */
  ofState: (stateIso3: string, roles: readonly Role[]) =>
    `SELECT m.user_id, m.role::text AS role FROM membership m JOIN organisation o ON o.id = m.organisation_id
      WHERE m.role IN (${sqlList(roles)}) AND o.state_iso3 = ${stateIso3}`,
  /** The members holding, in each organisation of `organisationRoles` (SQL of `organisation_id, role`), that role. */
  inRoles: (organisationRoles: string) =>
    `SELECT m.user_id, m.role::text AS role FROM (${organisationRoles}) x JOIN membership m ON m.organisation_id = x.organisation_id AND m.role::text = x.role`,
  /** The person an invitation was made for (no role until they accept). */
  invitee: (invitationId: string) => `SELECT i.user_id, NULL::text AS role FROM invitation i WHERE i.id::text = ${invitationId}`,
};

/** SQL condition: person `userId` is a member of organisation `organisationId` (text). */
export const isMemberSql = (userId: string, organisationId: string) =>
  `EXISTS (SELECT 1 FROM membership am WHERE am.user_id = ${userId} AND am.organisation_id::text = ${organisationId})`;

/** SQL list of the account statuses that receive notifications: active people, and invitees when `invitees`. */
export const reachableStatusesSql = (invitees: boolean) => `(${sqlList(invitees ? [UserStatus.ACTIVE, UserStatus.INVITED] : [UserStatus.ACTIVE])})`;

/** Organisations' names by id. */
export function organisationNames(db: Db, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  return db.query('SELECT id::text, name FROM organisation WHERE id::text = ANY($1)', [ids]);
}

/** Invitations' expiry times by id. */
export function invitationExpiries(db: Db, ids: readonly string[]): Promise<{ id: string; expiresAt: Date }[]> {
  return db.query('SELECT id::text, expires_at AS "expiresAt" FROM invitation WHERE id::text = ANY($1)', [ids]);
}

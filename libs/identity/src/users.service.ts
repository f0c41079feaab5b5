import { IdentityAuthUserLoader } from './auth-user.loader.js';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type Repository } from 'typeorm';
import {
  alignToKeys,
  AuditService,
  BadUserInputError,
  ConflictError,
  groupToKeys,
  NotFoundError,
  problemAt,
  reason,
  type AuthUser,
  type LoaderSource,
} from '#libs/core';
import type { UpdateMeInput } from './dto/identity.inputs.js';
import { Membership } from './entities/membership.entity.js';
import { User, UserStatus } from './entities/user.entity.js';
import { membershipAudit } from './membership-audit.js';
import { RefreshTokensService } from './refresh-tokens.service.js';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Accounts: profiles, status, memberships. */
@Injectable()
export class UsersService {
  readonly membershipsByUser: LoaderSource<string, Membership[]> = {
    batchLoad: async (ids) => groupToKeys(ids, await this.memberships.find({ where: { userId: In([...ids]) }, order: { createdAt: 'ASC' } }), (m) => m.userId),
  };

  readonly byId: LoaderSource<string, User> = {
    batchLoad: async (ids) => alignToKeys(ids, await this.users.findBy({ id: In([...ids]) }), (u) => u.id),
  };

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly refreshTokens: RefreshTokensService,
    private readonly audit: AuditService,
    private readonly authUsers: IdentityAuthUserLoader,
  ) {}

  async get(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundError(reason('user.notFound', { id }));
    return user;
  }

  list(organisationId?: string): Promise<User[]> {
    const query = this.users.createQueryBuilder('u').orderBy('u.email');
    if (organisationId) {
      query.where('u.id IN (SELECT user_id FROM membership WHERE organisation_id = :organisationId)', { organisationId });
    }
    return query.getMany();
  }

  async updateMe(actor: AuthUser, input: UpdateMeInput): Promise<User> {
    if (input.timeZone && !isTimeZone(input.timeZone)) {
      throw new BadUserInputError(problemAt('input.timeZone', reason('user.notTimeZone')));
    }
    await this.users.update(
      { id: actor.id },
      {
        ...(input.displayName?.trim() ? { displayName: input.displayName.trim() } : {}),
        ...(input.preferredLanguage ? { preferredLanguage: input.preferredLanguage } : {}),
        ...(input.timeZone ? { timeZone: input.timeZone } : {}),
      },
    );
    this.authUsers.changed(actor.id);
    return this.get(actor.id);
  }

  /** Enables or disables an account. Disabling ends its sessions at once. Administrators only. */
  async setStatus(userId: string, status: UserStatus, actor: AuthUser): Promise<User> {
    if (status === UserStatus.INVITED) {
      throw new BadUserInputError(problemAt('input.status', reason('user.statusNotSettable')));
    }
    if (userId === actor.id && status === UserStatus.DISABLED) {
      throw new ConflictError(reason('user.cannotDisableSelf'));
    }
    const changed = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { id: userId });
      if (!user) throw new NotFoundError(reason('user.notFound', { id: userId }));
      if (user.status === status) return user;
      if (status === UserStatus.ACTIVE && !user.passwordHash) {
        throw new ConflictError(reason('user.invitationNotAccepted'));
      }
      await manager.update(User, { id: userId }, { status });
      if (status === UserStatus.DISABLED) await this.refreshTokens.revokeAllOfUser(manager, userId, 'user-disabled');
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: 'user.status_changed',
        entityType: 'user',
        entityId: userId,
        fromState: user.status,
        toState: status,
      });
      return manager.findOneByOrFail(User, { id: userId });
    });
    this.authUsers.changed(userId);
    return changed;
  }

  /** Removes a role from a person. Administrators only; the last administrator stays. */
  async revokeMembership(membershipId: string, actor: AuthUser): Promise<boolean> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOneBy(Membership, { id: membershipId });
      if (!membership) throw new NotFoundError(reason('membership.notFound', { id: membershipId }));
      if (membership.role === 'ADMIN') {
        // Lock the admin memberships so two concurrent revocations cannot both pass the check.
        const admins: unknown[] = await manager.query(
          `SELECT m.id FROM membership m JOIN app_user u ON u.id = m.user_id AND u.status = 'ACTIVE'
            WHERE m.role = 'ADMIN' FOR UPDATE OF m`,
        );
        if (admins.length <= 1) throw new ConflictError(reason('membership.lastAdministrator'));
      }
      await manager.delete(Membership, { id: membershipId });
      await this.audit.record(manager, membershipAudit('membership.revoked', membership, actor.id));
      return membership.userId;
    });
    this.authUsers.changed(userId);
    return true;
  }
}

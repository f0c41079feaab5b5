import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AppConfig, reason, UnauthenticatedError } from '#libs/core';
import { RefreshToken } from './entities/refresh-token.entity.js';

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Opaque, rotating, revocable refresh tokens (see RefreshToken). */
@Injectable()
export class RefreshTokensService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async issue(manager: EntityManager, userId: string, userAgent: string | null, familyId: string = randomUUID()): Promise<IssuedRefreshToken & { id: string }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    const saved = await manager.save(
      manager.create(RefreshToken, { userId, familyId, tokenHash: hashOf(token), expiresAt, userAgent: userAgent?.slice(0, 300) ?? null }),
    );
    return { id: saved.id, token, expiresAt };
  }

  /**
   * Exchanges a refresh token for a new one of the same family; returns the user id. A token
   * used twice (the second time by a thief, or by the owner after a thief) revokes the family.
   */
  async rotate(token: string, userAgent: string | null): Promise<{ userId: string; refresh: IssuedRefreshToken }> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(RefreshToken, { tokenHash: hashOf(token) });
      if (!current) return { error: 'unknown' as const };
      if (current.expiresAt.getTime() <= Date.now()) return { error: 'expired' as const };
      // Claim the token atomically: of two concurrent uses, only one sees revoked_at IS NULL.
      const claimed = await manager.update(RefreshToken, { id: current.id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: 'rotated' });
      if (!claimed.affected) {
        await this.revokeFamilyIn(manager, current.familyId, 'reuse-detected');
        return { error: 'reused' as const };
      }
      const next = await this.issue(manager, current.userId, userAgent, current.familyId);
      await manager.update(RefreshToken, { id: current.id }, { replacedById: next.id });
      return { userId: current.userId, refresh: { token: next.token, expiresAt: next.expiresAt } };
    });
    if ('error' in outcome) {
      throw new UnauthenticatedError(outcome.error === 'expired' ? reason('session.ended') : reason('session.invalidRefreshToken'));
    }
    return outcome;
  }

  /** Logs out the session the token belongs to. Unknown tokens are ignored (nothing to revoke). */
  async revoke(token: string): Promise<boolean> {
    const current = await this.dataSource.getRepository(RefreshToken).findOneBy({ tokenHash: hashOf(token) });
    if (!current) return false;
    await this.dataSource.transaction((manager) => this.revokeFamilyIn(manager, current.familyId, 'logout'));
    return true;
  }

  /** Ends every session of a user (account disabled). */
  async revokeAllOfUser(manager: EntityManager, userId: string, reason: string): Promise<void> {
    await manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  private async revokeFamilyIn(manager: EntityManager, familyId: string, reason: string): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessTokenService, reason, UnauthenticatedError } from '#libs/core';
import { UserView, type AuthPayload } from './dto/identity.types.js';
import { User, UserStatus } from './entities/user.entity.js';
import { LoginThrottle } from './login-throttle.service.js';
import { PasswordHasher } from './password-hasher.js';
import { RefreshTokensService, type IssuedRefreshToken } from './refresh-tokens.service.js';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

/** The one message for every failed login, so it never tells whether an e-mail has an account. */

/** Logging in and out, and refreshing sessions. */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokensService,
  ) {}

  async login(email: string, password: string, client: ClientInfo): Promise<AuthPayload> {
    const normalised = email.trim().toLowerCase();
    await this.throttle.assertAllowed(normalised, client.ip);
    const user = await this.dataSource.getRepository(User).findOneBy({ email: normalised });
    const usable = user?.status === UserStatus.ACTIVE ? user : null;
    const valid = await this.passwords.verify(usable?.passwordHash ?? null, password);
    if (!usable || !valid) {
      await this.throttle.recordFailure(normalised, client.ip);
      throw new UnauthenticatedError(reason('auth.invalidCredentials'));
    }
    await this.throttle.recordSuccess(normalised, client.ip);
    return this.startSession(usable, client);
  }

  async refresh(refreshToken: string, client: ClientInfo): Promise<AuthPayload> {
    const { userId, refresh } = await this.refreshTokens.rotate(refreshToken, client.userAgent);
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId, status: UserStatus.ACTIVE });
    if (!user) throw new UnauthenticatedError(reason('session.accountUnusable'));
    return this.payload(user, refresh);
  }

  logout(refreshToken: string): Promise<boolean> {
    return this.refreshTokens.revoke(refreshToken);
  }

  /** Issues a new token pair for a user who has just proved who they are. */
  async startSession(user: User, client: ClientInfo): Promise<AuthPayload> {
    const refresh = await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { lastLoginAt: new Date() });
      return this.refreshTokens.issue(manager, user.id, client.userAgent);
    });
    return this.payload(user, refresh);
  }

  private payload(user: User, refresh: IssuedRefreshToken): AuthPayload {
    const access = this.accessTokens.issue(user.id);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
      user: UserView.from(user),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config.js';
import { UnauthenticatedError } from '../errors/domain-errors.js';
import { reason } from '../errors/reasons.js';

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

export const ACCESS_TOKEN_AUDIENCE = 'gis-api';
export const ACCESS_TOKEN_ISSUER = 'gis-marketplace';

/** Short-lived access tokens (JWT, HS256) naming the user; roles are read per request instead. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  issue(userId: string): IssuedAccessToken {
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    // Secret, algorithm, audience and issuer come from AuthCoreModule.
    const token = this.jwt.sign({ sub: userId }, { expiresIn: ttl });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** The user id of a valid token; UNAUTHENTICATED for an expired, tampered or foreign one. */
  verify(token: string): string {
    try {
      const payload = this.jwt.verify<{ sub?: unknown }>(token);
      if (typeof payload.sub !== 'string') throw new Error('no subject');
      return payload.sub;
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthenticatedError(expired ? reason('auth.sessionExpired') : reason('auth.invalidAccessToken'));
    }
  }
}

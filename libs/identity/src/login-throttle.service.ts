import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig, reason, TooManyRequestsError } from '#libs/core';

/**
 * Counts failed logins per e-mail address and per client address in fixed windows (Redis, so
 * all api replicas share the counts). Once a limit is reached, logins for that e-mail or from
 * that address are refused until the window ends, whether or not the password is right; the
 * e-mail need not exist, so the refusal reveals nothing about accounts.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(Redis) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string): { email: string; ip: string } {
    const digest = createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 32);
    return { email: `login-fail:email:${digest}`, ip: `login-fail:ip:${ip}` };
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const results = await this.redis.multi().get(keys.email).get(keys.ip).ttl(keys.email).ttl(keys.ip).exec();
    const [byEmail, byIp, ttlEmail, ttlIp] = (results ?? []).map(([, value]) => Number(value ?? 0));
    const emailBlocked = byEmail >= this.config.LOGIN_MAX_FAILURES;
    const ipBlocked = byIp >= this.config.LOGIN_MAX_FAILURES_PER_IP;
    if (emailBlocked || ipBlocked) {
      const retryAfter = Math.max(1, emailBlocked ? ttlEmail : ttlIp);
      throw new TooManyRequestsError(reason('auth.tooManyFailedLogins', { minutes: Math.ceil(retryAfter / 60) }), retryAfter);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const window = this.config.LOGIN_FAILURE_WINDOW_SECONDS;
    await this.redis.multi().incr(keys.email).expire(keys.email, window, 'NX').incr(keys.ip).expire(keys.ip, window, 'NX').exec();
  }

  /** After a successful login the e-mail's count starts again; the address's count does not. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.redis.del(this.keys(email, ip).email);
  }
}

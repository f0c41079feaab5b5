import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { BadUserInputError, problemAt, reason } from '#libs/core';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Password rules, hashing (argon2id) and verification in constant time per attempt. */
@Injectable()
export class PasswordHasher {
  /** Verified against when no user matches, so a login takes as long whether or not the e-mail exists. */
  private readonly dummyHash = argon2.hash('not-a-real-password-used-for-timing-only', OPTIONS);

  assertAcceptable(field: string, password: string, email?: string): void {
    if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
      throw new BadUserInputError(problemAt(field, reason('password.length', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })));
    }
    const name = email?.split('@')[0].toLowerCase() ?? '';
    // Short names (jo@un.org) would forbid too much; from four letters on they are guessable.
    if (name.length >= 4 && password.toLowerCase().includes(name)) {
      throw new BadUserInputError(problemAt(field, reason('password.containsEmailName')));
    }
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  /** False for a wrong password or a missing hash (after spending the same effort). */
  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      if (!hash) {
        await argon2.verify(await this.dummyHash, password);
        return false;
      }
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}

import { BadUserInputError } from '#libs/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PasswordHasher } from './password-hasher.js';

function problemsOf(check: () => void): BadUserInputError['problems'] {
  try {
    check();
  } catch (error) {
    if (error instanceof BadUserInputError) return error.problems;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  describe('assertAcceptable', () => {
    it('accepts a long enough password', () => {
      expect(() => hasher.assertAcceptable('input.password', 'correct horse battery', 'npc.ghana@example.org')).not.toThrow();
      expect(() => hasher.assertAcceptable('input.password', 'x'.repeat(PASSWORD_MIN_LENGTH))).not.toThrow();
      expect(() => hasher.assertAcceptable('input.password', 'x'.repeat(PASSWORD_MAX_LENGTH))).not.toThrow();
    });

    it('rejects a password that is too short, naming the field', () => {
      expect(problemsOf(() => hasher.assertAcceptable('input.password', 'x'.repeat(PASSWORD_MIN_LENGTH - 1)))).toEqual([
        { field: 'input.password', reason: 'password.length', params: { min: 12, max: 128 }, message: 'must be 12 to 128 characters long' },
      ]);
    });

    it('rejects a password that is too long', () => {
      expect(problemsOf(() => hasher.assertAcceptable('newPassword', 'x'.repeat(PASSWORD_MAX_LENGTH + 1)))).toEqual([
        { field: 'newPassword', reason: 'password.length', params: { min: 12, max: 128 }, message: 'must be 12 to 128 characters long' },
      ]);
    });

    it('rejects a password containing the e-mail name, in any case', () => {
      expect(problemsOf(() => hasher.assertAcceptable('input.password', 'My-NPC.Ghana-2026!', 'npc.ghana@example.org'))).toEqual([
        { field: 'input.password', reason: 'password.containsEmailName', params: {}, message: 'must not contain your e-mail name' },
      ]);
    });
  });

  describe('hash and verify', () => {
    let hash: string;
    beforeAll(async () => {
      hash = await hasher.hash('correct horse battery');
    });

    it('hashes with argon2id and a salt', async () => {
      expect(hash).toMatch(/^\$argon2id\$/);
      expect(hash).not.toContain('correct horse battery');
      expect(await hasher.hash('correct horse battery')).not.toBe(hash);
    });

    it('verifies the right password', async () => {
      expect(await hasher.verify(hash, 'correct horse battery')).toBe(true);
    });

    it('refuses a wrong password', async () => {
      expect(await hasher.verify(hash, 'Correct horse battery')).toBe(false);
    });

    it('refuses when there is no hash', async () => {
      expect(await hasher.verify(null, 'correct horse battery')).toBe(false);
    });

    it('refuses a malformed hash instead of throwing', async () => {
      expect(await hasher.verify('not-a-hash', 'correct horse battery')).toBe(false);
    });
  });

  it('does not forbid passwords for containing a very short e-mail name', () => {
    expect(() => new PasswordHasher().assertAcceptable('input.password', 'jolly good long passphrase', 'jo@un.org')).not.toThrow();
  });
});

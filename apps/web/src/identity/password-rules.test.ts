import { describe, expect, it } from '@jest/globals';
import { confirmationMatches, PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from './password-rules';

describe('the password rule', () => {
  it('accepts 12 to 128 characters', () => {
    expect(passwordProblem('x'.repeat(PASSWORD_MIN))).toBeNull();
    expect(passwordProblem('x'.repeat(PASSWORD_MAX))).toBeNull();
  });
  it('says which end was missed', () => {
    expect(passwordProblem('x'.repeat(PASSWORD_MIN - 1))).toBe('tooShort');
    expect(passwordProblem('')).toBe('tooShort');
    expect(passwordProblem('x'.repeat(PASSWORD_MAX + 1))).toBe('tooLong');
  });
  it('compares the confirmation exactly', () => {
    expect(confirmationMatches('correct horse battery', 'correct horse battery')).toBe(true);
    expect(confirmationMatches('correct horse battery', 'correct horse battery ')).toBe(false);
  });
});

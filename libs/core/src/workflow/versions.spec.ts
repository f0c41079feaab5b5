import { ConflictError } from '../errors/domain-errors.js';
import { assertVersion } from './versions.js';

describe('assertVersion', () => {
  it('lets a change through when the version matches or none was given', () => {
    expect(() => assertVersion('need', { version: 3 }, 3)).not.toThrow();
    expect(() => assertVersion('need', { version: 3 }, null)).not.toThrow();
    expect(() => assertVersion('need', { version: 3 }, undefined)).not.toThrow();
  });

  it('refuses a stale version with a CONFLICT that says to reload', () => {
    expect(() => assertVersion('offer', { version: 4 }, 2)).toThrow(ConflictError);
    expect(() => assertVersion('offer', { version: 4 }, 2)).toThrow('This offer was changed by someone else (version 4, you had 2); reload it and try again.');
    expect(() => assertVersion('offer', { version: 4 }, 0)).toThrow(ConflictError);
  });
});

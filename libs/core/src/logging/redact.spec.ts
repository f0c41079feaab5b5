import { redactUrl } from './redact.js';

describe('redactUrl', () => {
  it('hides the password', () => {
    expect(redactUrl('redis://gis:s3cret@cache:6379/0')).toBe('redis://gis:***@cache:6379/0');
    expect(redactUrl('rediss://default:s3cret@cache.example.org:6380')).toBe('rediss://default:***@cache.example.org:6380');
    expect(redactUrl('postgres://gis:s3cret@db:5432/gis')).toBe('postgres://gis:***@db:5432/gis');
  });

  it('hides a password given without a user name', () => {
    const described = redactUrl('redis://:s3cret@cache:6379');
    expect(described).toBe('redis://:***@cache:6379');
    expect(described).not.toContain('s3cret');
  });

  it('hides all of a password that contains @', () => {
    expect(redactUrl('redis://default:p@ss@cache:6379')).toBe('redis://default:***@cache:6379');
  });

  it('hides credentials of a URL it cannot parse', () => {
    expect(redactUrl('redis://:hunter2@cache 6379')).not.toContain('hunter2');
  });

  it('leaves a URL without credentials unchanged', () => {
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});

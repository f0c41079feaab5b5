import { describe, expect, it } from '@jest/globals';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path of this app with its query', () => {
    expect(safeNext('/needs/123?tab=history')).toBe('/needs/123?tab=history');
  });
  it.each([null, '', 'https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/sign-in?next=/x'])('sends %p home', (next) => {
    expect(safeNext(next)).toBe('/');
  });
});

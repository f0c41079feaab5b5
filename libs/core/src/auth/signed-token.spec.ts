import { readToken, signToken } from './signed-token.js';

describe('signed tokens', () => {
  const secret = 'x'.repeat(32);
  const later = new Date(Date.now() + 60_000);

  it('gives back the payload of a genuine token in date', () => {
    const token = signToken(secret, 'export', { list: 'NEEDS', lang: 'ar' }, later);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(readToken(secret, 'export', token)).toEqual({
      ok: true,
      payload: { list: 'NEEDS', lang: 'ar' },
      expiresAt: new Date(Math.floor(later.getTime() / 1000) * 1000),
    });
  });

  it('refuses a token changed, signed for another purpose or with another secret, or malformed', () => {
    const token = signToken(secret, 'export', { userId: 'a' }, later);
    const [body, mac] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ p: { userId: 'b' }, x: 9_999_999_999 })).toString('base64url')}.${mac}`;
    for (const bad of [forged, `${body}.${mac}x`, `${body}`, `${body}.${mac}.x`, '']) {
      expect(readToken(secret, 'export', bad)).toEqual({ ok: false, problem: 'malformed' });
    }
    expect(readToken(secret, 'unsubscribe', token)).toEqual({ ok: false, problem: 'malformed' });
    expect(readToken('y'.repeat(32), 'export', token)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('says when a genuine token has expired', () => {
    const token = signToken(secret, 'export', {}, new Date(2026, 0, 1));
    expect(readToken(secret, 'export', token)).toEqual({ ok: false, problem: 'expired', expiresAt: new Date(2026, 0, 1) });
  });
});

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A short-lived token that carries its own payload and expiry, signed with the platform's secret
 * for one purpose (a token signed for one purpose never opens another): `<payload>.<mac>`, both
 * base64url, safe in a URL path. Nothing is stored; the payload is readable, so it must hold
 * nothing secret.
 */
export function signToken(secret: string, purpose: string, payload: object, expiresAt: Date): string {
  const body = Buffer.from(JSON.stringify({ p: payload, x: Math.floor(expiresAt.getTime() / 1000) })).toString('base64url');
  return `${body}.${mac(secret, purpose, body)}`;
}

export type TokenReading<T> =
  { ok: true; payload: T; expiresAt: Date } | { ok: false; problem: 'malformed' } | { ok: false; problem: 'expired'; expiresAt: Date };

/** The payload of a genuine token still in date; `expired` only for a genuine one. */
export function readToken<T>(secret: string, purpose: string, token: string, now = new Date()): TokenReading<T> {
  const [body, given, extra] = token.split('.');
  if (!body || !given || extra !== undefined) return { ok: false, problem: 'malformed' };
  const expected = Buffer.from(mac(secret, purpose, body));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false, problem: 'malformed' };
  const decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { p: T; x: number };
  const expiresAt = new Date(decoded.x * 1000);
  return expiresAt.getTime() <= now.getTime() ? { ok: false, problem: 'expired', expiresAt } : { ok: true, payload: decoded.p, expiresAt };
}

function mac(secret: string, purpose: string, body: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${body}`).digest('base64url');
}

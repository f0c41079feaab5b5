import { loadConfig } from '#libs/core';
import { cookieRequestProblem, sessionCookieOptions, type CookieRequest } from './session-cookie.js';

const SAME_ORIGIN: CookieRequest = {
  method: 'POST',
  contentType: 'application/json',
  origin: 'https://gis.example.org',
  requestOrigin: 'https://gis.example.org',
  publicUrl: 'https://gis.example.org',
};

describe('cookieRequestProblem (CSRF rule of the session cookie)', () => {
  it("accepts a JSON POST from the site's own origin", () => {
    expect(cookieRequestProblem(SAME_ORIGIN)).toBeNull();
    expect(cookieRequestProblem({ ...SAME_ORIGIN, contentType: 'application/json; charset=utf-8' })).toBeNull();
    expect(cookieRequestProblem({ ...SAME_ORIGIN, contentType: 'Application/JSON' })).toBeNull();
  });

  it('accepts the origin of PUBLIC_URL even when the request reaches the api under another host (a proxy)', () => {
    expect(cookieRequestProblem({ ...SAME_ORIGIN, requestOrigin: 'http://10.0.0.5:3000', publicUrl: 'https://gis.example.org/app' })).toBeNull();
  });

  it("accepts the request's own host when PUBLIC_URL names another (same-origin in development)", () => {
    expect(
      cookieRequestProblem({
        ...SAME_ORIGIN,
        origin: 'http://127.0.0.1:4321',
        requestOrigin: 'http://127.0.0.1:4321',
        publicUrl: 'http://localhost:3000',
      }),
    ).toBeNull();
  });

  it('compares origins in canonical form (default port, case of the host)', () => {
    expect(cookieRequestProblem({ ...SAME_ORIGIN, origin: 'https://GIS.example.org:443' })).toBeNull();
    expect(cookieRequestProblem({ ...SAME_ORIGIN, publicUrl: 'https://gis.example.org:443/' })).toBeNull();
  });

  it.each([
    ['another site', 'https://evil.example'],
    ['a sub-domain', 'https://x.gis.example.org'],
    ['a look-alike suffix', 'https://gis.example.org.evil.example'],
    ['the same host over plain HTTP', 'http://gis.example.org'],
    ['another port', 'https://gis.example.org:8443'],
    ['an opaque origin', 'null'],
    ['something that is not an origin', 'not a url'],
    ['another scheme', 'file:///etc/passwd'],
  ])('refuses %s (%s), naming it', (_, origin) => {
    const problem = cookieRequestProblem({ ...SAME_ORIGIN, origin });
    expect(problem?.message).toContain(`not from ${origin}`);
  });

  it('refuses a request without an Origin header', () => {
    expect(cookieRequestProblem({ ...SAME_ORIGIN, origin: undefined })?.message).toMatch(/no Origin header/);
    expect(cookieRequestProblem({ ...SAME_ORIGIN, origin: '' })?.message).toMatch(/no Origin header/);
  });

  it('refuses what an HTML form or a simple request can send, whatever its origin', () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
      expect(cookieRequestProblem({ ...SAME_ORIGIN, contentType })?.message).toMatch(/POST with Content-Type application\/json/);
    }
    expect(cookieRequestProblem({ ...SAME_ORIGIN, method: 'GET' })?.message).toMatch(/POST/);
  });
});

describe('sessionCookieOptions', () => {
  it('keeps the cookie from scripts and other sites, sends it to /graphql only, for the life of a refresh token', () => {
    expect(sessionCookieOptions(loadConfig({ NODE_ENV: 'test', REFRESH_TOKEN_TTL_DAYS: '7' }))).toEqual({
      httpOnly: true,
      sameSite: 'strict',
      path: '/graphql',
      secure: false,
      maxAge: 7 * 86_400,
    });
  });

  it('marks the cookie Secure in production only', () => {
    const production = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-more-than-32-characters',
      DATABASE_URL: 'postgres://gis@db:5432/gis',
    });
    expect(sessionCookieOptions(production)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'strict', maxAge: 30 * 86_400 });
    expect(sessionCookieOptions(loadConfig({ NODE_ENV: 'development' })).secure).toBe(false);
  });
});

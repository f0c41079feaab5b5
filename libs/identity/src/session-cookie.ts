import type { CookieSerializeOptions } from '@fastify/cookie';
import { Injectable } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, ForbiddenError, reason, type Refusal } from '#libs/core';

/**
 * The browser session: the web app keeps no token that a script could read, so its refresh token
 * travels in an HttpOnly cookie instead of the response body. Everything about that cookie and its
 * CSRF protection is in this file.
 */

/** Where `login` and `acceptInvitation` put the refresh token. */
export enum RefreshTokenDelivery {
  BODY = 'BODY',
  COOKIE = 'COOKIE',
}
registerEnumType(RefreshTokenDelivery, {
  name: 'RefreshTokenDelivery',
  description: 'Where a new refresh token is sent: in the response body, or in an HttpOnly cookie for the web app.',
  valuesMap: {
    BODY: { description: "In the payload's refreshToken, for API clients that keep it themselves." },
    COOKIE: {
      description:
        "In the HttpOnly cookie gis_refresh (the web app), never readable by scripts; the payload's refreshToken is then null. " +
        'Only from the site itself: Origin header of this site, JSON POST.',
    },
  },
});

export const SESSION_COOKIE = 'gis_refresh';

/** The GraphQL endpoint: the only place the browser needs to send the cookie. */
const COOKIE_PATH = '/graphql';

/**
 * The cookie's attributes: never readable by scripts, sent only to /graphql, never on a request
 * started by another site (SameSite=Strict), only over HTTPS in production, and kept as long as
 * the refresh token lives.
 */
export function sessionCookieOptions(config: Pick<AppConfig, 'isProduction' | 'REFRESH_TOKEN_TTL_DAYS'>): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: COOKIE_PATH,
    secure: config.isProduction,
    maxAge: config.REFRESH_TOKEN_TTL_DAYS * 86_400,
  };
}

/** What the CSRF rule looks at in a request that would use the cookie. */
export interface CookieRequest {
  method: string;
  contentType: string | undefined;
  /** The `Origin` header, as the browser sent it. */
  origin: string | undefined;
  /** This request's own origin, from its scheme and Host (what a same-origin page sends). */
  requestOrigin: string;
  /** PUBLIC_URL, where the web app is published (possibly behind a proxy). */
  publicUrl: string;
}

/** `scheme://host[:port]` in canonical form, or null for anything that is not an http(s) origin. */
function canonicalOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Why a request may not use the session cookie, or null when it may. A cross-site request would
 * carry the cookie without its page being able to read the answer (CSRF), so a request that uses
 * the cookie must be a JSON POST (which a form cannot send, and which a cross-origin page cannot
 * send without a CORS preflight the api never grants) and name this site as its `Origin`: browsers
 * send the header on every POST, and a page cannot forge it. A request without it (not from a
 * browser, or from one that hides it) is refused too. SameSite=Strict is the second layer.
 */
export function cookieRequestProblem(request: CookieRequest): Refusal | null {
  const mediaType = request.contentType?.split(';', 1)[0].trim().toLowerCase();
  if (request.method.toUpperCase() !== 'POST' || mediaType !== 'application/json') {
    return reason('session.cookieNeedsJsonPost');
  }
  if (!request.origin) {
    return reason('session.cookieNeedsOrigin');
  }
  const origin = canonicalOrigin(request.origin);
  const allowed = [canonicalOrigin(request.publicUrl), canonicalOrigin(request.requestOrigin)];
  if (!origin || !allowed.includes(origin)) {
    return reason('session.cookieForeignOrigin', { origin: request.origin });
  }
  return null;
}

/** Sets, reads and clears the session cookie, and refuses requests that may not use it. */
@Injectable()
export class SessionCookie {
  constructor(private readonly config: AppConfig) {}

  /** FORBIDDEN, before anything is done, unless the request may use the cookie (see cookieRequestProblem). */
  assertMayUse(request: FastifyRequest): void {
    const contentType = request.headers['content-type'];
    const origin = request.headers.origin;
    const problem = cookieRequestProblem({
      method: request.method,
      contentType: typeof contentType === 'string' ? contentType : undefined,
      origin: typeof origin === 'string' ? origin : undefined,
      requestOrigin: `${request.protocol}://${request.host}`,
      publicUrl: this.config.publicUrl,
    });
    if (problem) throw new ForbiddenError(problem);
  }

  read(request: FastifyRequest): string | null {
    return request.cookies?.[SESSION_COOKIE] || null;
  }

  set(reply: FastifyReply, refreshToken: string): void {
    reply.setCookie(SESSION_COOKIE, refreshToken, sessionCookieOptions(this.config));
  }

  clear(reply: FastifyReply): void {
    const { maxAge: _ignored, ...attributes } = sessionCookieOptions(this.config);
    reply.clearCookie(SESSION_COOKIE, attributes);
  }
}

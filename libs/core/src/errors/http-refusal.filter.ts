import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { noteFault, noteRefusal } from '../logging/request-outcome.js';
import { httpRefusal } from './http-errors.js';

/**
 * For a plain HTTP route (a download, a feed): any error, the guards' included (a bad token is
 * UNAUTHENTICATED before the handler runs), answered as httpRefusal says it (status and JSON body
 * with code, reason and params). The request's access line says it (logging/request-outcome.ts):
 * a refusal at its code's level, an unexpected error at error with its stack, while the client
 * reads a generic message. Bind it with `@UseFilters(HttpRefusalFilter)` on the controller.
 */
@Catch()
export class HttpRefusalFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const refusal = httpRefusal(error);
    const reply = http.getResponse<FastifyReply>();
    // The route pattern, not the URL: the path or query string may carry a signed token.
    const route = `${request.method} ${request.routeOptions?.url ?? '?'}`;
    if (refusal.unexpected) noteFault(reply.raw, route, error instanceof Error ? error : new Error(String(error)));
    else noteRefusal(reply.raw, route, { code: refusal.body.error.code, reason: refusal.body.error.reason });
    if (refusal.body.error.retryAfterSeconds !== undefined) reply.header('retry-after', String(refusal.body.error.retryAfterSeconds));
    void reply.status(refusal.status).header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-store').send(refusal.body);
  }
}

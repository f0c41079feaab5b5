import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { httpRefusal } from './http-errors.js';

/**
 * For a plain HTTP route (a download, a feed): any error, the guards' included (a bad token is
 * UNAUTHENTICATED before the handler runs), answered as httpRefusal says it (status and JSON body
 * with code, reason and params). An unexpected one is logged with its stack; the client reads a
 * generic message. Bind it with `@UseFilters(HttpRefusalFilter)` on the controller.
 */
@Catch()
export class HttpRefusalFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpRefusal');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const refusal = httpRefusal(error);
    // The route pattern, not the URL: a query string may carry a signed token.
    if (refusal.unexpected) {
      this.logger.error(`unexpected error in ${request.method} ${request.routeOptions?.url ?? '?'} (request ${request.id}): ${(error as Error)?.message}`, (error as Error)?.stack);
    }
    const reply = http.getResponse<FastifyReply>();
    if (refusal.body.error.retryAfterSeconds !== undefined) reply.header('retry-after', String(refusal.body.error.retryAfterSeconds));
    void reply
      .status(refusal.status)
      .header('content-type', 'application/json; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(refusal.body);
  }
}

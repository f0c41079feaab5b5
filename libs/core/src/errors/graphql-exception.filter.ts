import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * Hands a resolver's or guard's error to Apollo untouched. Without it Nest's ExceptionsHandler logs
 * every error thrown in a resolver at error level with its stack, refusals included; the GraphQL
 * error-logging plugin (graphql/graphql-options.ts) logs each once, at the level its code deserves.
 * Other contexts (plain HTTP) keep Nest's own handling.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}

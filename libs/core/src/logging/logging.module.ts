import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from '../config/app-config.js';
import { accessLogLevel, accessLogProps, requestOutcome } from './request-outcome.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Secrets that must never reach a log line, wherever they appear. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
];

/**
 * A request's URL as logged: the query string and any path segment long enough to be a signed token
 * (an export link is `/exports/<payload>.<signature>`) hidden; ids (UUIDs) and names stay.
 */
export function loggedUrl(url: string): string {
  const [path = '', query] = url.split('?', 2);
  const shown = path
    .split('/')
    .map((segment) => (segment.length > 48 ? '[redacted]' : segment))
    .join('/');
  return query === undefined ? shown : `${shown}?[redacted]`;
}

/** The id of a request: the caller's `x-request-id` when it looks sane, else a new UUID. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The access line's message: what was refused or failed, else pino-http's own. */
function refusalMessage(res: ServerResponse): string {
  const outcome = requestOutcome(res);
  const refusals = outcome?.refusals.map((r) => `${r.code} ${r.reason}`).join(', ');
  return refusals ? `refused ${refusals} in ${outcome?.operation ?? 'anonymous operation'}` : 'request completed';
}

/**
 * JSON logs through pino. Each HTTP request's id (see requestIdFor, given to Fastify as its
 * genReqId) is echoed in the response and attached to every line logged for the request.
 *
 * A request is logged once, on its access line: a refusal (noteRefusal, request-outcome.ts) at its
 * code's level, with code, reason and operation but no stack; an internal error (noteFault) at
 * error with its stack (docs/ARCHITECTURE.md, "Errors"). `destination` replaces standard output
 * (the tests read the lines).
 */
@Module({})
export class LoggingModule {
  static forRoot(processName: string, destination?: DestinationStream): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            const options: Options = {
              level: config.LOG_LEVEL,
              base: { process: processName },
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health/') ?? false },
              serializers: {
                req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: loggedUrl(req.url) }),
              },
              customLogLevel: (_req, res, err) => accessLogLevel(res, err),
              customProps: (_req, res) => accessLogProps(res),
              customSuccessMessage: (_req, res) => refusalMessage(res),
              customErrorMessage: (_req, res) => `failed in ${requestOutcome(res)?.operation ?? 'anonymous operation'}`,
            };
            return {
              // Spelled out because the package's default pattern does not match under Fastify here.
              forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
              pinoHttp: destination ? [options, destination] : options,
            };
          },
        }),
      ],
    };
  }
}

import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config.js';

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

/** The id of a request: the caller's `x-request-id` when it looks sane, else a new UUID. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * JSON logs through pino. Each HTTP request's id (see requestIdFor, given to Fastify as its
 * genReqId) is echoed in the response and attached to every line logged for the request.
 */
@Module({})
export class LoggingModule {
  static forRoot(processName: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            // Spelled out because the package's default pattern does not match under Fastify here.
            forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
            pinoHttp: {
              level: config.LOG_LEVEL,
              base: { process: processName },
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health/') ?? false },
              serializers: {
                req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
              },
            },
          }),
        }),
      ],
    };
  }
}

import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { ArgsValidationPipe, requestIdFor, type AppConfig } from '#libs/core';
import { ApiModule, type ApiOptions } from './api.module.js';
import { QueueDashboard } from './queue-dashboard/queue-dashboard.js';
import { DEFAULT_WEB_ROOT, serveWebApp } from './web-app.js';

/**
 * Builds the api application (not yet listening): Fastify, chosen over Express because it served
 * GraphQL about 1.35 times faster here (see README). Used by main.ts and by the tests.
 */
export async function createApiApp(config: AppConfig, options: ApiOptions & { webRoot?: string | null }): Promise<NestFastifyApplication> {
  // The body limit admits a national report of up to 5 MB, base64-encoded (importNationalReport).
  // A download link carries its signed request in its path (libs/open-data): longer than Fastify's 100-character default.
  const adapter = new FastifyAdapter({
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 8 * 1_048_576,
    routerOptions: { maxParamLength: 4096 },
    genReqId: requestIdFor,
  });
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, options), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // Parses the session cookie of the web app (libs/identity/src/session-cookie.ts) and lets resolvers set it.
  await app.register(fastifyCookie);
  app.useGlobalPipes(new ArgsValidationPipe());
  await app.get(QueueDashboard).mount(app);
  // The web app, when built (`npm run build`); null leaves it out (most integration tests).
  if (options.webRoot !== null && !(await serveWebApp(app, options.webRoot ?? DEFAULT_WEB_ROOT))) {
    app.get(Logger).warn(`No web app build in ${options.webRoot ?? DEFAULT_WEB_ROOT}: run npm run build to serve it.`, 'WebApp');
  }
  return app;
}

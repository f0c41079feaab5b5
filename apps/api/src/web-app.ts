import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Paths the api answers itself: the web app's fallback never shadows them. */
// The queue dashboard only: the rest of /admin/ is the administrators' pages of the web app.
export const API_PATHS = ['/graphql', '/health', '/admin/queues', '/notifications/unsubscribe', '/exports/', '/iati', '/assets/'];

/** Where `npm run build` puts the web app (the Docker image copies the same folder). */
export const DEFAULT_WEB_ROOT = resolve('dist/web');

/**
 * `npm start` builds the web app beside the api's start (scripts/build.mjs, "The web step beside
 * the api"): while its Vite build runs, `<webRoot>.building` holds the builder's pid. Waits for
 * that file to go (or for its process to be gone: a build stopped half-way leaves it behind), at
 * most `timeoutMs`, so the files are all there when their routes are made.
 */
export async function waitForWebBuild(webRoot: string, timeoutMs = 120_000): Promise<void> {
  const lock = `${webRoot}.building`;
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    let pid: number;
    try {
      pid = Number(readFileSync(lock, 'utf8'));
    } catch {
      return; // no build running
    }
    if (!Number.isInteger(pid) || pid <= 0 || !processExists(pid)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Serves the built web app on the api's port: hashed files under /assets/ cached for a year
 * (their name changes with their content), everything else, and above all the HTML, revalidated
 * every time; any other GET that is not the api's falls back to index.html so client routes
 * (`/needs/<id>`, `/settings/notifications`) open the app. Returns false when there is no build.
 */
export async function serveWebApp(app: NestFastifyApplication, webRoot = DEFAULT_WEB_ROOT): Promise<boolean> {
  await waitForWebBuild(webRoot);
  const indexFile = join(webRoot, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile);
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    // One route per file, found at start: unknown paths fall through to the app below.
    wildcard: false,
    index: false,
    preCompressed: true,
    decorateReply: false,
    cacheControl: false,
    setHeaders: (reply, path) => {
      const hashed = path.includes(`${join(webRoot, 'assets')}/`);
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      reply.header('x-content-type-options', 'nosniff');
    },
  });
  fastify.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    handler: (request, reply) => {
      const path = request.url.split('?')[0]!;
      if (API_PATHS.some((p) => path === p.replace(/\/$/, '') || path.startsWith(p.endsWith('/') ? p : `${p}/`)) || /\.[a-z0-9]{1,8}$/i.test(path)) {
        return reply.callNotFound();
      }
      return reply
        .header('cache-control', 'no-store')
        .header('content-type', 'text/html; charset=utf-8')
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'same-origin')
        .header('x-frame-options', 'DENY')
        .send(index);
    },
  });
  return true;
}

// Only what runs before Nest, imported alone: the app's modules (about 2 s to load) are imported
// below once the embedded PostgreSQL has begun to start, in its own process, beside them.
import { armShutdownTimeout, exitOnStartupError, loadOnce, prepareProcess, stopOnSignals } from '#libs/core/bootstrap';
import type { Type } from '@nestjs/common';

/**
 * Runs the api process: GraphQL over HTTP and the web app. `loadWorkerModule` also runs the
 * worker's processors here: the quick start (apps/quickstart) passes it; the api never imports the
 * worker itself. Resolves once it listens (a failed start ends the process).
 */
export function runApi(options: { loadWorkerModule?: () => Promise<Type<unknown>> } = {}): Promise<void> {
  return start(options).catch(exitOnStartupError);
}

async function start({ loadWorkerModule }: { loadWorkerModule?: () => Promise<Type<unknown>> }): Promise<void> {
  const load = loadOnce(() => Promise.all([import('@nestjs/common'), import('#libs/setup'), import('./api.app.js'), loadWorkerModule?.()]));
  const { config, embeddedDatabase } = await prepareProcess({ processName: 'api', needsRedis: true, whileDatabaseStarts: load });
  const [{ Logger }, { DEMO_PASSWORD, DEMO_STATES, DEMO_USERS, SetupService }, { createApiApp }, workerModule] = await load();
  const app = await createApiApp(config, { workerModule });
  stopOnSignals(app, embeddedDatabase, (message) => new Logger('Shutdown').log(message));
  armShutdownTimeout(config.SHUTDOWN_TIMEOUT_MS);
  const logger = new Logger('Api');
  if (config.MIGRATE_ON_START || config.loadDemoData) {
    await app.get(SetupService).prepare({
      migrate: config.MIGRATE_ON_START,
      seed: config.MIGRATE_ON_START,
      demo: config.loadDemoData,
    });
  }
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.log(`Web app at http://localhost:${config.PORT}/ and GraphQL at /graphql${workerModule ? ' (worker running in this process)' : ''}`);
  if (config.loadDemoData) {
    // One line per role's account; the NPCs of the other demo States by their pattern (README).
    const others = new Set(DEMO_STATES.map((s) => `npc.${s.key}@example.org`));
    const accounts = DEMO_USERS.filter((u) => !others.has(u.email)).map((u) => `${u.role.padEnd(18)} ${u.email}`);
    accounts.push(`${'NPC'.padEnd(18)} npc.<state>@example.org for the ${others.size} other States with demo needs (npc.kenya@, npc.senegal@, ...)`);
    logger.log(`demo accounts (password "${DEMO_PASSWORD}"):\n  ${accounts.join('\n  ')}`);
  }
}

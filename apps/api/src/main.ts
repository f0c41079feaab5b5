import 'reflect-metadata';
// Only what runs before Nest, imported alone: the app's modules (about 2 s to load) are imported
// below while the embedded PostgreSQL starts, in its own process, beside them.
import { armShutdownTimeout, exitOnStartupError, prepareProcess, stopOnSignals } from '#libs/core/bootstrap';

/**
 * The api process: GraphQL over HTTP. `--with-worker` also runs the worker's processors here,
 * which is what `npm start` does for the quick start.
 */
async function main(): Promise<void> {
  const withWorker = process.argv.includes('--with-worker');
  const loading = Promise.all([import('@nestjs/common'), import('#libs/setup'), import('./api.app.js')]);
  loading.catch(() => undefined); // awaited below; a failure to load is reported there
  const { config, embeddedDatabase } = await prepareProcess({ processName: 'api', needsRedis: true });
  const [{ Logger }, { DEMO_PASSWORD, DEMO_STATES, DEMO_USERS, SetupService }, { createApiApp }] = await loading;
  const app = await createApiApp(config, { withWorker });
  stopOnSignals(app, embeddedDatabase);
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
  logger.log(`Web app at http://localhost:${config.PORT}/ and GraphQL at /graphql${withWorker ? ' (worker running in this process)' : ''}`);
  if (config.loadDemoData) {
    // One line per role's account; the NPCs of the other demo States by their pattern (README).
    const others = new Set(DEMO_STATES.map((s) => `npc.${s.key}@example.org`));
    const accounts = DEMO_USERS.filter((u) => !others.has(u.email)).map((u) => `${u.role.padEnd(18)} ${u.email}`);
    accounts.push(`${'NPC'.padEnd(18)} npc.<state>@example.org for the ${others.size} other States with demo needs (npc.kenya@, npc.senegal@, ...)`);
    logger.log(`demo accounts (password "${DEMO_PASSWORD}"):\n  ${accounts.join('\n  ')}`);
  }
}

main().catch(exitOnStartupError);

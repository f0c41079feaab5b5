import { existsSync } from 'node:fs';
import module from 'node:module';
import { pino } from 'pino';
import { loadConfig, ConfigError, type AppConfig } from '../config/app-config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres.js';
import { assertRedisReachable } from '../queue/redis.js';
import { ensureJwtSecret } from './local-secret.js';

// On Node 22.1 and later, V8 keeps the compiled code of the modules on disk (in the system's
// temporary folder) and a restart reads it instead of compiling again: most of a restart is loading
// modules. Called before the processes import their modules (each main imports this file first).
// Node 20 has no such cache and starts as before.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

export interface PreparedProcess {
  config: AppConfig;
  embeddedDatabase: EmbeddedDatabase | null;
}

/**
 * What every process does before Nest starts: read `.env` if present, validate the configuration
 * once, take the JWT secret generated for this checkout when JWT_SECRET is unset (outside
 * production), start the embedded PostgreSQL when DATABASE_URL is unset (development), and check
 * that Redis answers. Each failure ends in a message that says what to fix. `whileDatabaseStarts`
 * (perhaps called more than once) is when to start loading the app's modules: as soon as the
 * embedded PostgreSQL's process works, or at once without one. Not before: on Node 22 and later an
 * `import()` does much of its loading before it returns, which would delay the database's start.
 */
export async function prepareProcess(options: {
  processName: string;
  needsRedis: boolean;
  quiet?: boolean;
  whileDatabaseStarts?: () => unknown;
}): Promise<PreparedProcess> {
  const whileDatabaseStarts = options.whileDatabaseStarts ?? (() => undefined);
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  // Nest's logger is not up yet: log the same JSON lines with pino directly. A command (`quiet`)
  // keeps its output for its result: start-up says only what goes wrong, on stderr.
  const log = pino({ level: options.quiet ? 'warn' : config.LOG_LEVEL, base: { process: options.processName } }, pino.destination(options.quiet ? 2 : 1)).child(
    { context: 'Bootstrap' },
  );
  const logger = { log: (message: string) => log.info(message), warn: (message: string) => log.warn(message) };
  await ensureJwtSecret(config, logger);
  let embeddedDatabase: EmbeddedDatabase | null = null;
  if (!config.DATABASE_URL) {
    embeddedDatabase = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT, logger, whileDatabaseStarts);
    config.DATABASE_URL = embeddedDatabase.url;
  } else {
    whileDatabaseStarts();
  }
  if (options.needsRedis) await assertRedisReachable(config.REDIS_URL);
  return { config, embeddedDatabase };
}

/**
 * The app's modules, imported once when first asked for (prepareProcess's `whileDatabaseStarts`,
 * then awaited): a failure to load is reported where they are awaited, not as an unhandled rejection.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      loading = load();
      loading.catch(() => undefined);
    }
    return loading;
  };
}

/** Prints why the process cannot start and exits non-zero. */
export function exitOnStartupError(error: unknown): never {
  const message = error instanceof ConfigError ? error.message : `Cannot start: ${(error as Error)?.message ?? String(error)}`;
  process.stderr.write(`${message}\n`);
  if (!(error instanceof ConfigError) && process.env.LOG_LEVEL === 'debug') {
    process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  }
  process.exit(1);
}

/** Forces the exit if a graceful shutdown takes longer than `timeoutMs`. */
export function armShutdownTimeout(timeoutMs: number): void {
  const arm = (signal: NodeJS.Signals) => {
    process.once(signal, () => {
      setTimeout(() => {
        process.stderr.write(`shutdown took longer than ${timeoutMs} ms; exiting\n`);
        process.exit(1);
      }, timeoutMs).unref();
    });
  };
  arm('SIGTERM');
  arm('SIGINT');
}

/**
 * A graceful stop on SIGTERM or SIGINT: the app closes first (Fastify stops taking requests and
 * finishes those in flight, the queues' workers finish their jobs, the pools close), then the
 * embedded PostgreSQL stops, then the process exits. Nest's own shutdown hooks would end the
 * process before the database could be stopped after it. `log` says at once that the stop has
 * begun (the modules' own hooks, such as Apollo's drain of in-flight operations, come later); the
 * app's ShutdownLogger says when it is over.
 */
export function stopOnSignals(app: { close(signal?: string): Promise<void> }, embeddedDatabase: EmbeddedDatabase | null, log: (message: string) => void): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing in-flight requests and jobs`);
    let code = 0;
    try {
      await app.close(signal);
    } catch (error) {
      process.stderr.write(`error while stopping: ${(error as Error)?.stack ?? String(error)}\n`);
      code = 1;
    }
    await embeddedDatabase?.stop();
    process.exit(code);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, (received) => void stop(received));
}

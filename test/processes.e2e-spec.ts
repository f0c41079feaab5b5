import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import pg from 'pg';
import { DEMO_PASSWORD, DEMO_USERS } from '#libs/setup';
import { createTestDatabase, dropDatabase } from './support/databases.js';
import { postGraphQL } from './support/test-app.js';
import { queuePrefixBase, TEST_JWT_SECRET, TEST_REDIS_URL } from './support/test-env.js';
import { waitFor } from './support/wait.js';

const ROOT = resolve(import.meta.dirname, '..');
const API = join(ROOT, 'dist/apps/api/src/main.js');
const QUICKSTART = join(ROOT, 'dist/apps/quickstart/src/main.js');
const WORKER = join(ROOT, 'dist/apps/worker/src/main.js');
const CLI = join(ROOT, 'dist/apps/cli/src/main.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The development JWT secret that an earlier version of the source carried: anyone could sign with it. */
const PUBLISHED_DEVELOPMENT_SECRET = 'development-only-secret-change-me-0123456789abcdef';

/** An access token for `sub` signed with `secret`, as the api issues them. */
function signedToken(sub: string, secret: string): string {
  return new JwtService().sign({ sub }, { secret, audience: 'gis-api', issuer: 'gis-marketplace', expiresIn: 300 });
}

function subjectOf(accessToken: string): string {
  return (JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as { sub: string }).sub;
}

function baseEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, QUEUE_PREFIX: `${queuePrefixBase()}-proc`, JWT_SECRET: TEST_JWT_SECRET, ...extra };
}

/** `detached`: in a process group of its own, as a terminal's foreground job is (for a Ctrl-C to it). */
function start(
  entry: string,
  args: string[],
  env: Record<string, string | undefined>,
  cwd = ROOT,
  detached = false,
): ChildProcessWithoutNullStreams & { output: () => string } {
  const child = spawn(process.execPath, [entry, ...args], { cwd, env: baseEnv(env), detached });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return Object.assign(child, { output: () => output });
}

function run(entry: string, args: string[], env: Record<string, string | undefined>, timeoutMs = 30_000): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [entry, ...args], { cwd: ROOT, env: baseEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${entry} ${args.join(' ')} did not finish: ${stdout}${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/**
 * Sends SIGTERM and waits for the exit. Nest re-raises the signal once it has shut down, so a
 * graceful stop ends "killed by SIGTERM" after the 'stopped' log line.
 */
/** SIGTERM to the process, or `ctrlC`: SIGINT to its whole process group, as a terminal sends it. */
function terminate(child: ChildProcessWithoutNullStreams & { output: () => string }, timeoutMs: number, ctrlC = false): Promise<string> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the process did not exit in time: ${child.output()}`)), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done(`${signal ?? code}`);
    });
    if (ctrlC) process.kill(-child.pid!, 'SIGINT');
    else child.kill('SIGTERM');
  });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

type Child = { output: () => string; exitCode: number | null };

/** Throws when `child` has exited, to stop waiting for it at once. */
function stillRunning(child: Child): void {
  if (child.exitCode !== null) throw new Error(`the process exited: ${child.output()}`);
}

/** Waits until `child`'s output holds `text`. */
function waitForOutput(child: Child, text: string | RegExp, timeoutMs = 30_000): Promise<void> {
  const found = () => (typeof text === 'string' ? child.output().includes(text) : text.test(child.output()));
  return waitFor(
    () => `${text} in the output: ${child.output()}`,
    async () => {
      stillRunning(child);
      return found();
    },
    timeoutMs,
  );
}

async function waitForHttp(url: string, child: Child, timeoutMs: number): Promise<void> {
  await waitFor(
    () => `${url} to answer: ${child.output()}`,
    async () => {
      stillRunning(child);
      try {
        return (await fetch(url)).ok;
      } catch {
        return false; // not listening yet
      }
    },
    timeoutMs,
  );
}

describe('the processes as deployed (built entry points)', () => {
  beforeAll(() => {
    if (!existsSync(API)) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  });

  it('refuses to start with PORT=abc, naming PORT', async () => {
    const result = await run(API, [], { PORT: 'abc', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/PORT .*"abc"/);
  });

  it('refuses to start when Redis cannot be reached, naming REDIS_URL and how to start Redis', async () => {
    const db = await createTestDatabase();
    try {
      const result = await run(API, [], { DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:1' });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('REDIS_URL=redis://127.0.0.1:1');
      expect(result.stderr).toContain('redis-server');
    } finally {
      await dropDatabase(db.name);
    }
  });

  it('quick start: with no DATABASE_URL it runs an embedded PostgreSQL, serves 193 States and demo logins, and stops cleanly; no JWT secret known from the source opens it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gis-quickstart-'));
    chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when we are root
    const [port, pgPort] = [await freePort(), await freePort()];
    const startedAt = Date.now();
    const api = start(
      QUICKSTART,
      [],
      {
        NODE_ENV: 'development',
        PORT: String(port),
        EMBEDDED_PG_PORT: String(pgPort),
        EMBEDDED_PG_DIR: join(dataDir, 'postgres'),
        REDIS_URL: TEST_REDIS_URL,
        JWT_SECRET: undefined,
      },
      dataDir,
      true,
    );
    try {
      const url = `http://127.0.0.1:${port}`;
      await waitForHttp(`${url}/health/ready`, api, 60_000);
      expect(Date.now() - startedAt).toBeLessThan(60_000);
      const states = await postGraphQL<{ memberStates: { iso3: string }[] }>(url, '{ memberStates { iso3 } }');
      expect(states.data?.memberStates).toHaveLength(193);
      // The built code (scripts/build.mjs, not tsc) makes the very schema committed: in development
      // the api writes what it built into its working directory.
      expect(readFileSync(join(dataDir, 'schema.gql'), 'utf8')).toBe(readFileSync(join(ROOT, 'schema.gql'), 'utf8'));
      for (const user of DEMO_USERS) {
        const login = await postGraphQL<{ login: { user: { roles: string[] } } }>(url, 'mutation ($i: LoginInput!) { login(input: $i) { user { roles } } }', {
          i: { email: user.email, password: DEMO_PASSWORD },
        });
        expect(login.data?.login.user.roles).toEqual([user.role]);
      }
      expect(api.output()).toContain(`demo accounts (password \\"${DEMO_PASSWORD}\\")`);

      // Its JWT secret was generated beside the database's data, private to its owner...
      const secretFile = join(dataDir, 'jwt-secret');
      expect(statSync(secretFile).mode & 0o777).toBe(0o600);
      const secret = readFileSync(secretFile, 'utf8').trim();
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(api.output()).toContain(`generated a secret in ${secretFile}`);
      // ... so a token forged with the value the source once carried is refused, and one signed with it is taken.
      const admin = await postGraphQL<{ login: { accessToken: string } }>(url, 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
        i: { email: 'admin@example.org', password: DEMO_PASSWORD },
      });
      const sub = subjectOf(admin.data!.login.accessToken);
      const forged = await postGraphQL(url, '{ me { email } }', {}, signedToken(sub, PUBLISHED_DEVELOPMENT_SECRET));
      expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(forged.data ?? null).toBeNull();
      const genuine = await postGraphQL<{ me: { email: string } }>(url, '{ me { email } }', {}, signedToken(sub, secret));
      expect(genuine.data?.me.email).toBe('admin@example.org');

      // The CLI beside it, with the same settings and nothing more: it joins the running database
      // (does not start another on the same data, nor stop it), and prints its result alone.
      const embedded = { NODE_ENV: 'development', EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: join(dataDir, 'postgres'), JWT_SECRET: undefined };
      const created = await run(CLI, ['create-admin', '--email', 'beside@example.org', '--password', 'a long admin password'], embedded);
      expect(created).toMatchObject({ code: 0, stdout: 'administrator beside@example.org created\n' });
      const asNew = await postGraphQL<{ login: { user: { roles: string[] } } }>(url, 'mutation ($i: LoginInput!) { login(input: $i) { user { roles } } }', {
        i: { email: 'beside@example.org', password: 'a long admin password' },
      });
      expect(asNew.data?.login.user.roles).toEqual(['ADMIN']);
      expect((await postGraphQL<{ memberStates: unknown[] }>(url, '{ memberStates { iso3 } }')).data?.memberStates).toHaveLength(193);

      // A request in flight when Ctrl-C comes is finished, on a database that is still there: the edit
      // waits for a row lock held here, SIGINT goes to the terminal's whole process group (PostgreSQL
      // runs in a group of its own, so only the api gets it), then the lock is let go. Stopped last,
      // the database ends its sessions cleanly.
      const npc = (
        await postGraphQL<{ login: { accessToken: string } }>(url, 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
          i: { email: 'npc.ghana@example.org', password: DEMO_PASSWORD },
        })
      ).data!.login.accessToken;
      const { needs } = (
        await postGraphQL<{ needs: { edges: { node: { id: string; version: number } }[] } }>(
          url,
          '{ needs(filter: { states: ["GHA"] }, first: 1) { edges { node { id version } } } }',
          {},
          npc,
        )
      ).data!;
      const need = needs.edges[0]!.node;
      const locker = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/gis` });
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query('SELECT id FROM need WHERE id = $1 FOR UPDATE', [need.id]);
      const inFlight = postGraphQL<{ updateNeed: { title: string } }>(
        url,
        'mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { title } }',
        { input: { needId: need.id, expectedVersion: need.version, title: 'Edited while the server stops' } },
        npc,
      );
      await waitFor(
        'the edit to wait for the row lock',
        async () =>
          // A row lock waited for (other sessions may wait on advisory locks of their own).
          (await locker.query(`SELECT 1 FROM pg_locks WHERE NOT granted AND locktype IN ('transactionid', 'tuple')`)).rowCount! > 0,
      );
      const exited = terminate(api, 30_000, true);
      // The point of the test: the api does not exit while the edit waits, so a fixed time in which
      // nothing may happen, once the api has said the stop began.
      await waitForOutput(api, 'SIGINT received: finishing in-flight requests and jobs');
      await new Promise((r) => setTimeout(r, 1500));
      expect(api.exitCode).toBeNull(); // still finishing the edit
      await locker.query('COMMIT');
      await locker.end();
      expect((await inFlight).data?.updateNeed.title).toBe('Edited while the server stops');
      expect(await exited).toBe('0');
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
      expect(api.output()).not.toMatch(/terminating connection|Connection terminated|administrator command|"level":50/);
      expect(api.output()).toMatch(/SIGINT received: finishing in-flight requests and jobs[\s\S]*"msg":"stopped"/);
    } finally {
      if (api.exitCode === null) process.kill(-api.pid!, 'SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('api and worker started together without JWT_SECRET share the one generated: an invitation link the worker signs opens in the api', async () => {
    const db = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'gis-secret-'));
    const port = await freePort();
    const env = {
      NODE_ENV: 'development',
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      PORT: String(port),
      EMBEDDED_PG_DIR: join(dataDir, 'postgres'),
      JWT_SECRET: undefined,
      OUTBOX_POLL_INTERVAL_MS: '50',
    };
    const [api, worker] = [start(API, [], env), start(WORKER, [], env)];
    try {
      const url = `http://127.0.0.1:${port}`;
      await waitForHttp(`${url}/health/ready`, api, 60_000);
      const login = await postGraphQL<{ login: { accessToken: string } }>(url, 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
        i: { email: 'admin@example.org', password: DEMO_PASSWORD },
      });
      const admin = login.data!.login.accessToken;
      const { organisations } = (await postGraphQL<{ organisations: { id: string; name: string }[] }>(url, '{ organisations { id name } }', {}, admin)).data!;
      const ghana = organisations.find((o) => o.name === 'Ghana')!.id;
      const invited = await postGraphQL<{ inviteUser: { acceptUrl: string } }>(
        url,
        'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }',
        { input: { email: 'second.npc@example.org', displayName: 'Second NPC', organisationId: ghana, role: 'NPC' } },
        admin,
      );
      expect(invited.errors).toBeUndefined();
      // The worker announces the invitation with the link it signs itself.
      const invitation = /invitation for second\.npc@example\.org[^\n]*?(\/invitations\/accept\?token=[^"\s\\]+)/;
      await waitForOutput(worker, invitation);
      const link = worker.output().match(invitation);
      expect(link).not.toBeNull();
      const token = decodeURIComponent(new URL(link![1], url).searchParams.get('token')!);
      const accepted = await postGraphQL<{ acceptInvitation: { accessToken: string } }>(
        url,
        'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
        { input: { token, password: 'a long enough test passphrase' } },
      );
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data?.acceptInvitation.accessToken).toBeTruthy();
      // One secret file, the one both used.
      expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim()).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await terminate(worker, 30_000)).toMatch(/^(SIGTERM|0|143)$/);
      expect(await terminate(api, 30_000)).toMatch(/^(SIGTERM|0|143)$/);
    } finally {
      for (const child of [api, worker]) if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      await dropDatabase(db.name);
    }
  }, 120_000);

  it('runs the worker as its own process and stops it gracefully on SIGTERM', async () => {
    const db = await createTestDatabase();
    const worker = start(WORKER, [], { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET });
    try {
      await waitForOutput(worker, 'worker started');
      expect(worker.output()).toContain('worker started');
      expect(await terminate(worker, 30_000)).toMatch(/^(SIGTERM|0|143)$/);
      expect(worker.output()).toContain('"msg":"stopped"');
    } finally {
      if (worker.exitCode === null) worker.kill('SIGKILL');
      await dropDatabase(db.name);
    }
  }, 60_000);

  it('creates an administrator from the CLI, once', async () => {
    const db = await createTestDatabase();
    const env = { DATABASE_URL: db.url };
    try {
      expect((await run(CLI, ['migrate'], env)).stdout).toContain('no pending migrations');
      const created = await run(CLI, ['create-admin', '--email', 'Boss@Example.org', '--name', 'Boss', '--password', 'a long admin password'], env);
      expect(created.code).toBe(0);
      expect(created.stdout).toContain('administrator Boss@Example.org created');
      const again = await run(CLI, ['create-admin', '--email', 'boss@example.org', '--password', 'a long admin password'], env);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('already an administrator');
      const weak = await run(CLI, ['create-admin', '--email', 'weak@example.org', '--password', 'short'], env);
      expect(weak.code).toBe(1);
      expect(weak.stderr).toContain('12 to 128 characters');
    } finally {
      await dropDatabase(db.name);
    }
  }, 60_000);

  it('runs a full rematch from the CLI with progress in the log, resuming an unfinished run first', async () => {
    const db = await createTestDatabase();
    const env = { DATABASE_URL: db.url };
    try {
      expect((await run(CLI, ['seed', '--demo'], env)).code).toBe(0);
      const first = await run(CLI, ['rematch'], env);
      expect(first.code).toBe(0);
      const result = JSON.parse(first.stdout.trim().split('\n').at(-1)!) as { run: string; status: string; needs: number; matchesChanged: number };
      expect(result).toMatchObject({ status: 'COMPLETED' });
      expect(result.needs).toBeGreaterThan(0);
      expect(result.matchesChanged).toBeGreaterThan(0);
      expect(first.stdout + first.stderr).toMatch(new RegExp(`full rematch ${result.run}: ${result.needs}/${result.needs} needs`));

      // A run left RUNNING (its process stopped) is taken up again rather than a new one begun.
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        const { rows } = await client.query(
          `INSERT INTO match_run (status, trigger, settings, settings_hash, needs_total) VALUES ('RUNNING', 'COMMAND', '{}', 'x', 0) RETURNING id`,
        );
        const resumed = await run(CLI, ['rematch'], env);
        expect(JSON.parse(resumed.stdout.trim().split('\n').at(-1)!)).toMatchObject({ run: rows[0].id, status: 'COMPLETED', matchesChanged: 0 });
      } finally {
        await client.end();
      }
    } finally {
      await dropDatabase(db.name);
    }
  }, 90_000);
});

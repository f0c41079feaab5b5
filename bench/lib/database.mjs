// Databases for the benchmarks: each run makes its own and drops it at the end.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import net from 'node:net';
import pg from 'pg';

export const root = resolve(import.meta.dirname, '../..');
export const server = (process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');

/** Runs one statement on the server's `postgres` database (CREATE / DROP DATABASE). */
export async function admin(sql) {
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Migrates `database` and loads the reference data, with the built CLI (`seed`). */
export function seedReference(database) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'dist/apps/cli/src/main.js'), 'seed'], {
      cwd: root,
      env: { PATH: process.env.PATH, DATABASE_URL: `${server}/${database}`, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`seed exited with ${code}`))));
  });
}

/** A deterministic generator (a linear congruential one), so runs compare. */
export function seededRandom(seed) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const some = (list, min, max) => {
    const n = min + Math.floor(random() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  return { random, pick, some };
}

/** A TCP port free on 127.0.0.1, for the api a bench starts. */
export async function freePort() {
  const s = net.createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

// Measures the quick start: from `node dist/apps/api/src/main.js --with-worker` with no
// DATABASE_URL (embedded PostgreSQL in a new, empty data directory) to /health/ready answering
// and `{ memberStates { iso3 } }` returning 193 rows. Then a second start on the same data
// directory (no initdb). Needs `npm run build` and Redis. Prints one JSON line.
//   npm run bench:startup
import { spawn } from 'node:child_process';
import { freePort } from './lib/database.mjs';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const api = join(root, 'dist/apps/api/src/main.js');


async function startOnce(dataDir) {
  const [port, pgPort] = [await freePort(), await freePort()];
  const started = performance.now();
  const child = spawn(process.execPath, [api, '--with-worker'], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      EMBEDDED_PG_DIR: join(dataDir, 'postgres'),
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `gis-bench-${process.pid}`,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  let ready;
  while (!ready) {
    if (child.exitCode !== null) throw new Error('the api exited during start');
    if (performance.now() - started > 120_000) throw new Error('no answer within 120 s');
    try {
      if ((await fetch(`${url}/health/ready`)).ok) ready = performance.now();
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ memberStates { iso3 } }' }),
  });
  const states = (await response.json()).data.memberStates.length;
  const served = performance.now();
  await new Promise((done) => {
    child.on('close', done);
    child.kill('SIGTERM');
  });
  return { readyMs: Math.round(ready - started), firstQueryMs: Math.round(served - started), states };
}

const dataDir = mkdtempSync(join(tmpdir(), 'gis-bench-startup-'));
chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as its own user when we are root
try {
  const cold = await startOnce(dataDir);
  const warm = await startOnce(dataDir);
  console.log(
    JSON.stringify({
      bench: 'startup',
      cold_ready_ms: cold.readyMs,
      cold_first_query_ms: cold.firstQueryMs,
      warm_ready_ms: warm.readyMs,
      member_states: cold.states,
    }),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

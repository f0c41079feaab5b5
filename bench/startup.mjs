// Measures the quick start as a new user meets it: `npm start` in a fresh checkout, from `npm ci`
// done to the app ready, then a restart.
//
// The fresh checkout: the files git has for this working tree (tracked, and new ones not ignored,
// as a clone of a commit of it would have them: no dist/, no .data/) copied to a new temporary
// folder, with node_modules a symlink to this checkout's (as if `npm ci` had run there).
//   build_ms              `npm run build` (the full build: server code, start bundle and web app) in one such checkout
//   cold_ready_ms         `npm start` in another, from the spawn to /health/ready answering 200: its
//                         build (the server code; the web app beside), initdb of the embedded PostgreSQL, migrations, reference seed, demo
//                         accounts; then the first `{ memberStates { iso3 } }` (cold_first_query_ms)
//                         and the web app's page at / (cold_web_page_ms); cold_compressed_ms when the
//                         web app's pre-compression, run on after the start, has ended, and
//                         cold_bundled_ms when the start bundle, made once the app is ready, is there
//   warm_ready_ms         the same `npm start` again once the first has stopped (SIGTERM): nothing to
//                         build, the database already there, the start bundle run
//   noop_build_ms         `node scripts/build.mjs --changed` with nothing changed (part of warm)
// BENCH_REF=<commit> measures that commit (git archive) instead of the working tree.
// Needs Redis (REDIS_URL). Prints one JSON line.
//   npm run bench:startup
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { freePort } from './lib/database.mjs';

const root = resolve(import.meta.dirname, '..');
/** BENCH_REF=<commit> measures that commit instead of the working tree (the same node_modules): a before and after. */
const REF = process.env.BENCH_REF;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const temporary = [];

/** A new folder with this working tree's files as a clone would have them (or REF's), node_modules linked. */
function freshCheckout() {
  const dir = mkdtempSync(join(tmpdir(), 'gis-bench-startup-'));
  chmodSync(dir, 0o755); // the embedded PostgreSQL runs as its own user when we are root
  temporary.push(dir);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  if (REF) {
    execFileSync('sh', ['-c', `git archive --format=tar ${JSON.stringify(REF)} | tar -x -C ${JSON.stringify(dir)}`], { cwd: root });
    return dir;
  }
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\0')
    .filter((f) => f && existsSync(join(root, f)) && f !== 'node_modules');
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(root, file), join(dir, file));
  }
  return dir;
}

function timed(command, args, cwd) {
  const started = performance.now();
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  return Math.round(performance.now() - started);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startOnce(dir) {
  const [port, pgPort] = [await freePort(), await freePort()];
  const started = performance.now();
  const since = () => Math.round(performance.now() - started);
  const child = spawn(npm, ['start', '--silent'], {
    cwd: dir,
    detached: true, // its own process group, stopped whole below as a terminal's Ctrl-C would
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'development',
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `gis-bench-${process.pid}`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  let readyMs;
  while (readyMs === undefined) {
    if (child.exitCode !== null) throw new Error(`npm start exited during start:\n${stderr}`);
    if (since() > 120_000) throw new Error('no answer within 120 s');
    try {
      if ((await fetch(`${url}/health/ready`)).ok) readyMs = since();
    } catch {
      await sleep(20);
    }
  }
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ memberStates { iso3 } }' }),
  });
  const states = (await response.json()).data.memberStates.length;
  const firstQueryMs = since();
  const page = await fetch(`${url}/needs`);
  const html = await page.text();
  if (!page.ok || !html.includes('<script type="module"')) throw new Error(`the web app is not served at /needs (${page.status})`);
  const webPageMs = since();
  // The pre-compression of the web app runs on after the start (when it was built): its end is
  // when the step's stamp appears. Waited for, so that the restart finds nothing to build.
  const stamped = existsSync(join(dir, 'scripts/build.mjs')); // not before this build script
  while (stamped && !existsSync(join(dir, 'dist/.build/web')) && since() < 120_000) await sleep(20);
  const compressedMs = since();
  // Likewise the start bundle, which the quick start makes once it is ready (when the checkout has it).
  const bundles = existsSync(join(dir, 'apps/quickstart/src/run.ts'));
  while (bundles && !existsSync(join(dir, 'dist/.build/bundle')) && since() < 120_000) await sleep(20);
  const bundledMs = bundles ? since() : null;
  await new Promise((done) => {
    child.on('close', done);
    process.kill(-child.pid, 'SIGTERM');
  });
  for (let i = 0; i < 300 && existsSync(join(dir, '.data/postgres/postmaster.pid')); i++) await sleep(100);
  return { readyMs, firstQueryMs, webPageMs, compressedMs, bundledMs, states, built: stderr.match(/^build: .*$/gm) ?? [] };
}

try {
  const load = loadavg()[0];
  const buildMs = timed(npm, ['run', 'build', '--silent'], freshCheckout());
  const dir = freshCheckout();
  const cold = await startOnce(dir);
  const noopBuildMs = existsSync(join(dir, 'scripts/build.mjs')) ? timed(process.execPath, ['scripts/build.mjs', '--changed'], dir) : null;
  const warm = await startOnce(dir);
  if (warm.built.length) throw new Error(`the restart built again: ${warm.built.join('; ')}`);
  console.log(
    JSON.stringify({
      bench: 'startup',
      ...(REF ? { ref: REF } : {}),
      build_ms: buildMs,
      cold_ready_ms: cold.readyMs,
      cold_first_query_ms: cold.firstQueryMs,
      cold_web_page_ms: cold.webPageMs,
      cold_compressed_ms: cold.compressedMs,
      cold_bundled_ms: cold.bundledMs,
      warm_ready_ms: warm.readyMs,
      warm_first_query_ms: warm.firstQueryMs,
      noop_build_ms: noopBuildMs,
      member_states: cold.states,
      node: process.version,
      cpus: cpus().length,
      load_1min_before: Math.round(load * 100) / 100,
    }),
  );
} finally {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
}

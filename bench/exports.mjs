// Exports at scale (issue 15): seeds 50,000 needs (bench/lib/needs-data.mjs) into a fresh database,
// starts the api (production mode), and as UNODA downloads the needs list (published needs) as CSV,
// then as XLSX, then every status UNODA sees as CSV, through the same signed links the web app uses,
// timing each from the link's request to the file's last byte while sampling the api's resident
// memory (growth: the peak during an export less the memory when it started); then the public IATI
// file of 1,000 proposals (bench/lib/iati-seed.mjs) and, apart, its validation against the schema
// (which the api runs before serving outside production). Needs `npm run build`, PostgreSQL, Redis.
//   npm run bench:exports        (BENCH_NEEDS, BENCH_DATABASE_SERVER, REDIS_URL, BENCH_KEEP to override)
// Prints one JSON line: {"bench":"exports","csv_50k_ms":…,"xlsx_50k_ms":…,"iati_1000_proposals_ms":…,"iati_validation_ms":…,"max_rss_growth_mb":…}
import { spawn } from 'node:child_process';
import { setInterval, clearInterval } from 'node:timers';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join, resolve } from 'node:path';
import { admin, freePort, server } from './lib/database.mjs';
import { seedIatiProposals, timeIatiFile, timeIatiValidation } from './lib/iati-seed.mjs';
import { seedDemo, seedNeeds } from './lib/needs-data.mjs';

const root = resolve(import.meta.dirname, '..');
const database = `gis_bench_exports_${process.pid}`;
const databaseUrl = `${server}/${database}`;
// About 92.5 % of the seeded needs are published: this many give 50,000 rows on the needs list.
const NEEDS = Number(process.env.BENCH_NEEDS ?? 54_100);
const env = {
  PATH: process.env.PATH,
  DATABASE_URL: databaseUrl,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: `gis-bench-${process.pid}`,
  NODE_ENV: 'production',
  JWT_SECRET: 'benchmark-secret-benchmark-secret-0123456789',
  PUBLIC_URL: 'http://127.0.0.1',
  LOG_LEVEL: 'warn',
};
const IATI_PROPOSALS = Number(process.env.BENCH_IATI_PROPOSALS ?? 1000);
const STATUSES = ['SUBMITTED', 'RETURNED', 'PUBLISHED', 'IN_PROPOSAL', 'PARTIALLY_FUNDED', 'FUNDED', 'CLOSED', 'WITHDRAWN', 'EXPIRED'];

function request(port, method, path, { body, token } = {}) {
  return new Promise((done, fail) => {
    const payload = body ? JSON.stringify(body) : undefined;
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        // The file is counted as it arrives, never kept: the bench must not be what holds memory.
        let bytes = 0;
        let lines = 0;
        const chunks = [];
        response.on('data', (chunk) => {
          bytes += chunk.length;
          if (response.headers['content-type']?.startsWith('text/csv')) for (const b of chunk) if (b === 10) lines += 1;
          if (response.headers['content-type']?.includes('json')) chunks.push(chunk);
        });
        response.on('end', () =>
          done({ status: response.statusCode, bytes, lines, json: chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null }),
        );
      },
    );
    req.on('error', fail);
    req.end(payload);
  });
}

const graphql = (port, query, variables, token) => request(port, 'POST', '/graphql', { body: { query, variables }, token });

/** Resident memory of a process, in MB, from /proc. */
function rssMb(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

async function timedExport(port, token, format, pid, filter = {}) {
  const start = rssMb(pid);
  const sampler = { peak: start };
  const timer = setInterval(() => (sampler.peak = Math.max(sampler.peak, rssMb(pid))), 20);
  const started = performance.now();
  const made = await graphql(port, `mutation ($filter: NeedFilter) { exportNeeds(format: ${format}, filter: $filter) { path } }`, { filter }, token);
  const path = made.json?.data?.exportNeeds?.path;
  if (!path) throw new Error(`no link: ${JSON.stringify(made.json).slice(0, 400)}`);
  const file = await request(port, 'GET', path);
  const ms = Math.round(performance.now() - started);
  clearInterval(timer);
  sampler.peak = Math.max(sampler.peak, rssMb(pid));
  if (file.status !== 200) throw new Error(`download answered ${file.status}`);
  return { ms, bytes: file.bytes, rows: file.lines - 1, peakMb: sampler.peak, growthMb: sampler.peak - start };
}

async function main() {
  await admin(`CREATE DATABASE ${database}`);
  let api;
  try {
    await seedDemo(env);
    await seedNeeds(databaseUrl, NEEDS);
    const port = await freePort();
    api = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
      cwd: root,
      env: { ...env, PORT: String(port), MIGRATE_ON_START: 'false' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (let tries = 0; ; tries += 1) {
      try {
        await graphql(port, '{ currencies { code } }');
        break;
      } catch {
        if (tries > 200) throw new Error('the api did not start');
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const login = await graphql(port, 'mutation { login(input: {email: "moderator@example.org", password: "gis-demo-2026"}) { accessToken } }');
    const token = login.json.data.login.accessToken;
    // One small export first, so what is measured is not the first use of the code paths.
    await graphql(port, 'mutation { exportNeeds(format: CSV, search: "marking") { path } }', {}, token);
    const baseline = rssMb(api.pid);
    // The needs list as everyone gets it (published needs), then UNODA's every status but drafts.
    const csv = await timedExport(port, token, 'CSV', api.pid);
    console.error(`csv: ${JSON.stringify(csv)}`);
    const xlsx = await timedExport(port, token, 'XLSX', api.pid);
    console.error(`xlsx: ${JSON.stringify(xlsx)}`);
    const every = await timedExport(port, token, 'CSV', api.pid, { statuses: STATUSES });
    console.error(`csv, every status: ${JSON.stringify(every)}`);
    // IATI: the anonymous file of 1,000 proposals, all public (the second download is measured).
    await seedIatiProposals(databaseUrl, IATI_PROPOSALS);
    await timeIatiFile(port);
    const iati = await timeIatiFile(port);
    const iatiValidation = await timeIatiValidation(iati.xml);
    if (iati.activities !== IATI_PROPOSALS || !iatiValidation.valid) {
      throw new Error(`IATI file: ${iati.activities} activities, ${iatiValidation.valid ? 'valid' : iatiValidation.errors.slice(0, 5).join('; ')}`);
    }
    console.error(`iati: ${JSON.stringify({ ms: iati.ms, bytes: iati.bytes, activities: iati.activities, validationMs: iatiValidation.ms })}`);
    console.log(
      JSON.stringify({
        bench: 'exports',
        needs_seeded: NEEDS,
        rows: csv.rows,
        csv_50k_ms: csv.ms,
        csv_mb: Math.round(csv.bytes / 1e5) / 10,
        xlsx_50k_ms: xlsx.ms,
        xlsx_mb: Math.round(xlsx.bytes / 1e5) / 10,
        csv_all_statuses_rows: every.rows,
        csv_all_statuses_ms: every.ms,
        baseline_rss_mb: Math.round(baseline),
        iati_1000_proposals_ms: iati.ms,
        iati_validation_ms: iatiValidation.ms,
        iati_mb: Math.round(iati.bytes / 1e5) / 10,
        rss_after_mb: Math.round(rssMb(api.pid)),
        max_rss_growth_mb: Math.round(Math.max(csv.growthMb, xlsx.growthMb, every.growthMb)),
      }),
    );
  } finally {
    api?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (process.env.BENCH_KEEP) console.error(`kept database ${database}`);
    else await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

await main();

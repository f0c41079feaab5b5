// The hot reads of the web app against the demo data, next to the framework's ceiling: the
// built api (one process, no worker) on a fresh database with the demo data, then each read at
// 32 keep-alive connections for a warm-up and a measured window, then the minimal Nest + Apollo
// app of bench:http (bench/http-adapter.mjs --serve fastify) in the same run and the same way.
// The reads are the web app's own operations (apps/web/src/**/*.graphql, with their fragments):
// the Member States list, the needs and offers pages with nested names, a need's page, the inbox
// and a proposal's page, each as the user the page is for. Every answer must be a 200 without
// errors or it counts as an error. Per-read details go to stderr; ONE JSON line to stdout:
//   {"bench":"api","reads":[{"name","req_per_s","p99_ms"}...],"ceiling_req_per_s","worst_ratio"}
// Needs `npm run build`, PostgreSQL (BENCH_DATABASE_SERVER) and Redis (REDIS_URL).
//   npm run bench:api   (BENCH_SECONDS, BENCH_WARMUP, BENCH_CONNECTIONS, BENCH_ONLY=name,name;
//                        BENCH_PROFILE=dir writes the api's CPU profile there; BENCH_NODE_FLAGS
//                        for the api and worker; BENCH_ONCE=1 sends each read once, between markers;
//                        BENCH_WRITES_PER_S=n commits n changes a second during each read, which the
//                        response cache must see; RESPONSE_CACHE_TTL_SECONDS=0 runs without that cache)
import { fork, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Kind, parse, print, visit } from 'graphql';
import { admin, freePort, root, server } from './lib/database.mjs';
import { seedDemo } from './lib/needs-data.mjs';
import pg from 'pg';

const database = `gis_bench_api_${process.pid}`;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const ONLY = process.env.BENCH_ONLY?.split(',');
const WRITES_PER_S = Number(process.env.BENCH_WRITES_PER_S ?? 0);
const PASSWORD = 'gis-demo-2026';
const env = {
  PATH: process.env.PATH,
  DATABASE_URL: `${server}/${database}`,
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: `gis-bench-api-${process.pid}`,
  NODE_ENV: 'production',
  JWT_SECRET: 'benchmark-secret-benchmark-secret-0123456789',
  LOG_LEVEL: 'warn',
  ...(process.env.RESPONSE_CACHE_TTL_SECONDS ? { RESPONSE_CACHE_TTL_SECONDS: process.env.RESPONSE_CACHE_TTL_SECONDS } : {}),
};

/**
 * Commits `perSecond` changes a second to a need nobody reads here (another State's, by SQL on a
 * connection of its own) until stopped: each one changes PostgreSQL's snapshot, as any write
 * of any user does, so every kept answer must be computed again.
 */
function writer(perSecond) {
  if (!perSecond) return { stop: async () => 0 };
  const client = new pg.Client({ connectionString: `${server}/${database}` });
  let commits = 0;
  let running = true;
  // One change after another, each started on its tick (a tick that finds the last one still running waits for it).
  const done = (async () => {
    await client.connect();
    const started = performance.now();
    while (running) {
      await client.query(`UPDATE need SET priority_rank = priority_rank WHERE id = (SELECT id FROM need ORDER BY id LIMIT 1)`);
      commits += 1;
      const next = started + (commits * 1000) / perSecond;
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    }
    await client.end();
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return commits;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The web app's operations, each with the fragments it spreads (as the web app sends them).
// ---------------------------------------------------------------------------------------------

function webDocuments() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.graphql')) files.push(path);
    }
  };
  walk(join(root, 'apps/web/src'));
  const operations = new Map();
  const fragments = new Map();
  for (const file of files) {
    for (const definition of parse(readFileSync(file, 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) operations.set(definition.name.value, definition);
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  return (name) => {
    const operation = operations.get(name);
    if (!operation) throw new Error(`no operation ${name} in apps/web/src`);
    const used = new Map();
    const collect = (node) =>
      visit(node, {
        FragmentSpread(spread) {
          const name_ = spread.name.value;
          if (used.has(name_)) return;
          used.set(name_, fragments.get(name_));
          collect(fragments.get(name_));
        },
      });
    collect(operation);
    return [operation, ...used.values()].map(print).join('\n');
  };
}

// ---------------------------------------------------------------------------------------------
// HTTP: node:http with one keep-alive socket per connection (fetch costs too much CPU here).
// ---------------------------------------------------------------------------------------------

function client(port, connections) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const post = (body, token) =>
    new Promise((done, fail) => {
      const payload = typeof body === 'string' ? body : JSON.stringify(body);
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent,
          timeout: 10_000,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (c) => (text += c));
          response.on('end', () => done({ status: response.statusCode, text }));
          response.on('error', fail);
        },
      );
      request.on('timeout', () => request.destroy(new Error('request timed out')));
      request.on('error', fail);
      request.end(payload);
    });
  return { post, close: () => agent.destroy() };
}

async function gql(post, query, variables, token) {
  const { status, text } = await post({ query, variables }, token);
  const body = JSON.parse(text);
  if (status !== 200 || body.errors) throw new Error(`${status} ${text.slice(0, 400)}`);
  return body.data;
}

/** `connections` loops sending `payload` for a warm-up then a measured window. */
async function load(post, payload, token, isGood) {
  const measureStart = performance.now() + WARMUP * 1000;
  const measureEnd = measureStart + SECONDS * 1000;
  const latencies = [];
  let errors = 0;
  let answered = 0;
  let firstError;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < measureEnd) {
        const started = performance.now();
        let good = false;
        try {
          const reply = await post(payload, token);
          good = reply.status === 200 && isGood(reply.text);
          if (!good) firstError ??= `${reply.status} ${reply.text.slice(0, 200)}`;
        } catch (error) {
          firstError ??= String(error);
        }
        const ended = performance.now();
        answered += 1;
        if (!good) errors += 1;
        else if (started >= measureStart && ended <= measureEnd) latencies.push(ended - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.min(latencies.length - 1, Math.ceil(0.99 * latencies.length) - 1)] ?? NaN;
  return { req_per_s: Math.round(latencies.length / SECONDS), p99_ms: Number(p99.toFixed(1)), errors, firstError, answered };
}

const noErrors = (text) => !text.includes('"errors"');

/** User + system CPU time of a process, in microseconds (Linux /proc; clock ticks of 10 ms). */
function cpuMicros(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

// ---------------------------------------------------------------------------------------------
// The run.
// ---------------------------------------------------------------------------------------------

async function waitFor(check, what, tries = 300) {
  for (let i = 0; ; i += 1) {
    try {
      if (await check()) return;
    } catch {
      /* not yet */
    }
    if (i > tries) throw new Error(`${what}: timed out`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function startProcess(script, port, args = []) {
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const flags = process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : [];
  return spawn(process.execPath, [...flags, ...(port ? profile : []), join(root, script), ...args], {
    cwd: root,
    env: { ...env, ...(port ? { PORT: String(port) } : {}), MIGRATE_ON_START: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function stop(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Demo data plus what the pages need: a proposal open for funding and a filled inbox. */
async function prepare(post) {
  const login = async (email) =>
    (await gql(post, 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email, password: PASSWORD } })).login.accessToken;
  const [npc, donor, moderator] = await Promise.all(['npc.ghana@example.org', 'donor.germany@example.org', 'moderator@example.org'].map(login));
  const { needs } = await gql(post, '{ needs(first: 100, filter: { states: ["GHA"] }) { totalCount edges { node { id } } } }', {}, npc);
  const { compileProposal } = await gql(
    post,
    'mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { id } }',
    {
      input: {
        needIds: needs.edges.slice(0, 2).map((e) => e.node.id),
        title: 'Marking of police weapons in Ghana',
        summary: 'Marking machines and training so that police weapons can be traced.',
        scope: 'Procure two marking machines; train 12 armourers; mark 9,000 weapons in 10 armouries.',
        implementingAgency: 'Ghana National Commission on Small Arms',
        currency: 'EUR',
        tranches: [
          { title: 'Equipment', lines: [{ description: 'Two marking machines', amount: '120000' }] },
          { title: 'Training', lines: [{ description: 'Training of 12 armourers', amount: '49999.50' }] },
        ],
        fundingDeadline: '2030-12-31',
      },
    },
    moderator,
  );
  const step = (name, token) =>
    gql(post, `mutation ($input: ProposalTransitionInput!) { ${name}(input: $input) { id } }`, { input: { proposalId: compileProposal.id } }, token);
  await step('submitProposalForEndorsement', moderator);
  await step('endorseProposal', npc);
  return { npc, donor, moderator, needId: needs.edges[0].node.id, proposalId: compileProposal.id, ghanaNeeds: needs.totalCount };
}

async function main() {
  const operation = webDocuments();
  await admin(`CREATE DATABASE ${database}`);
  let api;
  let worker;
  let ceilingServer;
  let http_;
  try {
    await seedDemo(env);
    const port = await freePort();
    api = startProcess('dist/apps/api/src/main.js', port);
    http_ = client(port, CONNECTIONS);
    const { post } = http_;
    await waitFor(async () => (await post({ query: '{ currencies { code } }' })).status === 200, 'the api start');
    const people = await prepare(post);
    // The worker fans the demo's and the proposal's events out into notifications, then stops.
    worker = startProcess('dist/apps/worker/src/main.js');
    const inbox = operation('Inbox');
    await waitFor(
      async () => JSON.parse((await post({ query: inbox, variables: { first: 20 } }, people.npc)).text).data.notifications.edges.length >= 2,
      'notifications',
      600,
    );
    await stop(worker);
    worker = undefined;

    const lang = 'EN';
    const reads = [
      { name: 'memberStates', query: '{ memberStates { iso3 } }' },
      { name: 'needsPage', query: operation('NeedsList'), variables: { lang, first: 20 }, token: people.donor },
      { name: 'offersPage', query: operation('OffersList'), variables: { lang, first: 20 }, token: people.npc },
      { name: 'needPage', query: operation('NeedDetail'), variables: { lang, id: people.needId }, token: people.npc },
      { name: 'inbox', query: operation('Inbox'), variables: { first: 20 }, token: people.npc },
      { name: 'proposalPage', query: operation('ProposalDetail'), variables: { lang, id: people.proposalId }, token: people.npc },
    ].filter((r) => !ONLY || ONLY.includes(r.name));

    const counts = await Promise.all([
      gql(post, '{ needs(first: 1) { totalCount } }', {}, people.donor),
      gql(post, '{ offers(first: 1) { totalCount } }', {}, people.npc),
      gql(post, '{ notifications(first: 100) { edges { cursor } } }', {}, people.npc),
    ]);
    console.error(
      `api: demo data (${counts[0].needs.totalCount} needs a donor sees, ${counts[1].offers.totalCount} offers an NPC sees, ` +
        `${counts[2].notifications.edges.length} notifications in the NPC's inbox); ${CONNECTIONS} connections, ${WARMUP} s warm-up + ` +
        `${SECONDS} s measured per read${WRITES_PER_S ? `, ${WRITES_PER_S} commits/s meanwhile` : ''}; node ${process.version}, ${cpus().length} cpu(s), load average ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')}`,
    );
    const results = [];
    for (const read of reads) {
      const payload = JSON.stringify({ query: read.query, variables: read.variables ?? {} });
      // One answer first: a read that fails is a broken bench, not a slow one.
      const first = await post(payload, read.token);
      if (first.status !== 200 || !noErrors(first.text)) throw new Error(`${read.name}: ${first.status} ${first.text.slice(0, 400)}`);
      if (process.env.BENCH_ONCE) {
        // One more answer with markers around it, e.g. to count its queries (BENCH_NODE_FLAGS).
        console.error(`--- ${read.name} begin`);
        await post(payload, read.token);
        await new Promise((r) => setTimeout(r, 200));
        console.error(`--- ${read.name} end`);
        continue;
      }
      const cpu0 = cpuMicros(api.pid);
      const writes = writer(WRITES_PER_S);
      const r = await load(post, payload, read.token, noErrors);
      const commits = await writes.stop();
      // The api's CPU per answer (warm-up included): steadier than req/s when other work shares the cores.
      const cpuMs = (cpuMicros(api.pid) - cpu0) / 1000 / Math.max(1, r.answered);
      console.error(
        `  ${read.name.padEnd(13)} ${String(r.req_per_s).padStart(6)} req/s  p99 ${r.p99_ms} ms  api cpu ${cpuMs.toFixed(2)} ms/answer  ` +
          `errors ${r.errors}${r.firstError ? `  first: ${r.firstError}` : ''}${WRITES_PER_S ? `  commits ${commits}` : ''}`,
      );
      results.push({ name: read.name, ...r });
    }
    http_.close();
    await stop(api);
    api = undefined;

    // The ceiling: the minimal Nest + Apollo app of bench:http, loaded the same way.
    ceilingServer = fork(join(root, 'bench/http-adapter.mjs'), ['--serve', 'fastify'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const { port: ceilingPort } = await new Promise((r) => ceilingServer.once('message', r));
    const ceilingClient = client(ceilingPort, CONNECTIONS);
    const ceilingCpu0 = cpuMicros(ceilingServer.pid);
    const ceiling = await load(ceilingClient.post, JSON.stringify({ query: '{ rows { id name iso3 amount createdAt } }' }), undefined, noErrors);
    const ceilingCpuMs = (cpuMicros(ceilingServer.pid) - ceilingCpu0) / 1000 / Math.max(1, ceiling.answered);
    ceilingClient.close();
    console.error(
      `  ${'ceiling'.padEnd(13)} ${String(ceiling.req_per_s).padStart(6)} req/s  p99 ${ceiling.p99_ms} ms  cpu ${ceilingCpuMs.toFixed(2)} ms/answer  errors ${ceiling.errors}`,
    );
    console.error(
      `  load average after: ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );

    const errors = results.reduce((n, r) => n + r.errors, ceiling.errors);
    const worst = Math.min(...results.map((r) => r.req_per_s / ceiling.req_per_s));
    console.log(
      JSON.stringify({
        bench: 'api',
        reads: results.map(({ name, req_per_s, p99_ms }) => ({ name, req_per_s, p99_ms })),
        ceiling_req_per_s: ceiling.req_per_s,
        worst_ratio: Number(worst.toFixed(2)),
        connections: CONNECTIONS,
        writes_per_s: WRITES_PER_S,
        duration_s: SECONDS,
        errors,
      }),
    );
    if (errors > 0) process.exitCode = 1;
  } finally {
    http_?.close();
    if (ceilingServer && ceilingServer.exitCode === null) {
      ceilingServer.send('stop');
      await new Promise((r) => ceilingServer.on('exit', r));
    }
    await stop(worker);
    await stop(api);
    if (process.env.BENCH_KEEP) console.error(`kept database ${database}`);
    else await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

await main();

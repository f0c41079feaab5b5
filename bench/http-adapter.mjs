// Checks the README's claim that Fastify + Apollo serves a small GraphQL query faster than
// Express + Apollo. The same minimal Nest app (ApolloDriver, code-first, one query `rows`
// returning 20 in-memory objects of 5 fields, no database) runs in a child process on
// FastifyAdapter or ExpressAdapter, on a random port of 127.0.0.1; this process sends the load: a
// fixed number of concurrent requests (one keep-alive connection each) for a warm-up, then a
// measured window. The load goes through node:http by default: Node's fetch (--client fetch)
// needs about a whole core for ~2,500 req/s, which on a 2-core machine starves the server and
// caps the faster adapter. The adapters alternate (fastify, express, fastify, express, ...),
// each run in a fresh server process, and the median run per adapter is reported. Every response
// must be a 200 with 20 rows, or it counts as an error. Per-run details go to stderr; ONE JSON
// line goes to stdout. Needs no build, no database and no Redis.
//   npm run bench:http
//   node bench/http-adapter.mjs [--rounds 3] [--connections 32] [--duration 10] [--warmup 3] [--client http|fetch]
//   node bench/http-adapter.mjs --serve fastify|express   (a server alone; used by the parent)
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';

const QUERY = '{ rows { id name iso3 amount createdAt } }';
const ROW_COUNT = 20;
const ADAPTERS = ['fastify', 'express'];

const { values: opts } = parseArgs({
  options: {
    serve: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '32' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    client: { type: 'string', default: 'http' },
  },
});

// ---------------------------------------------------------------------------------------------
// The server (child process).
// ---------------------------------------------------------------------------------------------

async function serve(kind) {
  const { Module } = await import('@nestjs/common');
  const { NestFactory } = await import('@nestjs/core');
  const { Field, GraphQLModule, ID, ObjectType, Query, Resolver } = await import('@nestjs/graphql');
  const { ApolloDriver } = await import('@nestjs/apollo');

  // Plain JavaScript has no decorator syntax and no emitDecoratorMetadata: the decorators are
  // called as functions, with explicit type functions.
  class Row {}
  ObjectType('BenchRow')(Row);
  Field(() => ID)(Row.prototype, 'id');
  Field(() => String)(Row.prototype, 'name');
  Field(() => String)(Row.prototype, 'iso3');
  Field(() => String)(Row.prototype, 'amount');
  Field(() => String)(Row.prototype, 'createdAt');

  const source = Array.from({ length: ROW_COUNT }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    name: `Member state number ${i + 1}`,
    iso3: String.fromCharCode(65 + (i % 26), 65 + ((i * 7) % 26), 65 + ((i * 13) % 26)),
    amount: (12345.67 * (i + 1)).toFixed(2),
    createdAt: new Date(Date.UTC(2024, 0, 1 + i)),
  }));

  class RowsResolver {
    rows() {
      // Built per request, as a resolver mapping records to its output type would.
      return source.map((r) => ({
        id: r.id,
        name: r.name,
        iso3: r.iso3,
        amount: r.amount,
        createdAt: r.createdAt.toISOString(),
      }));
    }
  }
  Resolver(() => Row)(RowsResolver);
  Query(() => [Row])(RowsResolver.prototype, 'rows', Object.getOwnPropertyDescriptor(RowsResolver.prototype, 'rows'));

  class BenchModule {}
  Module({
    imports: [
      GraphQLModule.forRoot({
        driver: ApolloDriver,
        autoSchemaFile: true,
        csrfPrevention: true,
      }),
    ],
    providers: [RowsResolver],
  })(BenchModule);

  let adapter;
  if (kind === 'fastify') {
    const { FastifyAdapter } = await import('@nestjs/platform-fastify');
    adapter = new FastifyAdapter();
  } else if (kind === 'express') {
    const { ExpressAdapter } = await import('@nestjs/platform-express');
    adapter = new ExpressAdapter();
  } else {
    throw new Error(`--serve fastify|express, not ${kind}`);
  }
  const app = await NestFactory.create(BenchModule, adapter, { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();

  const send = (message) => process.send?.(message);
  process.on('message', async (message) => {
    if (message === 'cpu') send({ cpu: process.cpuUsage() });
    if (message === 'stop') {
      await app.close();
      process.exit(0);
    }
  });
  // The parent went away: do not linger.
  process.on('disconnect', () => process.exit(0));
  if (process.send) send({ port });
  else console.log(`${kind} serving POST http://127.0.0.1:${port}/graphql (Ctrl-C to stop)`);
}

// ---------------------------------------------------------------------------------------------
// The load (parent process).
// ---------------------------------------------------------------------------------------------

function startServer(kind) {
  const child = fork(import.meta.filename, ['--serve', kind], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const replies = [];
  const waiting = [];
  child.on('message', (m) => (waiting.length ? waiting.shift().resolve(m) : replies.push(m)));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.on('exit', (code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`the ${kind} server exited (${code})`));
  });
  const next = () =>
    replies.length
      ? Promise.resolve(replies.shift())
      : new Promise((resolve, reject) => {
          if (child.exitCode !== null) reject(new Error(`the ${kind} server exited (${child.exitCode})`));
          else waiting.push({ resolve, reject });
        });
  return {
    ready: next(),
    async cpu() {
      child.send('cpu');
      return (await next()).cpu;
    },
    async stop() {
      if (child.exitCode === null) child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const REQUEST_BODY = JSON.stringify({ query: QUERY });
const REQUEST_TIMEOUT_MS = 10_000;

// node:http with a keep-alive agent (one socket per concurrent request): far less CPU per request
// than fetch, so the load generator does not become the bottleneck on a 2-core machine.
function httpClient(connections) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(REQUEST_BODY)) };
  return {
    query: (url) =>
      new Promise((resolve, reject) => {
        const request = http.request(url, { method: 'POST', agent, headers, timeout: REQUEST_TIMEOUT_MS }, (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode, text }));
          response.on('error', reject);
        });
        request.on('timeout', () => request.destroy(new Error('request timed out')));
        request.on('error', reject);
        request.end(REQUEST_BODY);
      }),
    close: () => agent.destroy(),
  };
}

// Node's fetch (its bundled undici; one connection per concurrent request, kept alive).
function fetchClient() {
  return { query: fetchQuery, close() {} };
}

async function fetchQuery(url) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: REQUEST_BODY,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  return { status: response.status, text };
}

function isGood({ status, text }) {
  if (status !== 200) return false;
  try {
    const body = JSON.parse(text);
    return !body.errors && Array.isArray(body.data?.rows) && body.data.rows.length === ROW_COUNT;
  } catch {
    return false;
  }
}

async function load(url, { connections, warmupMs, durationMs, client }) {
  const { query, close } = client === 'fetch' ? fetchClient() : httpClient(connections);
  const measureStart = performance.now() + warmupMs;
  const measureEnd = measureStart + durationMs;
  const latencies = [];
  let errors = 0;
  let firstError;
  async function worker() {
    while (performance.now() < measureEnd) {
      const started = performance.now();
      let good;
      try {
        const reply = await query(url);
        good = isGood(reply);
        if (!good) firstError ??= `HTTP ${reply.status}: ${reply.text.slice(0, 200)}`;
      } catch (error) {
        good = false;
        firstError ??= String(error?.cause ?? error);
      }
      const ended = performance.now();
      if (!good)
        errors += 1; // in the warm-up too
      else if (started >= measureStart && ended <= measureEnd) latencies.push(ended - started);
    }
  }
  await Promise.all(Array.from({ length: connections }, worker));
  close();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? NaN;
  return {
    requests: latencies.length,
    rps: latencies.length / (durationMs / 1000),
    p50: at(0.5),
    p99: at(0.99),
    errors,
    firstError,
    measureStart,
    measureEnd,
  };
}

// Busy CPU time of the whole machine, in microseconds (Linux; null elsewhere): what is left after
// the server and the load generator is other work on the machine, which skews the comparison.
function machineBusyMicros() {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).map(Number);
    const [user, nice, system, , , irq, softirq] = ticks;
    return ((user + nice + system + irq + softirq) * 1e6) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

async function runOnce(kind, settings) {
  const server = startServer(kind);
  try {
    const { port } = await server.ready;
    const url = `http://127.0.0.1:${port}/graphql`;
    const first = await fetchQuery(url);
    if (!isGood(first)) throw new Error(`${kind}: unexpected answer ${first.status} ${first.text.slice(0, 300)}`);
    // CPU of both processes over the measured window: a load generator near 100 % of a core would
    // cap both adapters at the same number and hide any difference.
    const loadRun = load(url, settings);
    await new Promise((r) => setTimeout(r, settings.warmupMs));
    const [serverCpu0, clientCpu0, machine0, t0] = [await server.cpu(), process.cpuUsage(), machineBusyMicros(), performance.now()];
    await new Promise((r) => setTimeout(r, settings.durationMs));
    const [serverCpu1, clientCpu1, machine1, t1] = [await server.cpu(), process.cpuUsage(), machineBusyMicros(), performance.now()];
    const result = await loadRun;
    const used = (a, b) => b.user + b.system - a.user - a.system;
    const pct = (micros) => (100 * micros) / 1000 / (t1 - t0);
    const serverCpuPct = pct(used(serverCpu0, serverCpu1));
    const clientCpuPct = pct(used(clientCpu0, clientCpu1));
    const otherCpuPct = machine0 === null ? NaN : Math.max(0, pct(machine1 - machine0) - serverCpuPct - clientCpuPct);
    return { kind, ...result, body: first.text, serverCpuPct, clientCpuPct, otherCpuPct };
  } finally {
    await server.stop();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, digits) => Number(x.toFixed(digits));

async function bench() {
  const positive = (name) => {
    const n = Number(opts[name]);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
    return n;
  };
  const rounds = Math.floor(positive('rounds'));
  const connections = Math.floor(positive('connections'));
  const durationS = positive('duration');
  const client = opts.client;
  if (client !== 'http' && client !== 'fetch') throw new Error('--client http|fetch');
  const settings = { connections, warmupMs: positive('warmup') * 1000, durationMs: durationS * 1000, client };
  console.error(
    `http-adapter: ${rounds} round(s) of ${ADAPTERS.join(', ')}; ${connections} connections, ` +
      `${settings.warmupMs / 1000} s warm-up + ${durationS} s measured, ${client} client; node ${process.version}, ${cpus().length} cpu(s)`,
  );

  const runs = Object.fromEntries(ADAPTERS.map((a) => [a, []]));
  for (let round_ = 1; round_ <= rounds; round_ += 1) {
    for (const kind of ADAPTERS) {
      const r = await runOnce(kind, settings);
      runs[kind].push(r);
      console.error(
        `  round ${round_} ${kind.padEnd(7)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(2)} ms  ` +
          `p99 ${r.p99.toFixed(2)} ms  errors ${r.errors}  cpu: server ${r.serverCpuPct.toFixed(0)} %, load ${r.clientCpuPct.toFixed(0)} %, ` +
          `other ${Number.isNaN(r.otherCpuPct) ? '?' : r.otherCpuPct.toFixed(0)} %` +
          (r.firstError ? `  first error: ${r.firstError}` : ''),
      );
    }
  }
  const [fastifyBody, expressBody] = ADAPTERS.map((a) => runs[a][0].body);
  if (fastifyBody !== expressBody) console.error('  warning: the two adapters answered with different bodies');
  const busiest = Math.max(...ADAPTERS.flatMap((a) => runs[a].map((r) => r.otherCpuPct)).filter((x) => !Number.isNaN(x)), 0);
  if (busiest > 20) {
    console.error(`  warning: other processes used up to ${busiest.toFixed(0)} % of a core during a measurement: the numbers are skewed`);
  }

  const rps = (a) => median(runs[a].map((r) => r.rps));
  const p99 = (a) => median(runs[a].map((r) => r.p99));
  const errors = ADAPTERS.reduce((n, a) => n + runs[a].reduce((m, r) => m + r.errors, 0), 0);
  console.log(
    JSON.stringify({
      bench: 'http-adapter',
      fastify_rps: round(rps('fastify'), 0),
      express_rps: round(rps('express'), 0),
      fastify_p99_ms: round(p99('fastify'), 2),
      express_p99_ms: round(p99('express'), 2),
      speedup: round(rps('fastify') / rps('express'), 2),
      connections,
      duration_s: durationS,
      errors,
    }),
  );
  if (errors > 0) process.exitCode = 1;
}

if (opts.serve) await serve(opts.serve);
else await bench();

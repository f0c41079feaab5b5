// The web app in a browser (issue 12, "Performance"): with the 50,000-needs database of
// `bench:needs`, the built api (production mode, its own process) serving the built web app, and
// Debian's chromium driven by Playwright, measures
//   - initial_js_gzip_kb: every JavaScript file chromium requests for a cold load of /needs (until
//     the network is idle), counted at its gzip size (the .gz the build writes, level 9);
//   - needs_page_p75_ms: navigation start to the first 20 results painted on /needs, 20 cold loads
//     (a fresh browser context each: empty cache, no storage);
//   - search_p95_ms: last keystroke in the search box to the table's rows changed and painted
//     (the page's debounce included), ~20 terms from the seed vocabulary in the six languages;
//   - workspace_home_p75_ms (issue 13): navigation start to the first cards of /my painted for a
//     signed-in NPC (Ghana) and donor (Germany), BENCH_LOADS cold loads each (fresh context with
//     only the session cookie of a new sign-in: the session renewed, then the home asked);
//   - moderation_queue_p75_ms (issue 14): navigation start to the first page of UNODA's needs
//     moderation queue painted (20 rows or more; the seed submits one need in 25: 2,000 waiting),
//     BENCH_LOADS cold loads signed in as the demo moderator, the same way;
//   - dashboard_p95_ms (issue 14): each dashboard query (coverage, funding by State and by thematic
//     area, flow) over HTTP, anonymous and as a UNODA moderator, BENCH_DASHBOARD_RUNS times each
//     after one warm-up; the database also has offers, matches, proposals and their ledger in
//     proportion to the needs (bench/lib/market-data.mjs). BENCH_DASHBOARDS_ONLY=1 skips the browser.
// Needs `npm run build`, PostgreSQL, Redis and /usr/bin/chromium (CHROMIUM to override).
//   npm run bench:web          (BENCH_DATABASE_SERVER, REDIS_URL, BENCH_NEEDS, BENCH_LOADS, BENCH_SEARCH_PASSES, BENCH_DETAIL,
//                               BENCH_OFFERS, BENCH_PROPOSALS, BENCH_MATCHED_SHARE, BENCH_DASHBOARD_RUNS, BENCH_DASHBOARDS_ONLY,
//                               BENCH_URL=http://host:port to measure an api already running on a seeded database)
// Prints one JSON line: {"bench":"web","initial_js_gzip_kb":…,"needs_page_p75_ms":…,"search_p95_ms":…,"workspace_home_p75_ms":…,"moderation_queue_p75_ms":…, …}
/* global window, document, requestAnimationFrame, MutationObserver, HTMLInputElement, setInterval, clearInterval -- functions run in the page */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { admin, freePort, root, server } from './lib/database.mjs';
import { seedMarket } from './lib/market-data.mjs';
import { seedDemo, seedNeeds } from './lib/needs-data.mjs';
import { TEXT } from './lib/vocabulary.mjs';

const database = `gis_bench_web_${process.pid}`;
const databaseUrl = `${server}/${database}`;
const NEEDS = Number(process.env.BENCH_NEEDS ?? 50_000);
const LOADS = Number(process.env.BENCH_LOADS ?? 20);
const WARM_UP_LOADS = 3;
const SEARCH_PASSES = Number(process.env.BENCH_SEARCH_PASSES ?? 2);
const ROWS = 20;
const DASHBOARD_RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 20);
const DASHBOARDS = {
  coverage: [
    'query { coverageDashboard { needs unmetCount cells { thematicAreaCode regionCode needs needsBudgetUsd fittingOffers offersRemainingUsd } unmet { id title } } }',
    {},
  ],
  funding_state: [
    'query ($d: FundingDimension!) { fundingDashboard(dimension: $d) { rateDate rows { key requestedUsd pledgedUsd committedUsd disbursedUsd gapUsd } } }',
    { d: 'STATE' },
  ],
  funding_theme: [
    'query ($d: FundingDimension!) { fundingDashboard(dimension: $d) { rateDate rows { key requestedUsd pledgedUsd committedUsd disbursedUsd gapUsd } } }',
    { d: 'THEMATIC_AREA' },
  ],
  flow: ['query { flowDashboard { publishedNeeds expiredUnmatched stages { stage count q1Days medianDays q3Days } } }', {}],
};
const VIEWPORT = { width: 1280, height: 900 };
const env = {
  PATH: process.env.PATH,
  DATABASE_URL: databaseUrl,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: `gis-bench-web-${process.pid}`,
  NODE_ENV: 'production',
  JWT_SECRET: 'benchmark-secret-benchmark-secret-0123456789',
  LOG_LEVEL: 'warn',
};

// Words a reader would type, from the seed vocabulary, in the six languages; each matches more
// than 1,000 public needs (the seed's public needs have the first seven titles of each language),
// and consecutive terms are in different languages, so each search changes the rows shown.
const TERMS = [
  'marking',
  'armuriers',
  'marcaje',
  'оружейников',
  'الحدود',
  '枪支',
  'stockpile management',
  'registre des armes',
  'arsenales',
  'уничтожение излишков',
  'المخزونات',
  '销毁剩余武器',
  'border control',
  'destruction des armes',
  'control fronterizo',
  'электронный учёт',
  'وسم الأسلحة',
  '培训武器库',
  'weapons collection',
  'recolección',
  'برنامج جمع',
];
const vocabulary = JSON.stringify(TEXT).toLowerCase();
for (const term of TERMS) if (!vocabulary.includes(term)) throw new Error(`"${term}" is not in the seed vocabulary`);

/**
 * Runs in the page before its own scripts: times each GraphQL operation (urql uses fetch), the
 * moment the first ROWS results are in the DOM and the frame after (painted), and the last input
 * event of the search box. All times are performance.now(): ms since navigation start.
 */
function instrument(rows) {
  const bench = (window.__bench = { operations: [], rowsAt: null, paintedAt: null, lastInputAt: null, homeAt: null, homePaintedAt: null });
  // The frame after a change: a task queued from requestAnimationFrame runs once the frame is drawn.
  bench.nextPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)));
  bench.rowLinks = () => [...document.querySelectorAll('main table tbody tr a[href]')].map((a) => a.getAttribute('href'));
  bench.busy = () => document.querySelector('main [aria-busy="true"]') !== null;
  // What the results show: the rows' links, "empty" for the empty state, null while loading.
  bench.signature = () => {
    const links = bench.rowLinks();
    if (links.length) return links.join(' ');
    return bench.busy() ? null : 'empty';
  };
  const fetch = window.fetch;
  window.fetch = function (input, init) {
    let body = null;
    try {
      body = JSON.parse(init?.body ?? 'null');
    } catch {
      // not a GraphQL body
    }
    const record = {
      name: body?.operationName ?? null,
      variables: body?.variables ?? null,
      start: performance.now(),
      headersAt: null,
      answeredAt: null,
      shownBefore: bench.signature(),
    };
    bench.operations.push(record);
    return fetch.call(this, input, init).then((response) => {
      record.headersAt = performance.now();
      // urql reads a JSON answer with text(): its end is the answer's arrival in the page.
      const text = response.text.bind(response);
      response.text = () => text().then((t) => ((record.answeredAt = performance.now()), t));
      return response;
    });
  };
  /**
   * Resolves once the page shows the answer to the search for `term`: the last NeedsList request
   * searched `term`, its answer arrived, nothing is busy and the rows differ from those shown when
   * it was sent (or the answer arrived and was rendered without changing them).
   */
  bench.waitForResults = (term) =>
    new Promise((done) => {
      const check = () => {
        const op = bench.operations.filter((o) => o.name === 'NeedsList').at(-1);
        if (!op || op.variables?.search !== term || op.answeredAt === null || bench.busy()) return false;
        const shown = bench.signature();
        if (shown === null) return false;
        const changedAt = performance.now();
        observer.disconnect();
        clearInterval(timer);
        void bench.nextPaint().then((paintedAt) => done({ changedAt, paintedAt, rows: bench.rowLinks().length, changed: shown !== op.shownBefore, op }));
        return true;
      };
      const observer = new MutationObserver(check);
      // The rows may be unchanged by an answer equal to the last: look again every frame too.
      const timer = setInterval(check, 16);
      if (!check()) observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    });
  document.addEventListener(
    'input',
    (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'search' && e.target.closest('main')) bench.lastInputAt = performance.now();
    },
    true,
  );
  // A workspace home's first meaningful content: its waiting cards (three or more) in the page.
  const home = new MutationObserver(() => {
    if (document.querySelectorAll('main section[aria-labelledby^="waiting-"]').length < 3) return;
    home.disconnect();
    bench.homeAt = performance.now();
    void bench.nextPaint().then((t) => (bench.homePaintedAt = t));
  });
  home.observe(document, { childList: true, subtree: true });
  const observer = new MutationObserver(() => {
    if (bench.rowsAt !== null || document.querySelectorAll('main table tbody tr').length < rows) return;
    bench.rowsAt = performance.now();
    observer.disconnect();
    void bench.nextPaint().then((t) => (bench.paintedAt = t));
  });
  observer.observe(document, { childList: true, subtree: true });
}

const percentile = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
};
const median = (list) => percentile(list, 50);
const round = (n, digits = 1) => (n === null || n === undefined ? null : Math.round(n * 10 ** digits) / 10 ** digits);

async function newPage(browser) {
  const context = await browser.newContext({ locale: 'en', viewport: VIEWPORT });
  await context.addInitScript(instrument, ROWS);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  return { context, page };
}

/** One cold load of /needs: the time line of the page, and the JavaScript it requested. */
async function loadNeedsPage(browser, base, { untilIdle = false } = {}) {
  const { context, page } = await newPage(browser);
  const scripts = [];
  page.on('requestfinished', async (request) => {
    if (request.resourceType() !== 'script') return;
    const sizes = await request.sizes().catch(() => null);
    const response = await request.response();
    scripts.push({ url: request.url(), transferred: sizes?.responseBodySize ?? null, encoding: (await response?.headerValue('content-encoding')) ?? null });
  });
  try {
    await page.goto(`${base}/needs`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench.paintedAt !== null, null, { timeout: 60_000 });
    if (untilIdle) {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
    }
    const timeline = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource');
      const js = resources.filter((r) => r.initiatorType === 'script' || r.initiatorType === 'link' || r.name.endsWith('.js'));
      const css = resources.filter((r) => r.name.endsWith('.css'));
      const list = window.__bench.operations.find((o) => o.name === 'NeedsList');
      return {
        html: navigation.responseEnd,
        css: Math.max(0, ...css.map((r) => r.responseEnd)),
        js: Math.max(0, ...js.map((r) => r.responseEnd)),
        domContentLoaded: navigation.domContentLoadedEventEnd,
        needsListStart: list?.start ?? null,
        needsListEnd: list?.answeredAt ?? null,
        rows: window.__bench.rowsAt,
        painted: window.__bench.paintedAt,
        operations: window.__bench.operations.map((o) => ({ name: o.name, start: o.start, headers: o.headersAt, end: o.answeredAt })),
      };
    });
    return { timeline, scripts };
  } finally {
    await context.close();
  }
}

const DEMO_PASSWORD = 'gis-demo-2026';
const HOME_PEOPLE = { npc: 'npc.ghana@example.org', donor: 'donor.germany@example.org' };
const MODERATOR = 'moderator@example.org';

/** A new session of `email`: its refresh cookie, as the sign-in page would leave it in the browser. */
async function signedInCookie(base, email) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    // As from the app's own page: the API gives a session cookie only to its own origin.
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input, refreshTokenIn: COOKIE) { accessToken } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('gis_refresh='));
  if (!response.ok || !cookie) throw new Error(`${email} could not sign in: ${response.status} ${await response.text()}`);
  const value = cookie.slice('gis_refresh='.length, cookie.indexOf(';'));
  return { name: 'gis_refresh', value, domain: new URL(base).hostname, path: '/graphql', httpOnly: true, sameSite: 'Strict', secure: false };
}

/**
 * One cold load of /my for a returning person: an empty cache and a fresh session cookie (each
 * load signs in anew: a refresh token is good for one renewal), the hint that they had a session.
 */
async function loadWorkspaceHome(browser, base, email) {
  const context = await browser.newContext({ locale: 'en', viewport: VIEWPORT });
  await context.addCookies([await signedInCookie(base, email)]);
  await context.addInitScript(() => window.localStorage.setItem('gis.session', '1'));
  await context.addInitScript(instrument, ROWS);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  try {
    await page.goto(`${base}/my`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench.homePaintedAt !== null, null, { timeout: 60_000 });
    return await page.evaluate(() => ({
      painted: window.__bench.homePaintedAt,
      operations: window.__bench.operations.map((o) => ({ name: o.name, start: o.start, end: o.answeredAt })),
    }));
  } finally {
    await context.close();
  }
}

/** One cold load of UNODA's needs moderation queue, signed in as its moderator: until its first rows are painted. */
async function loadModerationQueue(browser, base) {
  const context = await browser.newContext({ locale: 'en', viewport: VIEWPORT });
  await context.addCookies([await signedInCookie(base, MODERATOR)]);
  await context.addInitScript(() => window.localStorage.setItem('gis.session', '1'));
  await context.addInitScript(instrument, ROWS);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  try {
    await page.goto(`${base}/staff/moderation/needs`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench.paintedAt !== null, null, { timeout: 60_000 });
    const load = await page.evaluate(() => ({
      painted: window.__bench.paintedAt,
      operations: window.__bench.operations.map((o) => ({ name: o.name, start: o.start, end: o.answeredAt })),
    }));
    if (process.env.BENCH_DETAIL) console.error(`moderation queue: ${JSON.stringify(load, (k, v) => (typeof v === 'number' ? round(v) : v))}`);
    return load.painted;
  } finally {
    await context.close();
  }
}

/** A file the web app serves, as built in dist/web (or as the api of BENCH_URL serves it). */
async function webFile(base, urlPath) {
  if (!process.env.BENCH_URL) return readFileSync(join(root, 'dist/web', decodeURIComponent(urlPath)));
  return Buffer.from(await (await fetch(`${base}${urlPath}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
}

/** The gzip size of a file of the web app: the .gz of the build when there is one, else gzip level 9 of it. */
async function gzipSize(base, urlPath) {
  const file = join(root, 'dist/web', decodeURIComponent(urlPath));
  if (!process.env.BENCH_URL && existsSync(`${file}.gz`)) return readFileSync(`${file}.gz`).length;
  return gzipSync(await webFile(base, urlPath), { level: 9 }).length;
}

/**
 * The CPU time (thread time, not wall time: what the load would take on an idle machine) of the
 * page's main thread for one cold load of /needs up to the first ROWS results painted, from a
 * Chromium trace, by kind of work.
 */
async function mainThreadCpu(browser, base) {
  const { context, page } = await newPage(browser);
  const path = join(tmpdir(), `gis-bench-web-${process.pid}.json`);
  try {
    await browser.startTracing(page, {
      path,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'toplevel', 'loading', 'blink.user_timing'],
    });
    await page.goto(`${base}/needs`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench.paintedAt !== null, null, { timeout: 60_000 });
    await browser.stopTracing();
    const { traceEvents } = JSON.parse(readFileSync(path, 'utf8'));
    const start = traceEvents.filter((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').endsWith('/needs')).at(-1);
    const events = traceEvents.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.ts >= start.ts).sort((a, b) => a.ts - b.ts);
    // CPU of the outermost events of the given names (nested ones are inside their parent's).
    const cpu = (test) => {
      let sum = 0;
      let end = 0;
      for (const e of events) {
        if (!test(e.name) || e.ts < end) continue;
        sum += e.tdur ?? 0;
        end = e.ts + e.dur;
      }
      return sum / 1000;
    };
    return {
      total: cpu((n) => /RunTask/.test(n)),
      script: cpu((n) => ['v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'EvaluateScript'].includes(n)),
      render: cpu((n) => ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'ParseAuthorStyleSheet'].includes(n)),
      callbacks: cpu((n) =>
        ['FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'BlinkScheduler_PerformMicrotaskCheckpoint'].includes(n),
      ),
    };
  } finally {
    await context.close();
    rmSync(path, { force: true });
  }
}

/** Types each term in the search box of one page and times the rows' change. */
async function searchPass(browser, base) {
  const { context, page } = await newPage(browser);
  const results = [];
  try {
    await page.goto(`${base}/needs`);
    await page.waitForFunction(() => window.__bench.paintedAt !== null, null, { timeout: 60_000 });
    const box = page.getByRole('main').getByRole('searchbox');
    for (const term of TERMS) {
      await page.waitForLoadState('networkidle');
      const operationsBefore = await page.evaluate(() => window.__bench.operations.length);
      const shown = page.evaluate((t) => window.__bench.waitForResults(t), term);
      shown.catch(() => undefined); // awaited below; this only keeps an earlier failure the one reported
      await box.press('ControlOrMeta+a');
      // A quick typist: keystrokes closer than the page's debounce, so one search runs per term.
      await box.pressSequentially(term, { delay: 40 });
      const { changedAt, paintedAt, rows, changed, op } = await shown;
      if (rows !== ROWS) throw new Error(`"${term}" showed ${rows} rows, not ${ROWS}: the terms must match the seeded public needs`);
      const { lastInputAt, requests } = await page.evaluate(
        (from) => ({ lastInputAt: window.__bench.lastInputAt, requests: window.__bench.operations.slice(from).filter((o) => o.name === 'NeedsList').length }),
        operationsBefore,
      );
      results.push({
        term,
        rows,
        changed,
        requests,
        ms: paintedAt - lastInputAt,
        debounce: op.start - lastInputAt,
        request: op.answeredAt - op.start,
        render: paintedAt - op.answeredAt,
        dom: changedAt - lastInputAt,
      });
    }
    return results;
  } finally {
    await context.close();
  }
}

/** Times each dashboard query over HTTP (the answer read whole), anonymous and as a UNODA moderator. */
async function measureDashboards(base) {
  const post = async (query, variables, token) => {
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`dashboard query failed: ${JSON.stringify(body.errors)}`);
    return { ms: performance.now() - started, body };
  };
  const login = await post('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email: 'moderator@example.org', password: 'gis-demo-2026' },
  });
  const viewers = { anonymous: undefined, unoda: login.body.data.login.accessToken };
  const times = {};
  for (const [name, [query, variables]] of Object.entries(DASHBOARDS)) {
    for (const [who, token] of Object.entries(viewers)) {
      const first = await post(query, variables, token); // warm-up
      if (process.env.BENCH_DETAIL) console.error(`dashboard ${name} ${who}: ${JSON.stringify(first.body.data).slice(0, 300)}`);
      const key = `${name}_${who}`;
      times[key] = [];
      for (let i = 0; i < DASHBOARD_RUNS; i += 1) times[key].push((await post(query, variables, token)).ms);
    }
  }
  return times;
}

async function main() {
  const load = loadavg()[0];
  // BENCH_URL measures an api already running on a seeded database (to compare two builds side
  // by side); the figures in docs/PERFORMANCE.md come from the default, a fresh database.
  const external = process.env.BENCH_URL?.replace(/\/+$/, '');
  if (!external) await admin(`CREATE DATABASE ${database}`);
  let api;
  let browser;
  try {
    let seedMs = null;
    let market = null;
    let base = external;
    if (!external) {
      await seedDemo(env);
      seedMs = await seedNeeds(databaseUrl, NEEDS);
      market = await seedMarket(databaseUrl, NEEDS);
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      api = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
        cwd: root,
        env: { ...env, PORT: String(port), MIGRATE_ON_START: 'false' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
    for (let tries = 0; ; tries += 1) {
      try {
        if ((await fetch(`${base}/health/ready`)).ok && (await fetch(`${base}/needs`)).ok) break;
      } catch {
        // not listening yet
      }
      if (tries > 1200) throw new Error('the api did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    const dashboards = await measureDashboards(base);
    const allDashboards = Object.values(dashboards).flat();
    const dashboardFigures = {
      dashboard_p95_ms: round(percentile(allDashboards, 95)),
      dashboard_p50_ms: round(median(allDashboards)),
      dashboard_runs: DASHBOARD_RUNS,
      ...Object.fromEntries(Object.entries(dashboards).map(([key, ms]) => [`dashboard_${key}_p95_ms`, round(percentile(ms, 95))])),
      market,
    };
    if (process.env.BENCH_DASHBOARDS_ONLY) {
      console.log(
        JSON.stringify({
          bench: 'web',
          ...dashboardFigures,
          needs: external ? null : NEEDS,
          seed_ms: seedMs,
          cpus: cpus().length,
          load_average_at_start: round(load, 2),
          load_average_at_end: round(loadavg()[0], 2),
        }),
      );
      return;
    }
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });

    // Warm-up (the server's JIT and PostgreSQL's buffers, not the browser's cache); the first also
    // lists the JavaScript of a cold load, waiting for the network to be idle so lazy chunks count.
    const first = await loadNeedsPage(browser, base, { untilIdle: true });
    for (let i = 1; i < WARM_UP_LOADS; i += 1) await loadNeedsPage(browser, base);
    const scripts = first.scripts.map((s) => ({ ...s, path: new URL(s.url).pathname }));
    const foreign = scripts.filter((s) => new URL(s.url).origin !== base);
    if (foreign.length) throw new Error(`scripts from elsewhere: ${foreign.map((s) => s.url).join(', ')}`);
    const js = [];
    for (const s of scripts)
      js.push({
        path: s.path,
        gzip: await gzipSize(base, s.path),
        raw: (await webFile(base, s.path)).length,
        transferred: s.transferred,
        encoding: s.encoding,
      });
    const css =
      (await webFile(base, '/index.html'))
        .toString('utf8')
        .match(/href="([^"]+\.css)"/g)
        ?.map((h) => h.slice(6, -1)) ?? [];
    let cssGzip = 0;
    for (const path of css) cssGzip += await gzipSize(base, path);
    if (process.env.BENCH_DETAIL) for (const s of js) console.error(`js ${s.path}: ${s.raw} B, gzip ${s.gzip} B, sent ${s.transferred} B (${s.encoding})`);

    const loads = [];
    for (let i = 0; i < LOADS; i += 1) {
      const { timeline } = await loadNeedsPage(browser, base);
      loads.push(timeline);
      if (process.env.BENCH_DETAIL) console.error(`load ${i + 1}: ${JSON.stringify(timeline, (k, v) => (typeof v === 'number' ? round(v) : v))}`);
    }
    const cpuLoads = [];
    for (let i = 0; i < 3; i += 1) cpuLoads.push(await mainThreadCpu(browser, base));
    const searches = [];
    for (let pass = 0; pass < SEARCH_PASSES; pass += 1) searches.push(...(await searchPass(browser, base)));
    if (process.env.BENCH_DETAIL) for (const s of searches) console.error(`search ${JSON.stringify(s, (k, v) => (typeof v === 'number' ? round(v) : v))}`);
    const homes = { npc: [], donor: [] };
    for (const [who, email] of Object.entries(HOME_PEOPLE)) {
      await loadWorkspaceHome(browser, base, email); // warm-up
      for (let i = 0; i < LOADS; i += 1) {
        const home = await loadWorkspaceHome(browser, base, email);
        homes[who].push(home.painted);
        if (process.env.BENCH_DETAIL) console.error(`home ${who} ${i + 1}: ${JSON.stringify(home, (k, v) => (typeof v === 'number' ? round(v) : v))}`);
      }
    }

    await loadModerationQueue(browser, base); // warm-up
    const queues = [];
    for (let i = 0; i < LOADS; i += 1) queues.push(await loadModerationQueue(browser, base));
    if (process.env.BENCH_DETAIL) console.error(`moderation queue loads: ${queues.map((q) => round(q)).join(', ')}`);

    const painted = loads.map((l) => l.painted);
    const searchMs = searches.map((s) => s.ms);
    const kb = (bytes) => round(bytes / 1024);
    const at = (key) => round(median(loads.map((l) => l[key])));
    console.log(
      JSON.stringify({
        bench: 'web',
        initial_js_gzip_kb: kb(js.reduce((sum, s) => sum + s.gzip, 0)),
        needs_page_p75_ms: round(percentile(painted, 75)),
        search_p95_ms: round(percentile(searchMs, 95)),
        workspace_home_p75_ms: round(percentile([...homes.npc, ...homes.donor], 75)),
        moderation_queue_p75_ms: round(percentile(queues, 75)),
        ...dashboardFigures,
        needs: external ? null : NEEDS,
        seed_ms: seedMs,
        initial_js_files: js.length,
        initial_js_raw_kb: kb(js.reduce((sum, s) => sum + s.raw, 0)),
        initial_js_transferred_kb: kb(js.reduce((sum, s) => sum + (s.transferred ?? 0), 0)),
        initial_js_encoding: [...new Set(js.map((s) => s.encoding))].join(','),
        initial_css_gzip_kb: kb(cssGzip),
        loads: LOADS,
        needs_page_p50_ms: round(median(painted)),
        needs_page_max_ms: round(Math.max(...painted)),
        // Medians of the load's time line (ms from navigation start), to see where the time goes.
        needs_page_median_html_ms: at('html'),
        needs_page_median_js_loaded_ms: at('js'),
        needs_page_median_query_sent_ms: at('needsListStart'),
        needs_page_median_query_answered_ms: at('needsListEnd'),
        needs_page_median_rows_in_dom_ms: at('rows'),
        searches: searches.length,
        search_terms: TERMS.length,
        search_p50_ms: round(median(searchMs)),
        search_max_ms: round(Math.max(...searchMs)),
        search_median_debounce_ms: round(median(searches.map((s) => s.debounce))),
        search_median_request_ms: round(median(searches.map((s) => s.request))),
        search_median_render_ms: round(median(searches.map((s) => s.render))),
        workspace_home_npc_p50_ms: round(median(homes.npc)),
        workspace_home_npc_p75_ms: round(percentile(homes.npc, 75)),
        workspace_home_donor_p50_ms: round(median(homes.donor)),
        workspace_home_donor_p75_ms: round(percentile(homes.donor, 75)),
        workspace_home_max_ms: round(Math.max(...homes.npc, ...homes.donor)),
        moderation_queue_p50_ms: round(median(queues)),
        moderation_queue_max_ms: round(Math.max(...queues)),
        // Main-thread CPU of a cold load (median of 3 traced loads): the part the machine's load cannot inflate.
        needs_page_main_thread_cpu_ms: round(median(cpuLoads.map((c) => c.total))),
        needs_page_cpu_script_compile_ms: round(median(cpuLoads.map((c) => c.script))),
        needs_page_cpu_js_callbacks_ms: round(median(cpuLoads.map((c) => c.callbacks))),
        needs_page_cpu_style_layout_paint_ms: round(median(cpuLoads.map((c) => c.render))),
        cpus: cpus().length,
        load_average_at_start: round(load, 2),
        load_average_at_end: round(loadavg()[0], 2),
      }),
    );
  } finally {
    await browser?.close();
    api?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (external) {
      // not ours: nothing to drop
    } else if (process.env.BENCH_KEEP) console.error(`kept database ${database}`);
    else await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

await main();

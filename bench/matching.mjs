// The matching engine at scale. Seeds 10,000 published needs and 2,000 published offers with
// realistic spreads (States weighted to the regions that ask, themes concentrated on marking,
// record-keeping and stockpiles as in the PoA reports, budgets over three orders of magnitude,
// six languages) into a fresh database, then, with the built engine in this process:
//   1. a full rematch (first run: every suggestion written), and a second one (nothing changed);
//   2. incremental matching of one changed need (the need job), p50 and p99 over 300 needs;
//   3. on a 1,000 needs x 200 offers subset in its own database: the engine (a full rematch)
//      against a plain all-pairs scoring loop in TypeScript that computes the same scores, and
//      whether the two agree on every need's top 5.
// Needs `npm run build` and PostgreSQL.
//   npm run bench:matching        (BENCH_DATABASE_SERVER, BENCH_NEEDS, BENCH_OFFERS to override)
// Prints one JSON line: {"bench":"matching","full_rematch_ms":…,"incremental_p99_ms":…,"speedup_vs_naive":…,"top5_agreement":…}
import { join } from 'node:path';
import pg from 'pg';
import { admin, root, seedReference, seededRandom, server } from './lib/database.mjs';
import { TEXT } from './lib/vocabulary.mjs';

const NEEDS = Number(process.env.BENCH_NEEDS ?? 10_000);
const OFFERS = Number(process.env.BENCH_OFFERS ?? 2_000);
const SUBSET = { needs: 1_000, offers: 200 };
const INCREMENTAL = 300;

const { NestFactory } = await import('@nestjs/core');
const { loadConfig } = await import(join(root, 'dist/libs/core/src/index.js'));
const { CliModule } = await import(join(root, 'dist/apps/cli/src/cli.module.js'));
const matching = await import(join(root, 'dist/libs/matching/src/index.js'));
const { MatchRunsService, MatchingEngine, MatchProfilesService, MatchRunTrigger, MATCH_SETTINGS } = matching;
const { needProfile, offerProfile, scoreMatch, dayNumber, NEED_PROFILE_COLUMNS, OFFER_PROFILE_COLUMNS, LISTED_NEED, LISTED_OFFER } = matching;
const { DataSource } = await import('typeorm');

const { random, pick, some } = seededRandom(7);
const weighted = (pairs) => {
  let r = random() * pairs.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of pairs) if ((r -= w) < 0) return value;
  return pairs[pairs.length - 1][0];
};
const day = (from, spanDays) => new Date(Date.parse(from) + Math.floor(random() * spanDays) * 86_400_000).toISOString().slice(0, 10);
const addDays = (date, days) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
const amount = (min, max) => (Math.round(Math.exp(Math.log(min) + random() * (Math.log(max) - Math.log(min))) / 1000) * 1000).toFixed(2);

// The vocabulary's subjects, and the thematic area each is about.
const SUBJECT_THEMES = [
  'MARKING',
  'RECORD_KEEPING',
  'STOCKPILE_MANAGEMENT',
  'DESTRUCTION_DISPOSAL',
  'BORDER_CONTROL_LAW_ENFORCEMENT',
  'STOCKPILE_MANAGEMENT',
  'COLLECTION',
  'NATIONAL_COORDINATION',
  'TRACING',
  'PUBLIC_AWARENESS',
];
const FREQUENT = ['MARKING', 'RECORD_KEEPING', 'STOCKPILE_MANAGEMENT'];
const LANGUAGE_SHARE = [
  ['en', 40],
  ['fr', 25],
  ['es', 15],
  ['ar', 10],
  ['ru', 5],
  ['zh', 5],
];
const REGION_SHARE = [
  ['002', 45],
  ['019', 20],
  ['142', 25],
  ['009', 5],
  ['150', 5],
];

/** Inserts `rows` (objects of equal keys) in chunks, each column passed as a text array. */
async function insert(client, table, rows, casts) {
  const columns = Object.keys(rows[0]);
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    await client.query(
      `INSERT INTO ${table} (${columns.join(', ')})
       SELECT ${columns.map((c, k) => (casts[c] ?? ((x) => x))(`x.c${k}`)).join(', ')}
         FROM unnest(${columns.map((_, k) => `$${k + 1}::text[]`).join(', ')}) AS x(${columns.map((_, k) => `c${k}`).join(', ')})`,
      columns.map((c) => chunk.map((r) => (r[c] === null ? null : Array.isArray(r[c]) ? r[c].join(',') : String(r[c])))),
    );
  }
}

const arrayCast = (x) => `coalesce(string_to_array(${x}, ','), '{}')`;

async function seedMarket(client, needCount, offerCount) {
  const states = (await client.query(`SELECT iso3, m49_region_code AS region FROM member_state ORDER BY iso3`)).rows;
  const byRegion = new Map(REGION_SHARE.map(([r]) => [r, states.filter((s) => s.region === r).map((s) => s.iso3)]));
  const areas = (await client.query(`SELECT code, mosaic_modules FROM thematic_area`)).rows;
  const themes = areas.map((a) => a.code);
  const modulesOf = new Map(areas.map((a) => [a.code, a.mosaic_modules]));
  const types = (await client.query('SELECT code FROM assistance_type')).rows.map((r) => r.code);
  const m49 = [
    ...new Set(
      (
        await client.query(`SELECT unnest(array_remove(ARRAY[m49_subregion_code::text, m49_intermediate_region_code::text], NULL)) AS a FROM member_state`)
      ).rows.map((r) => r.a),
    ),
  ];
  const organisationsOfStates = (await client.query(`SELECT DISTINCT organisation_code AS code FROM regional_organisation_member`)).rows.map((r) => r.code);

  const needs = Array.from({ length: needCount }, (_, i) => {
    const language = weighted(LANGUAGE_SHARE);
    const subject = Math.floor(random() * 10);
    const thematic =
      random() < 0.6 ? [...new Set([SUBJECT_THEMES[subject], ...some(FREQUENT, 0, 1)])] : [...new Set([SUBJECT_THEMES[subject], ...some(themes, 0, 2)])];
    const candidatesModules = thematic.flatMap((t) => modulesOf.get(t) ?? []);
    const budget = random() < 0.9 ? amount(20_000, 2_500_000) : null;
    const currency = budget ? (random() < 0.8 ? 'USD' : 'EUR') : null;
    const start = random() < 0.7 ? day('2027-01-01', 540) : null;
    return {
      state_iso3: pick(byRegion.get(weighted(REGION_SHARE))),
      status: 'PUBLISHED',
      published_at: '2026-11-01',
      original_language: language,
      title: `${TEXT[language].what[subject]} ${pick(TEXT[language].where)}`,
      problem: `${TEXT[language].problem} (${i})`,
      proposed_activities: '1. Assess the needs. 2. Procure equipment. 3. Train officers.',
      thematic_areas: thematic,
      mosaic_modules: candidatesModules.length && random() < 0.2 ? [pick(candidatesModules)] : [],
      assistance_types: some(types, 1, 3),
      budget_amount: budget,
      budget_currency: currency,
      budget_usd: budget ? (currency === 'EUR' ? (Number(budget) * 1.08).toFixed(2) : budget) : null,
      timeframe_start: start,
      timeframe_end: start ? addDays(start, 180 + Math.floor(random() * 900)) : null,
      valid_until: random() < 0.7 ? '2027-12-31' : '2029-12-31',
      visibility: random() < 0.9 ? 'PUBLIC' : 'STATES_AND_DONORS',
      quality_score: 60,
      version: 1,
    };
  });
  await insert(client, 'need', needs, {
    thematic_areas: arrayCast,
    mosaic_modules: arrayCast,
    assistance_types: arrayCast,
    budget_amount: (x) => `${x}::numeric`,
    budget_usd: (x) => `${x}::numeric`,
    published_at: (x) => `${x}::timestamptz`,
    timeframe_start: (x) => `${x}::date`,
    timeframe_end: (x) => `${x}::date`,
    valid_until: (x) => `${x}::date`,
    quality_score: (x) => `${x}::int`,
    version: (x) => `${x}::int`,
  });
  // A fifth of the needs are translated into English (from another language).
  await client.query(
    `INSERT INTO need_translation (need_id, language, kind, title, problem, proposed_activities)
     SELECT id, 'en', 'MACHINE', 'Translated: ' || title, ${"'"}${TEXT.en.problem.replace(/'/g, "''")}${"'"}, proposed_activities
       FROM need WHERE original_language <> 'en' AND abs(hashtext(id::text)) % 5 = 0`,
  );

  const organisations = (
    await client.query(`INSERT INTO organisation (type, name, version) SELECT 'FOUNDATION', 'Bench donor ' || i, 1 FROM generate_series(1, 150) i RETURNING id`)
  ).rows.map((r) => r.id);
  const offers = Array.from({ length: offerCount }, (_, i) => {
    const language = weighted([
      ['en', 70],
      ['fr', 20],
      ['es', 10],
    ]);
    const subject = Math.floor(random() * 10);
    const kind = random();
    const total = amount(100_000, 20_000_000);
    const max = random() < 0.6 ? Math.min(Number(total), Number(amount(100_000, 2_000_000))).toFixed(2) : null;
    const min = random() < 0.2 ? Math.min(Number(max ?? total), Number(amount(10_000, 100_000))).toFixed(2) : null;
    const remaining = (Math.round(Number(total) * (0.3 + 0.7 * random()) * 100) / 100).toFixed(2);
    const from = day('2025-01-01', 900);
    return {
      organisation_id: organisations[i % organisations.length],
      status: 'PUBLISHED',
      published_at: '2026-11-01',
      original_language: language,
      title: `${TEXT[language].what[subject]} ${pick(TEXT[language].where)}`,
      description: `${TEXT[language].problem} Offer ${i}.`,
      thematic_areas: random() < 0.05 ? [] : [...new Set([SUBJECT_THEMES[subject], ...some(random() < 0.6 ? FREQUENT : themes, 0, 3)])],
      assistance_types: some(types, 1, 3),
      eligible_everywhere: kind < 0.15,
      eligible_regions: kind >= 0.15 && kind < 0.6 ? some([...REGION_SHARE.map(([r]) => r), ...m49], 1, 2) : [],
      eligible_regional_organisations: kind >= 0.6 && kind < 0.85 ? some(organisationsOfStates, 1, 2) : [],
      eligible_states:
        kind >= 0.85
          ? some(
              states.map((s) => s.iso3),
              3,
              10,
            )
          : [],
      budget_currency: 'USD',
      budget_total: total,
      budget_min_per_project: min,
      budget_max_per_project: max,
      budget_remaining: remaining,
      budget_total_usd: total,
      budget_min_per_project_usd: min,
      budget_max_per_project_usd: max,
      budget_remaining_usd: remaining,
      available_from: from,
      available_until: random() < 0.3 ? null : addDays(from, 365 + Math.floor(random() * 1100)),
      working_languages: [...new Set([language, ...some(['en', 'fr', 'es', 'ar', 'ru', 'zh'], 0, 2)])],
      visibility: 'PUBLIC',
      version: 1,
    };
  });
  await insert(client, 'offer', offers, {
    thematic_areas: arrayCast,
    assistance_types: arrayCast,
    eligible_regions: arrayCast,
    eligible_regional_organisations: arrayCast,
    eligible_states: arrayCast,
    working_languages: arrayCast,
    organisation_id: (x) => `${x}::uuid`,
    eligible_everywhere: (x) => `${x}::boolean`,
    published_at: (x) => `${x}::timestamptz`,
    ...Object.fromEntries(
      [
        'budget_total',
        'budget_min_per_project',
        'budget_max_per_project',
        'budget_remaining',
        'budget_total_usd',
        'budget_min_per_project_usd',
        'budget_max_per_project_usd',
        'budget_remaining_usd',
      ].map((c) => [c, (x) => `${x}::numeric`]),
    ),
    available_from: (x) => `${x}::date`,
    available_until: (x) => `${x}::date`,
    version: (x) => `${x}::int`,
  });
  await client.query('VACUUM (ANALYZE) need, offer, need_translation');
}

/** A fresh database with the market seeded, and the engine's services on it. */
async function market(needCount, offerCount) {
  const database = `gis_bench_matching_${process.pid}_${needCount}`;
  await admin(`CREATE DATABASE ${database}`);
  await seedReference(database);
  const client = new pg.Client({ connectionString: `${server}/${database}` });
  await client.connect();
  await seedMarket(client, needCount, offerCount);
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: `${server}/${database}`,
    JWT_SECRET: 'benchmark-secret-benchmark-secret-0123456789',
    LOG_LEVEL: 'warn',
  });
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
  return {
    client,
    app,
    async close() {
      await app.close();
      await client.end();
      await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}

async function fullRematch(app) {
  const runs = app.get(MatchRunsService);
  const started = performance.now();
  const run = await runs.run((await runs.start(MatchRunTrigger.COMMAND, null)).id);
  return { ms: Math.round(performance.now() - started), run };
}

/** Every need's top five as the engine stored them. */
async function engineTop5(client) {
  const rows = (
    await client.query(
      `SELECT need_id, offer_id FROM (
       SELECT need_id, offer_id, row_number() OVER (PARTITION BY need_id ORDER BY score DESC, offer_id) AS rank
         FROM match WHERE status = 'SUGGESTED') ranked
      WHERE rank <= 5 ORDER BY need_id, rank`,
    )
  ).rows;
  const top = new Map();
  for (const r of rows) top.set(r.need_id, [...(top.get(r.need_id) ?? []), r.offer_id]);
  return top;
}

/**
 * The plain loop: every published need and offer read from the database, then for each pair the
 * two records turned into what scoring reads and scored, keeping each need's best five. Returns
 * the time it took and the top fives. `prepared`: records turned into profiles once, not per pair.
 */
async function naiveTop5(app, { prepared }) {
  const profiles = app.get(MatchProfilesService);
  const settings = app.get(MATCH_SETTINGS);
  const manager = app.get(DataSource).manager;
  const started = performance.now();
  const reference = await profiles.matchingReference();
  const needRows = await manager.query(`SELECT ${NEED_PROFILE_COLUMNS} FROM need n WHERE ${LISTED_NEED}`);
  const offerRows = await manager.query(`SELECT ${OFFER_PROFILE_COLUMNS} FROM offer o WHERE ${LISTED_OFFER}`);
  const today = dayNumber(new Date().toISOString().slice(0, 10));
  const needsOnce = prepared ? needRows.map((r) => needProfile(r, reference)) : null;
  const offersOnce = prepared ? offerRows.map((r) => offerProfile(r, reference)) : null;
  const top = new Map();
  for (let i = 0; i < needRows.length; i++) {
    const scored = [];
    for (let j = 0; j < offerRows.length; j++) {
      const need = prepared ? needsOnce[i] : needProfile(needRows[i], reference);
      const offer = prepared ? offersOnce[j] : offerProfile(offerRows[j], reference);
      const result = scoreMatch(need, offer, settings.weights, today);
      if (result.fits && result.total >= settings.minScore) scored.push({ id: offer.id, total: result.total });
    }
    scored.sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : 1));
    if (scored.length)
      top.set(
        needRows[i].id,
        scored.slice(0, 5).map((s) => s.id),
      );
  }
  return { ms: Math.round(performance.now() - started), top };
}

function agreement(a, b) {
  const needs = new Set([...a.keys(), ...b.keys()]);
  let same = 0;
  for (const id of needs) if (JSON.stringify(a.get(id) ?? []) === JSON.stringify(b.get(id) ?? [])) same++;
  return needs.size ? Math.round((same / needs.size) * 10_000) / 10_000 : 1;
}

const percentile = (sorted, p) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 100) / 100;

async function main() {
  const result = { bench: 'matching', needs: NEEDS, offers: OFFERS };

  // 1 and 2: the whole market.
  const big = await market(NEEDS, OFFERS);
  try {
    const first = await fullRematch(big.app);
    const again = await fullRematch(big.app);
    const {
      rows: [counts],
    } = await big.client.query(
      `SELECT count(*) FILTER (WHERE status = 'SUGGESTED')::int AS suggested, count(DISTINCT need_id) FILTER (WHERE status = 'SUGGESTED')::int AS needs_with,
              count(*) FILTER (WHERE strong_announced)::int AS strong, round(avg(score) FILTER (WHERE status = 'SUGGESTED'), 3)::float AS mean_score
         FROM match`,
    );
    Object.assign(result, {
      full_rematch_ms: first.ms,
      full_rematch_again_ms: again.ms,
      suggestions: counts.suggested,
      needs_with_suggestions: counts.needs_with,
      strong_announced: counts.strong,
      mean_suggested_score: counts.mean_score,
      matches_changed_again: again.run.matchesChanged,
    });

    // The loop over all 20 million pairs, profiles prepared once (no writes): the engine's
    // second run above does the same reading and scoring, through its index.
    Object.assign(result, { prepared_loop_full_ms: (await naiveTop5(big.app, { prepared: true })).ms });

    const engine = big.app.get(MatchingEngine);
    const ids = (await big.client.query(`SELECT id FROM need WHERE status = 'PUBLISHED' ORDER BY md5(id::text) LIMIT ${INCREMENTAL + 30}`)).rows.map(
      (r) => r.id,
    );
    const latencies = [];
    for (const [k, id] of ids.entries()) {
      // A material change, as an NPC's edit would make: a new budget.
      await big.client.query(
        `UPDATE need SET budget_amount = 50000 + $2::int * 1000, budget_currency = 'USD', budget_usd = 50000 + $2::int * 1000, version = version + 1 WHERE id = $1`,
        [id, k],
      );
      const t0 = performance.now();
      await engine.matchNeeds([id]);
      if (k >= 30) latencies.push(performance.now() - t0); // the first 30 warm up
    }
    latencies.sort((a, b) => a - b);
    Object.assign(result, { incremental_p50_ms: percentile(latencies, 50), incremental_p99_ms: percentile(latencies, 99) });
  } finally {
    await big.close();
  }

  // 3: the engine against the plain loop, on the subset.
  const small = await market(SUBSET.needs, SUBSET.offers);
  try {
    const naive = await naiveTop5(small.app, { prepared: false });
    const preparedLoop = await naiveTop5(small.app, { prepared: true });
    const engine = await fullRematch(small.app);
    const top = await engineTop5(small.client);
    Object.assign(result, {
      subset: `${SUBSET.needs}x${SUBSET.offers}`,
      engine_subset_ms: engine.ms,
      naive_subset_ms: naive.ms,
      prepared_loop_subset_ms: preparedLoop.ms,
      speedup_vs_naive: Math.round((naive.ms / engine.ms) * 10) / 10,
      speedup_vs_prepared_loop: Math.round((preparedLoop.ms / engine.ms) * 10) / 10,
      top5_agreement: agreement(top, naive.top),
      top5_agreement_prepared: agreement(top, preparedLoop.top),
    });
  } finally {
    await small.close();
  }
  console.log(JSON.stringify(result));
}

await main();

// Standing criteria at scale: 5,000 donors' criteria with realistic spreads in a fresh database,
// then the query the worker runs when a need is published (MATCHING_CRITERIA_SQL, with the
// need's keys from needMatchKeys, both from the built code) for 2,000 published needs drawn from
// realistic spreads. Needs `npm run build` and PostgreSQL.
//   npm run bench:criteria        (BENCH_DATABASE_SERVER to override)
// Prints one JSON line: {"bench":"criteria","criteria_match_p99_ms":…, …}
import { join } from 'node:path';
import pg from 'pg';
import { admin, root, seedReference, seededRandom, server } from './lib/database.mjs';

const { MATCHING_CRITERIA_SQL, needMatchKeys } = await import(join(root, 'dist/libs/offers/src/standing-criteria.service.js'));
const database = `gis_bench_criteria_${process.pid}`;
const CRITERIA = Number(process.env.BENCH_CRITERIA ?? 5000);
const NEEDS = 2000;

const { random, pick, some } = seededRandom(42);

async function main() {
  await admin(`CREATE DATABASE ${database}`);
  const client = new pg.Client({ connectionString: `${server}/${database}` });
  try {
    await seedReference(database);
    await client.connect();
    const themes = (await client.query('SELECT code FROM thematic_area')).rows.map((r) => r.code);
    const types = (await client.query('SELECT code FROM assistance_type')).rows.map((r) => r.code);
    const states = (
      await client.query(
        `SELECT iso3, array_remove(ARRAY[m49_region_code::text, m49_subregion_code::text, m49_intermediate_region_code::text], NULL) AS areas FROM member_state`,
      )
    ).rows;
    const areas = [...new Set(states.flatMap((s) => s.areas))];
    const languages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

    // 200 donor organisations, 25 criteria each.
    const organisations = (
      await client.query(
        `INSERT INTO organisation (type, name, version) SELECT 'FOUNDATION', 'Bench donor ' || i, 1 FROM generate_series(1, 200) i RETURNING id`,
      )
    ).rows.map((r) => r.id);
    const rows = Array.from({ length: CRITERIA }, (_, i) => {
      const placeKind = random();
      const places = placeKind < 0.2 ? ['*'] : placeKind < 0.6 ? some(states, 1, 5).map((s) => s.iso3) : some(areas, 1, 2).map((a) => `M49:${a}`);
      const band = random();
      return [
        organisations[i % organisations.length],
        `Criteria ${i}`,
        random() < 0.3 ? ['*'] : some(themes, 1, 3),
        random() < 0.5 ? ['*'] : some(types, 1, 2),
        places,
        random() < 0.7 ? ['*'] : some(languages, 1, 2),
        band < 0.5 ? null : String(Math.floor(random() * 10) * 50000),
        band < 0.5 ? null : String(500000 + Math.floor(random() * 20) * 100000),
        random() > 0.05,
      ];
    });
    const started = performance.now();
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await client.query(
        `INSERT INTO standing_criteria (organisation_id, name, thematic_areas, assistance_types, places, languages,
                                        budget_usd_min, budget_usd_max, active, version)
         SELECT o, n, string_to_array(t, ','), string_to_array(a, ','), string_to_array(p, ','), string_to_array(l, ','), mi, ma, ac, 1
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::numeric[], $8::numeric[], $9::boolean[])
             AS x(o, n, t, a, p, l, mi, ma, ac)`,
        [0, 1, 2, 3, 4, 5, 6, 7, 8].map((k) => chunk.map((r) => (Array.isArray(r[k]) ? r[k].join(',') : r[k]))),
      );
    }
    const insertMs = Math.round(performance.now() - started);
    await client.query('VACUUM (ANALYZE) standing_criteria');

    // Published needs as the worker sees them: keys from the built needMatchKeys.
    const needs = Array.from({ length: NEEDS }, () => {
      const state = pick(states);
      return needMatchKeys(
        {
          thematicAreas: random() < 0.5 ? some(['MARKING', 'RECORD_KEEPING', 'STOCKPILE_MANAGEMENT'], 1, 2) : some(themes, 1, 3),
          assistanceTypes: some(types, 1, 2),
          stateIso3: state.iso3,
          originalLanguage: pick(languages),
          budgetUsd: random() < 0.1 ? null : String(20000 + Math.floor(random() * 2500000)),
        },
        state.areas,
        random() < 0.2 ? [pick(languages)] : [],
      );
    });
    for (const keys of needs.slice(0, 100)) await client.query(MATCHING_CRITERIA_SQL, keys); // warm-up
    const latencies = [];
    let matches = 0;
    for (const keys of needs) {
      const t0 = performance.now();
      const result = await client.query(MATCHING_CRITERIA_SQL, keys);
      latencies.push(performance.now() - t0);
      matches += result.rowCount;
    }
    const plan = (await client.query(`EXPLAIN ${MATCHING_CRITERIA_SQL}`, needs[0])).rows.map((r) => r['QUERY PLAN']).join(' ');
    latencies.sort((a, b) => a - b);
    const at = (p) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] * 100) / 100;
    console.log(
      JSON.stringify({
        bench: 'criteria',
        criteria: CRITERIA,
        needs: NEEDS,
        insert_ms: insertMs,
        criteria_match_p50_ms: at(50),
        criteria_match_p99_ms: at(99),
        mean_matches_per_need: Math.round((matches / NEEDS) * 10) / 10,
        uses_indexes: /Bitmap Index Scan/.test(plan),
      }),
    );
  } finally {
    await client.end().catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

await main();

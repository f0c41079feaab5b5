// The 50,000-needs database of `bench:needs`, shared with `bench:web` so both measure the same data.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { root } from './database.mjs';
import { TEXT } from './vocabulary.mjs';

export const LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];
export const THEMES = [
  ['MARKING', 'RECORD_KEEPING'],
  ['RECORD_KEEPING'],
  ['STOCKPILE_MANAGEMENT'],
  ['DESTRUCTION_DISPOSAL'],
  ['BORDER_CONTROL_LAW_ENFORCEMENT'],
  ['STOCKPILE_MANAGEMENT', 'DESTRUCTION_DISPOSAL'],
  ['COLLECTION'],
  ['NATIONAL_COORDINATION'],
  ['TRACING'],
  ['PUBLIC_AWARENESS'],
];
export const TYPES = [['EQUIPMENT', 'TRAINING'], ['TECHNICAL'], ['FINANCIAL'], ['TRAINING'], ['EXPERTISE_PERSONNEL', 'TECHNICAL'], ['LEGAL_DRAFTING']];

/** Migrates the database of `env.DATABASE_URL` and loads the reference and demo data (CLI `seed --demo`). */
export function seedDemo(env) {
  const args = [join(root, 'dist/apps/cli/src/main.js'), 'seed', '--demo'];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

/**
 * Inserts `count` needs in one set-based statement (States over all 193, texts in the six
 * languages, 10 theme and 6 assistance-type combinations, budgets, statuses, visibilities), then
 * VACUUM (ANALYZE). Returns the time it took in ms.
 */
export async function seedNeeds(databaseUrl, count) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    // Text arrays indexed [language][i]; the database builds each need from indexes.
    const what = LANGUAGES.map((l) => TEXT[l].what);
    const where = LANGUAGES.map((l) => TEXT[l].where);
    const problem = LANGUAGES.map((l) => TEXT[l].problem);
    await client.query(
      `WITH s AS (SELECT array_agg(iso3 ORDER BY iso3) AS states FROM member_state)
       INSERT INTO need (state_iso3, status, status_changed_at, published_at, original_language, title, problem, proposed_activities,
                         already_done, national_contribution, thematic_areas, assistance_types, budget_amount, budget_currency,
                         budget_usd, budget_usd_rate_date, priority_rank, timeframe_start, timeframe_end, visibility, valid_until,
                         quality_score, version)
       SELECT s.states[1 + (i::bigint * 7919) % 193],
              CASE WHEN i % 25 = 0 THEN 'SUBMITTED' WHEN i % 40 = 1 THEN 'DRAFT' WHEN i % 97 = 2 THEN 'CLOSED' ELSE 'PUBLISHED' END,
              now() - (i % 400) * interval '1 day', now() - (i % 400) * interval '1 day',
              l.code,
              ($1::jsonb -> l.idx ->> (i % 10)) || ' ' || ($2::jsonb -> l.idx ->> (i % 6)),
              ($3::jsonb ->> l.idx) || ' (' || i || ')',
              '1. Assess needs. 2. Procure ' || (i % 9 + 1) || ' items. 3. Train ' || (i % 50 + 10) || ' officers.',
              CASE WHEN i % 3 = 0 THEN NULL ELSE 'A national commission was set up and an inventory started.' END,
              CASE WHEN i % 4 = 0 THEN NULL ELSE 'Staff, premises and running costs.' END,
              ($4::jsonb ->> (i % 10))::text[], ($5::jsonb ->> (i % 6))::text[],
              CASE WHEN i % 11 = 0 THEN NULL ELSE round((20000 + (i::bigint * 104729) % 2500000)::numeric, 2) END,
              CASE WHEN i % 11 = 0 THEN NULL WHEN i % 5 = 0 THEN 'EUR' ELSE 'USD' END,
              CASE WHEN i % 11 = 0 THEN NULL WHEN i % 5 = 0 THEN round((20000 + (i::bigint * 104729) % 2500000) * 1.08, 2)
                   ELSE round((20000 + (i::bigint * 104729) % 2500000)::numeric, 2) END,
              CASE WHEN i % 11 = 0 THEN NULL ELSE current_date END,
              CASE WHEN i % 7 = 0 THEN NULL ELSE 1 + i % 5 END,
              DATE '2027-01-01' + (i % 300), DATE '2028-01-01' + (i % 300),
              CASE WHEN i % 10 < 7 THEN 'PUBLIC' WHEN i % 10 < 9 THEN 'STATES_AND_DONORS' ELSE 'PRIVATE' END,
              DATE '2027-12-31' + (i % 3) * 365,
              30 + i % 71, 1
         FROM generate_series(1, $6::int) AS i
         CROSS JOIN s
         CROSS JOIN LATERAL (SELECT (ARRAY['en','fr','es','ru','ar','zh'])[1 + i % 6] AS code, i % 6 AS idx) l`,
      [
        JSON.stringify(what),
        JSON.stringify(where),
        JSON.stringify(problem),
        JSON.stringify(THEMES.map((t) => `{${t.join(',')}}`)),
        JSON.stringify(TYPES.map((t) => `{${t.join(',')}}`)),
        count,
      ],
    );
    // A database in steady state: hint bits set, visibility map and statistics current.
    await client.query('VACUUM (ANALYZE) need');
    return Math.round(performance.now() - started);
  } finally {
    await client.end();
  }
}

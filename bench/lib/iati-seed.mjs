// Proposals for the IATI file at scale (issue 15: `iati_1000_proposals_ms`), inserted by SQL:
// each has reached the market (an agreed revision of three tranches), one or two requesting
// States (the States of its needs, parties), thematic areas from its needs, and a ledger of a
// commitment, a disbursement, a reported contribution and a pledge (which is no transaction).
// Every one is funded or later, so the anonymous file holds them all.
//
//   import { seedIatiProposals, timeIatiFile } from './lib/iati-seed.mjs';
//   await seedIatiProposals(databaseUrl, 1000);          // after seedDemo (reference and demo data)
//   const { ms, bytes, activities, xml } = await timeIatiFile(port);   // GET /iati/activities.xml
//
// Run alone (`npm run build` first; PostgreSQL and Redis), it measures once in a database of its own
// with the api in NODE_ENV=test, so the file is validated against the schema before it is served:
//   node bench/lib/iati-seed.mjs        (BENCH_PROPOSALS=1000, BENCH_DATABASE_SERVER, REDIS_URL)
import { spawn } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { admin, freePort, root, server } from './database.mjs';
import { seedDemo, seedNeeds } from './needs-data.mjs';

// Titles in the six languages, with XML's special characters, as people write them.
const TITLES = [
  'Marking & record-keeping of police weapons <phase {n}>',
  'Marquage des armes de la police « phase {n} » & formation',
  'Marcaje de armas de la policía "fase {n}" y capacitación',
  'Маркировка оружия полиции, этап {n} & обучение',
  'وسم أسلحة الشرطة، المرحلة {n} & التدريب',
  '警用武器标识与记录保存，第{n}阶段 & 培训',
];

/**
 * Inserts `count` proposals as described above, in one transaction, then VACUUM (ANALYZE). Uses
 * published needs no proposal carries yet (seeding 3 × count more when there are fewer than 2 × count) and
 * makes a State organisation for each State that has none. Returns the time it took in ms.
 */
export async function seedIatiProposals(databaseUrl, count) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const free = async () =>
      Number((await client.query(`SELECT count(*) AS n FROM need WHERE status = 'PUBLISHED' AND id NOT IN (SELECT need_id FROM proposal_need)`)).rows[0].n);
    // About 93 % of the seeded needs are published: three per proposal leave room.
    if ((await free()) < 2 * count) await seedNeeds(databaseUrl, 3 * count);
    const started = performance.now();
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO organisation (type, name, state_iso3, version)
       SELECT 'MEMBER_STATE', 'State of ' || ms.iso3, ms.iso3, 1 FROM member_state ms
        WHERE NOT EXISTS (SELECT 1 FROM organisation o WHERE o.type = 'MEMBER_STATE' AND o.state_iso3 = ms.iso3)`,
    );
    // Proposal i carries need 2i-1, and need 2i when i is even (two requesting States, mostly).
    await client.query(
      `CREATE TEMP TABLE bench_iati ON COMMIT DROP AS
       WITH n AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM need
                   WHERE status = 'PUBLISHED' AND id NOT IN (SELECT need_id FROM proposal_need))
       SELECT i, gen_random_uuid() AS id, a.id AS need_a, CASE WHEN i % 2 = 0 THEN b.id END AS need_b
         FROM generate_series(1, $1::int) AS i JOIN n a ON a.k = 2 * i - 1 LEFT JOIN n b ON b.k = 2 * i`,
      [count],
    );
    await client.query(
      `INSERT INTO proposal (id, reference, title, summary, implementing_agency, currency, target_amount, status, status_changed_at,
                             created_at, funding_deadline, version)
       SELECT b.id, 'IATI-BENCH-' || lpad(b.i::text, 5, '0'), replace(($1::jsonb ->> (b.i % 6)), '{n}', b.i::text),
              'Machines, training and evaluation: "bench" proposal ' || b.i || ' <all tranches> & more.',
              'National Commission on Small Arms ' || (b.i % 40),
              CASE WHEN b.i % 4 = 0 THEN 'EUR' ELSE 'USD' END, 300000.00,
              (ARRAY['FUNDED', 'IN_IMPLEMENTATION', 'COMPLETED', 'CLOSED'])[1 + b.i % 4],
              now() - (b.i % 100) * interval '1 day', now() - (200 + b.i % 100) * interval '1 day',
              DATE '2026-06-30' + (b.i % 300), 1
         FROM bench_iati b`,
      [JSON.stringify(TITLES)],
    );
    await client.query(
      `INSERT INTO proposal_revision (proposal_id, number, status, scope, tranches, total, created_at, agreed_at)
       SELECT b.id, 1, 'AGREED', 'Procure, train, evaluate.',
              '[{"number": 1, "title": "Equipment", "lines": [{"description": "Marking machines", "amount": "120000.00"}, {"description": "Spare parts", "amount": "30000.50"}]},
                {"number": 2, "title": "Training", "lines": [{"description": "Armourers", "amount": "99999.50"}]},
                {"number": 3, "title": "Evaluation", "lines": [{"description": "Final evaluation", "amount": "50000.00"}]}]'::jsonb,
              300000.00, now() - (200 + b.i % 100) * interval '1 day', now() - (150 + b.i % 100) * interval '1 day'
         FROM bench_iati b`,
    );
    await client.query(
      `INSERT INTO proposal_need (proposal_id, need_id)
       SELECT id, need_a FROM bench_iati UNION SELECT id, need_b FROM bench_iati WHERE need_b IS NOT NULL`,
    );
    await client.query(`UPDATE need SET status = 'IN_PROPOSAL' WHERE id IN (SELECT need_a FROM bench_iati UNION SELECT need_b FROM bench_iati)`);
    await client.query(
      `INSERT INTO proposal_party (proposal_id, organisation_id, kind, state_iso3, endorsed_at)
       SELECT DISTINCT b.id, o.id, 'STATE', n.state_iso3, now() - interval '160 days'
         FROM bench_iati b JOIN need n ON n.id IN (b.need_a, b.need_b)
         JOIN organisation o ON o.type = 'MEMBER_STATE' AND o.state_iso3 = n.state_iso3`,
    );
    await client.query(
      `WITH d AS (SELECT array_agg(id ORDER BY id) AS orgs FROM organisation WHERE type IN ('DONOR_GOVERNMENT', 'FOUNDATION'))
       INSERT INTO contribution (proposal_id, organisation_id, kind, amount, status, tranche_number, status_changed_at, version)
       SELECT b.id, d.orgs[1 + (k + b.i) % cardinality(d.orgs)], 'MONEY', a, s, t, now() - (100 - k * 10 + b.i % 50) * interval '1 day', 1
         FROM bench_iati b CROSS JOIN d
         CROSS JOIN (VALUES (1, 150000.50, 'DISBURSED', 1), (2, 99999.50, 'COMMITTED', 2), (3, 50000.00, 'REPORTED', 3), (4, 1000.00, 'PLEDGED', NULL))
              AS c(k, a, s, t)`,
    );
    await client.query('COMMIT');
    for (const table of ['proposal', 'proposal_revision', 'proposal_need', 'proposal_party', 'contribution', 'need', 'organisation']) {
      await client.query(`VACUUM (ANALYZE) ${table}`);
    }
    return Math.round(performance.now() - started);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Times one `GET /iati/activities.xml` (anonymous unless `token`): ms, bytes, activities served and the file. */
export function timeIatiFile(port, token) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const request = http.get(
      { host: '127.0.0.1', port, path: '/iati/activities.xml', headers: token ? { authorization: `Bearer ${token}` } : {} },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          if (response.statusCode !== 200) return fail(new Error(`GET /iati/activities.xml answered ${response.statusCode}`));
          const xml = Buffer.concat(chunks);
          done({
            ms: Math.round(performance.now() - started),
            bytes: xml.length,
            activities: Number(response.headers['x-iati-activities']),
            xml: xml.toString('utf8'),
          });
        });
      },
    );
    request.on('error', fail);
  });
}

/**
 * Validates a file against the schema in this process, with the built module the api uses
 * (`npm run build` first): what the api does before serving outside production. Returns ms and validity.
 */
export async function timeIatiValidation(xml) {
  const { validateIatiXml } = await import(pathToFileURL(join(root, 'dist/libs/open-data/src/iati/iati-validation.js')).href);
  const started = performance.now();
  const { valid, errors } = await validateIatiXml(xml);
  return { ms: Math.round(performance.now() - started), valid, errors };
}

/** Alone: one database, the proposals, the api (validating), three timed downloads; one JSON line. */
async function main() {
  const count = Number(process.env.BENCH_PROPOSALS ?? 1000);
  const database = `gis_bench_iati_${process.pid}`;
  const env = {
    PATH: process.env.PATH,
    DATABASE_URL: `${server}/${database}`,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `gis-bench-${process.pid}`,
    // Not production: the api validates the file against the schema before serving it, as the target
    // counts (BENCH_NODE_ENV=production times it without).
    NODE_ENV: process.env.BENCH_NODE_ENV ?? 'test',
    JWT_SECRET: 'benchmark-secret-benchmark-secret-0123456789',
    LOG_LEVEL: 'warn',
  };
  await admin(`CREATE DATABASE ${database}`);
  let api;
  try {
    await seedDemo(env);
    const seedMs = await seedIatiProposals(env.DATABASE_URL, count);
    const port = await freePort();
    api = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
      cwd: root,
      env: { ...env, PORT: String(port), MIGRATE_ON_START: 'false' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (let tries = 0; ; tries += 1) {
      try {
        await timeIatiFile(port);
        break;
      } catch {
        if (tries > 300) throw new Error('the api did not start');
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const runs = [];
    for (let i = 0; i < 3; i += 1) runs.push(await timeIatiFile(port));
    const median = [...runs].sort((a, b) => a.ms - b.ms)[1];
    if (median.activities !== count) throw new Error(`the file holds ${median.activities} activities, not ${count}`);
    console.log(
      JSON.stringify({
        bench: 'iati',
        proposals: count,
        validated: env.NODE_ENV !== 'production',
        seed_ms: seedMs,
        iati_1000_proposals_ms: median.ms,
        bytes: median.bytes,
        runs_ms: runs.map((r) => r.ms),
      }),
    );
  } finally {
    api?.kill('SIGTERM');
    if (api) await new Promise((r) => api.on('close', r));
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

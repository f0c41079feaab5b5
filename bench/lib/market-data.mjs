// The rest of the market beside the needs of needs-data.mjs, in proportion to them, for the
// dashboards (issue 14): offers, matches, proposals with their needs, contributions (the ledger)
// and the audit entries of funded proposals; needs get a submission time and some expire.
import pg from 'pg';
import { THEMES } from './needs-data.mjs';

/** Sizes in proportion to the needs (BENCH_OFFERS, BENCH_PROPOSALS, BENCH_MATCHED_SHARE override them). */
export function marketSizes(needs) {
  return {
    offers: Number(process.env.BENCH_OFFERS ?? Math.max(20, Math.round(needs / 50))),
    proposals: Number(process.env.BENCH_PROPOSALS ?? Math.max(10, Math.round(needs / 100))),
    matchedShare: Number(process.env.BENCH_MATCHED_SHARE ?? 0.4),
  };
}

/** Inserts the market in set-based statements, then VACUUM (ANALYZE). Returns the sizes and the time in ms. */
export async function seedMarket(databaseUrl, needs) {
  const sizes = marketSizes(needs);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    await client.query('BEGIN');
    // Needs: submitted some days before publication; 2% of the published ones expired.
    await client.query(
      `UPDATE need SET endorsed_at = published_at - (1 + abs(hashtext(id::text)) % 20) * interval '1 day',
                       status = CASE WHEN status = 'PUBLISHED' AND abs(hashtext(id::text)) % 50 = 0 THEN 'EXPIRED' ELSE status END
        WHERE published_at IS NOT NULL`,
    );
    // Offers of the demo's donors: themes like the needs', eligible everywhere, in a region or subregion, or for a few States.
    await client.query(
      `WITH d AS (SELECT array_agg(id ORDER BY id) AS orgs FROM organisation WHERE type IN ('DONOR_GOVERNMENT', 'FOUNDATION')),
            s AS (SELECT array_agg(iso3 ORDER BY iso3) AS states FROM member_state)
       INSERT INTO offer (organisation_id, status, status_changed_at, published_at, original_language, title, description, assistance_types,
                          thematic_areas, eligible_everywhere, eligible_regions, eligible_states, budget_currency, budget_total,
                          budget_remaining, budget_total_usd, budget_remaining_usd, budget_usd_rate_date, available_from, available_until,
                          working_languages, visibility, version)
       SELECT d.orgs[1 + i % cardinality(d.orgs)],
              CASE WHEN i % 12 = 0 THEN 'DRAFT' WHEN i % 15 = 1 THEN 'EXHAUSTED' ELSE 'PUBLISHED' END,
              now() - (i % 300) * interval '1 day', now() - (i % 300) * interval '1 day', 'en',
              'Bench offer ' || i, 'Equipment, training and expertise for the bench (' || i || ').', '{EQUIPMENT,TRAINING}',
              CASE WHEN i % 9 = 0 THEN '{}'::text[] ELSE ($1::jsonb ->> (i % 10))::text[] END,
              i % 20 = 0,
              CASE WHEN i % 20 = 0 OR i % 4 = 3 THEN '{}'::text[]
                   ELSE ARRAY[(ARRAY['002','019','142','150','009','011','014','017','018','145','034','035','151','155','039','154','419','013','005','029'])[1 + i % 20]] END,
              CASE WHEN i % 4 = 3 THEN ARRAY[s.states[1 + i % 193], s.states[1 + (i * 7) % 193], s.states[1 + (i * 13) % 193]] ELSE '{}'::text[] END,
              'USD', 500000 + (i % 20) * 100000,
              CASE WHEN i % 15 = 1 THEN 0 ELSE 250000 + (i % 20) * 50000 END,
              500000 + (i % 20) * 100000, CASE WHEN i % 15 = 1 THEN 0 ELSE 250000 + (i % 20) * 50000 END, current_date,
              DATE '2026-01-01', CASE WHEN i % 6 = 0 THEN NULL ELSE DATE '2028-12-31' END, '{en,fr}',
              CASE WHEN i % 10 < 7 THEN 'PUBLIC' WHEN i % 10 < 9 THEN 'STATES_AND_DONORS' ELSE 'PRIVATE' END, 1
         FROM generate_series(1, $2::int) AS i CROSS JOIN d CROSS JOIN s`,
      [JSON.stringify(THEMES.map((t) => `{${t.join(',')}}`)), sizes.offers],
    );
    // Matches: a share of the published (and later) needs, each with one offer, some days after publication.
    await client.query(
      `WITH o AS (SELECT array_agg(id ORDER BY id) AS offers FROM offer WHERE status = 'PUBLISHED'),
            n AS (SELECT id, published_at, row_number() OVER (ORDER BY id) AS i FROM need WHERE published_at IS NOT NULL)
       INSERT INTO match (need_id, offer_id, status, origin, score, fits, breakdown, breakdown_digest, basis, created_at, status_changed_at, scored_at, version)
       SELECT n.id, o.offers[1 + n.i % cardinality(o.offers)], CASE WHEN n.i % 3 = 0 THEN 'CONFIRMED' ELSE 'SUGGESTED' END, 'ENGINE',
              0.5 + (n.i % 50) / 100.0, true, '{}'::json, 'bench', 'REGION',
              n.published_at + (n.i % 30) * interval '1 day' + interval '2 hours', now(), now(), 1
         FROM n CROSS JOIN o
        WHERE n.i % 100 < $1::int`,
      [Math.round(sizes.matchedShare * 100)],
    );
    // Proposals of two matched needs each, over their life cycle; some in EUR.
    await client.query(
      `WITH m AS (SELECT DISTINCT ON (need_id) need_id, created_at FROM match ORDER BY need_id),
            pairs AS (SELECT need_id, created_at, (row_number() OVER (ORDER BY need_id) + 1) / 2 AS p FROM m),
            made AS (
              INSERT INTO proposal (reference, title, summary, implementing_agency, currency, target_amount, status, created_at, funding_deadline, version)
              SELECT 'BENCH-' || p, 'Bench proposal ' || p, 'Two needs compiled for the bench.', 'UNDP',
                     CASE WHEN p % 4 = 0 THEN 'EUR' ELSE 'USD' END, 200000 + (p % 10) * 50000,
                     (ARRAY['DRAFT','OPEN_FOR_FUNDING','PARTIALLY_FUNDED','FUNDED','IN_IMPLEMENTATION','COMPLETED'])[1 + p % 6],
                     max(created_at) + (p % 20) * interval '1 day', DATE '2027-12-31', 1
                FROM pairs WHERE p <= $1::int GROUP BY p
              RETURNING id, reference)
       INSERT INTO proposal_need (proposal_id, need_id)
       SELECT made.id, pairs.need_id FROM made JOIN pairs ON 'BENCH-' || pairs.p = made.reference`,
      [sizes.proposals],
    );
    await client.query(`UPDATE need SET status = 'IN_PROPOSAL' WHERE id IN (SELECT need_id FROM proposal_need) AND status = 'PUBLISHED'`);
    // The ledger: a pledge, a commitment and a disbursement on each proposal past the draft.
    await client.query(
      `WITH d AS (SELECT array_agg(id ORDER BY id) AS orgs FROM organisation WHERE type IN ('DONOR_GOVERNMENT', 'FOUNDATION'))
       INSERT INTO contribution (proposal_id, organisation_id, kind, amount, status, version)
       SELECT p.id, d.orgs[1 + (k + abs(hashtext(p.id::text))) % cardinality(d.orgs)], 'MONEY', round(p.target_amount * f, 2), s, 1
         FROM proposal p CROSS JOIN d
         CROSS JOIN (VALUES (1, 0.2, 'PLEDGED'), (2, 0.3, 'COMMITTED'), (3, 0.25, 'DISBURSED'), (4, 0.05, 'INTENT')) AS c(k, f, s)
        WHERE p.status <> 'DRAFT'`,
    );
    // When funded proposals became funded (the flow chart reads the audit trail).
    await client.query(
      `INSERT INTO audit_entry (action, entity_type, entity_id, from_state, to_state, occurred_at)
       SELECT 'proposal.transitioned', 'proposal', p.id::text, 'PARTIALLY_FUNDED', 'FUNDED', p.created_at + (1 + abs(hashtext(p.id::text)) % 90) * interval '1 day'
         FROM proposal p WHERE p.status IN ('FUNDED', 'IN_IMPLEMENTATION', 'COMPLETED')`,
    );
    await client.query('COMMIT');
    for (const table of ['need', 'offer', 'match', 'proposal', 'proposal_need', 'contribution', 'audit_entry']) await client.query(`VACUUM (ANALYZE) ${table}`);
    return { ...sizes, ms: Math.round(performance.now() - started) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

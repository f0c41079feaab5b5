import { ok, publishNeed, publishOffer } from './support/market.js';
import { newFoundationDonor } from './support/people.js';
import { openProposal } from './support/proposals.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

/**
 * The dashboards (docs/DASHBOARDS.md): each figure is checked against the same data counted here
 * independently, from plain rows read from the database and the rules written out in the test,
 * for an anonymous reader, an NPC and UNODA, who see different figures where records are not public.
 */

const COVERAGE = `query ($filter: DashboardFilter) { coverageDashboard(filter: $filter) {
  needs unmetCount asOf
  cells { thematicAreaCode regionCode regionName needs needsBudgetUsd fittingOffers offersRemainingUsd }
  unmet { id title stateIso3 budgetUsd } } }`;
const FUNDING = `query ($dimension: FundingDimension!, $filter: DashboardFilter) { fundingDashboard(dimension: $dimension, filter: $filter) {
  dimension asOf rateDate
  rows { key name requestedUsd pledgedUsd committedUsd disbursedUsd gapUsd }
  total { requestedUsd pledgedUsd committedUsd disbursedUsd gapUsd } } }`;
const FLOW = `query ($filter: DashboardFilter) { flowDashboard(filter: $filter) {
  publishedNeeds expiredUnmatched expiredUnmatchedShare stages { stage count q1Days medianDays q3Days } } }`;

interface Cell {
  thematicAreaCode: string;
  regionCode: string;
  needs: number;
  needsBudgetUsd: string;
  fittingOffers: number;
  offersRemainingUsd: string;
}
interface Coverage {
  needs: number;
  unmetCount: number;
  asOf: string;
  cells: Cell[];
  unmet: { id: string }[];
}
interface FundingRow {
  key: string | null;
  requestedUsd: string;
  pledgedUsd: string;
  committedUsd: string;
  disbursedUsd: string;
  gapUsd: string;
}
interface Funding {
  rows: FundingRow[];
  total: FundingRow;
  rateDate: string | null;
}

/** Who is reading, as the rules of the lists see them. */
interface Viewer {
  token?: string;
  loggedIn: boolean;
  unoda: boolean;
  states: string[];
  organisations: string[];
}

interface NeedRow {
  id: string;
  status: string;
  visibility: string;
  state_iso3: string;
  thematic_areas: string[];
  budget_usd: string | null;
  budget_amount: string | null;
  budget_currency: string | null;
  valid_until: string;
  region: string;
}
interface OfferRow {
  id: string;
  status: string;
  visibility: string;
  organisation_id: string;
  thematic_areas: string[];
  eligible_everywhere: boolean;
  eligible_states: string[];
  eligible_regions: string[];
  eligible_regional_organisations: string[];
  available_from: string;
  available_until: string | null;
  budget_remaining_usd: string | null;
}

const LISTED_NEED = ['PUBLISHED', 'IN_PROPOSAL', 'PARTIALLY_FUNDED', 'FUNDED', 'CLOSED'];
const cents = (value: string | number | null | undefined) => Math.round(Number(value ?? 0) * 100);

describe('Dashboards', () => {
  let t: TestApp;
  let moderator: string;
  let npc: string;
  const viewers: Record<'anonymous' | 'npc' | 'unoda', Viewer> = {
    anonymous: { loggedIn: false, unoda: false, states: [], organisations: [] },
    npc: { loggedIn: true, unoda: false, states: ['GHA'], organisations: [] },
    unoda: { loggedIn: true, unoda: true, states: [], organisations: [] },
  };
  let donor: { token: string; organisationId: string };

  beforeAll(async () => {
    t = await startTestApp();
    [moderator, npc] = await Promise.all([t.login('moderator@example.org'), t.login('npc.ghana@example.org')]);
    viewers.npc.token = npc;
    viewers.unoda.token = moderator;
    const [{ organisation_id: ghana }] = await t.dataSource.query(
      `SELECT m.organisation_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = 'npc.ghana@example.org' LIMIT 1`,
    );
    viewers.npc.organisations = [ghana];
    donor = await newFoundationDonor(t, 'Dashboard Foundation');
    // Non-public needs: the NPC of Ghana and UNODA count them, the public does not.
    await publishNeed(t, npc, moderator, {
      title: 'Storage for the dashboard (states and donors)',
      visibility: 'STATES_AND_DONORS',
      thematicAreas: ['STOCKPILE_MANAGEMENT'],
    });
    await publishNeed(t, npc, moderator, { title: 'Private need for the dashboard', visibility: 'PRIVATE', budget: { amount: '12345.67', currency: 'USD' } });
    // A need no offer fits: a thematic area offered to no one in its region.
    await publishNeed(t, npc, moderator, {
      title: 'Border control without an offer',
      thematicAreas: ['BORDER_CONTROL_LAW_ENFORCEMENT'],
      budget: { amount: '5000', currency: 'USD' },
    });
    await publishOffer(t, donor.token, moderator, donor.organisationId, {
      title: 'Private dashboard offer',
      visibility: 'PRIVATE',
      thematicAreas: ['MARKING'],
    });
    // Money: a funded proposal (public) and an open one with a pledge (the parties' only).
    const funded = await openProposal(t, { npc, moderator }, { title: 'Funded for the dashboard' });
    const record = (input: Record<string, unknown>) =>
      ok(
        t.gql<{ recordContribution: { id: string } }>(
          'mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { id } }',
          { input },
          donor.token,
        ),
      );
    const commitment = (await record({ proposalId: funded.id, amount: '200000', status: 'COMMITTED' })).recordContribution;
    await ok(
      t.gql(
        'mutation ($input: ContributionTransitionInput!) { disburseContribution(input: $input) { id } }',
        { input: { contributionId: commitment.id } },
        donor.token,
      ),
    );
    const open = await openProposal(t, { npc, moderator }, { title: 'Pledged for the dashboard' });
    await record({ proposalId: open.id, amount: '30000', status: 'PLEDGED' });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const ask = async <T>(query: string, variables: Record<string, unknown>, viewer: Viewer): Promise<T> => ok(t.gql<T>(query, variables, viewer.token));

  /** The needs list's rule, written out: UNODA all; the State its own; others by visibility among listed statuses. */
  const seesNeed = (v: Viewer, n: NeedRow) =>
    v.unoda ||
    v.states.includes(n.state_iso3) ||
    (LISTED_NEED.includes(n.status) && (n.visibility === 'PUBLIC' || (v.loggedIn && n.visibility === 'STATES_AND_DONORS')));
  const seesOffer = (v: Viewer, o: OfferRow) =>
    v.unoda ||
    v.organisations.includes(o.organisation_id) ||
    (['PUBLISHED', 'EXHAUSTED'].includes(o.status) && (o.visibility === 'PUBLIC' || (v.loggedIn && o.visibility === 'STATES_AND_DONORS')));

  async function rows() {
    const needs: NeedRow[] = await t.dataSource.query(
      `SELECT n.id, n.status, n.visibility, n.state_iso3, n.thematic_areas, n.budget_usd::text, n.budget_amount::text, n.budget_currency,
              n.valid_until::text, s.m49_region_code::text AS region
         FROM need n JOIN member_state s ON s.iso3 = n.state_iso3`,
    );
    const offers: OfferRow[] = await t.dataSource.query(
      `SELECT id, status, visibility, organisation_id, thematic_areas, eligible_everywhere, eligible_states, eligible_regions,
              eligible_regional_organisations, available_from::text, available_until::text, budget_remaining_usd::text FROM offer`,
    );
    const states: { iso3: string; region: string; areas: string[]; organisations: string[] }[] = await t.dataSource.query(
      `SELECT s.iso3, s.m49_region_code::text AS region,
              array_remove(ARRAY[s.m49_region_code::text, s.m49_subregion_code::text, s.m49_intermediate_region_code::text], NULL) AS areas,
              ARRAY(SELECT organisation_code FROM regional_organisation_member m WHERE m.state_iso3 = s.iso3) AS organisations
         FROM member_state s`,
    );
    const areas: { code: string }[] = await t.dataSource.query('SELECT code FROM thematic_area');
    return { needs, offers, states, areas: areas.map((a) => a.code) };
  }

  /** Coverage as docs/DASHBOARDS.md defines it, counted record by record. */
  function expectedCoverage(v: Viewer, data: Awaited<ReturnType<typeof rows>>, today: string) {
    const needs = data.needs.filter((n) => n.status === 'PUBLISHED' && seesNeed(v, n));
    const offers = data.offers.filter((o) => o.status === 'PUBLISHED' && seesOffer(v, o) && (!o.available_until || o.available_until >= today));
    const eligible = (o: OfferRow, iso3: string) => {
      const s = data.states.find((x) => x.iso3 === iso3)!;
      return (
        o.eligible_everywhere ||
        o.eligible_states.includes(iso3) ||
        o.eligible_regions.some((r) => s.areas.includes(r)) ||
        o.eligible_regional_organisations.some((r) => s.organisations.includes(r))
      );
    };
    const covers = (o: OfferRow, area: string) => o.thematic_areas.length === 0 || o.thematic_areas.includes(area);
    const fits = (n: NeedRow) =>
      offers.some((o) => eligible(o, n.state_iso3) && n.thematic_areas.some((a) => covers(o, a)) && o.available_from <= n.valid_until);
    const cells = new Map<string, { needs: number; budget: number; offers: number; remaining: number }>();
    const cell = (area: string, region: string) => {
      const key = `${area}|${region}`;
      if (!cells.has(key)) cells.set(key, { needs: 0, budget: 0, offers: 0, remaining: 0 });
      return cells.get(key)!;
    };
    for (const n of needs) {
      for (const a of n.thematic_areas) {
        const c = cell(a, n.region);
        c.needs += 1;
        c.budget += cents(n.budget_usd);
      }
    }
    const regions = [...new Set(data.states.map((s) => s.region))];
    for (const o of offers) {
      for (const region of regions) {
        if (!data.states.some((s) => s.region === region && eligible(o, s.iso3))) continue;
        for (const a of data.areas.filter((x) => covers(o, x))) {
          const c = cell(a, region);
          c.offers += 1;
          c.remaining += cents(o.budget_remaining_usd);
        }
      }
    }
    return { needs: needs.length, unmet: needs.filter((n) => !fits(n)).map((n) => n.id), cells };
  }

  it.each(['anonymous', 'npc', 'unoda'] as const)('coverage for %s equals the needs and offers counted one by one', async (who) => {
    const v = viewers[who];
    const { coverageDashboard: got } = await ask<{ coverageDashboard: Coverage }>(COVERAGE, {}, v);
    const want = expectedCoverage(v, await rows(), got.asOf);
    expect(got.needs).toBe(want.needs);
    expect(got.unmetCount).toBe(want.unmet.length);
    expect(got.unmet.length).toBe(Math.min(20, want.unmet.length));
    for (const u of got.unmet) expect(want.unmet).toContain(u.id);
    const seen = new Map(got.cells.map((c) => [`${c.thematicAreaCode}|${c.regionCode}`, c]));
    expect([...seen.keys()].sort()).toEqual([...want.cells.keys()].sort());
    for (const [key, c] of want.cells) {
      const g = seen.get(key)!;
      expect({ key, needs: g.needs, budget: cents(g.needsBudgetUsd), offers: g.fittingOffers, remaining: cents(g.offersRemainingUsd) }).toEqual({
        key,
        needs: c.needs,
        budget: c.budget,
        offers: c.offers,
        remaining: c.remaining,
      });
    }
  });

  it('the public, an NPC and UNODA see different coverage where records are not public', async () => {
    const [anonymous, ghana, unoda] = await Promise.all(
      (['anonymous', 'npc', 'unoda'] as const).map(async (w) => (await ask<{ coverageDashboard: Coverage }>(COVERAGE, {}, viewers[w])).coverageDashboard),
    );
    expect(ghana.needs).toBeGreaterThan(anonymous.needs);
    expect(unoda.needs).toBeGreaterThanOrEqual(ghana.needs);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM need WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC'`);
    expect(anonymous.needs).toBe(n);
    expect(anonymous.unmet.map((u) => u.id)).not.toContain(
      (await t.dataSource.query(`SELECT id FROM need WHERE title = 'Private need for the dashboard'`))[0].id,
    );
  });

  it('funding by State: the money of the proposals and contributions each viewer may see, shared over their needs', async () => {
    for (const who of ['anonymous', 'npc', 'unoda'] as const) {
      const v = viewers[who];
      const { fundingDashboard: got } = await ask<{ fundingDashboard: Funding }>(FUNDING, { dimension: 'STATE' }, v);
      const data = await rows();
      const today = new Date().toISOString().slice(0, 10);
      const rates: { currency_code: string; usd_per_unit: string }[] = await t.dataSource.query(
        `SELECT DISTINCT ON (currency_code) currency_code, usd_per_unit::text FROM exchange_rate WHERE effective_date <= $1 ORDER BY currency_code, effective_date DESC`,
        [today],
      );
      const rate = (c: string | null) => (c === 'USD' ? 1 : Number(rates.find((r) => r.currency_code === c)?.usd_per_unit ?? NaN));
      const want = new Map<string, { requested: number; pledged: number; committed: number; disbursed: number }>();
      const at = (key: string) => want.get(key) ?? want.set(key, { requested: 0, pledged: 0, committed: 0, disbursed: 0 }).get(key)!;
      const visibleNeeds = data.needs.filter((n) => LISTED_NEED.includes(n.status) && seesNeed(v, n));
      for (const n of visibleNeeds) if (n.budget_amount) at(n.state_iso3).requested += Number(n.budget_amount) * rate(n.budget_currency);
      const proposals: { id: string; status: string; currency: string; parties: string[] }[] = await t.dataSource.query(
        `SELECT p.id, p.status, p.currency, array(SELECT organisation_id::text FROM proposal_party pp WHERE pp.proposal_id = p.id) AS parties FROM proposal p`,
      );
      const market = ['OPEN_FOR_FUNDING', 'UNDER_NEGOTIATION', 'PARTIALLY_FUNDED', 'FUNDED', 'IN_IMPLEMENTATION', 'COMPLETED', 'CLOSED'];
      for (const p of proposals) {
        const party = v.unoda || p.parties.some((o) => v.organisations.includes(o));
        if (!party && !(v.loggedIn ? market : market.slice(3)).includes(p.status)) continue;
        const contributions: { amount: string; status: string }[] = await t.dataSource.query(
          'SELECT amount::text, status FROM contribution WHERE proposal_id = $1',
          [p.id],
        );
        const sum = (statuses: string[]) =>
          contributions
            .filter((c) => statuses.includes(c.status) && (party || ['COMMITTED', 'DISBURSED', 'REPORTED'].includes(c.status)))
            .reduce((s, c) => s + Number(c.amount), 0) * rate(p.currency);
        const money = {
          pledged: sum(['PLEDGED', 'COMMITTED', 'DISBURSED', 'REPORTED']),
          committed: sum(['COMMITTED', 'DISBURSED', 'REPORTED']),
          disbursed: sum(['DISBURSED', 'REPORTED']),
        };
        if (!money.pledged) continue;
        const carried: { id: string; budget_usd: string | null }[] = await t.dataSource.query(
          'SELECT n.id, n.budget_usd::text FROM proposal_need pn JOIN need n ON n.id = pn.need_id WHERE pn.proposal_id = $1',
          [p.id],
        );
        const budgets = carried.reduce((s, n) => s + Number(n.budget_usd ?? 0), 0);
        for (const n of carried) {
          const need = visibleNeeds.find((x) => x.id === n.id);
          if (!need) continue;
          const share = budgets > 0 ? Number(n.budget_usd ?? 0) / budgets : 1 / carried.length;
          const row = at(need.state_iso3);
          row.pledged += money.pledged * share;
          row.committed += money.committed * share;
          row.disbursed += money.disbursed * share;
        }
      }
      const close = (a: string, b: number) => expect(Math.abs(cents(a) - Math.round(b * 100))).toBeLessThanOrEqual(2);
      expect(got.rows.map((r) => r.key).sort()).toEqual([...want.keys()].sort());
      for (const r of got.rows) {
        const w = want.get(r.key!)!;
        close(r.requestedUsd, w.requested);
        close(r.pledgedUsd, w.pledged);
        close(r.committedUsd, w.committed);
        close(r.disbursedUsd, w.disbursed);
        close(r.gapUsd, w.pledged - w.disbursed);
      }
      const totals = [...want.values()].reduce((s, w) => s + w.pledged, 0);
      expect(Math.abs(cents(got.total.pledgedUsd) - Math.round(totals * 100))).toBeLessThanOrEqual(got.rows.length + 1);
    }
  });

  it("funding: the pledge is the parties' own; the public reads what was committed and disbursed", async () => {
    const ghana = (v: Viewer) =>
      ask<{ fundingDashboard: Funding }>(FUNDING, { dimension: 'STATE' }, v).then((r) => r.fundingDashboard.rows.find((x) => x.key === 'GHA')!);
    const [anonymous, party] = await Promise.all([ghana(viewers.anonymous), ghana({ ...viewers.anonymous, token: donor.token, loggedIn: true })]);
    expect(cents(party.pledgedUsd) - cents(anonymous.pledgedUsd)).toBeGreaterThanOrEqual(3_000_000);
    expect(cents(anonymous.disbursedUsd)).toBeGreaterThanOrEqual(20_000_000);
    expect(cents(anonymous.gapUsd)).toBe(cents(anonymous.pledgedUsd) - cents(anonymous.disbursedUsd));
  });

  it('funding groups by thematic area, region and reporting year, and every grouping adds up to the same total', async () => {
    const totals = await Promise.all(
      ['THEMATIC_AREA', 'REGION', 'STATE', 'REPORTING_YEAR'].map(async (dimension) => {
        const { fundingDashboard } = await ask<{ fundingDashboard: Funding }>(FUNDING, { dimension }, viewers.unoda);
        const sum = fundingDashboard.rows.reduce((s, r) => s + cents(r.committedUsd), 0);
        expect(Math.abs(sum - cents(fundingDashboard.total.committedUsd))).toBeLessThanOrEqual(fundingDashboard.rows.length);
        return cents(fundingDashboard.total.committedUsd);
      }),
    );
    for (const total of totals) expect(Math.abs(total - totals[0])).toBeLessThanOrEqual(200);
    const { fundingDashboard: africa } = await ask<{ fundingDashboard: Funding }>(
      FUNDING,
      { dimension: 'REGION', filter: { regionCode: '002' } },
      viewers.unoda,
    );
    expect(africa.rows.map((r) => r.key)).toEqual(['002']);
  });

  it('flow: the durations of the steps and the share of needs that expired unmatched', async () => {
    for (const who of ['anonymous', 'unoda'] as const) {
      const v = viewers[who];
      const { flowDashboard: got } = await ask<{
        flowDashboard: {
          publishedNeeds: number;
          expiredUnmatched: number;
          expiredUnmatchedShare: string | null;
          stages: { stage: string; count: number; medianDays: string | null }[];
        };
      }>(FLOW, {}, v);
      const needs: (NeedRow & { endorsed_at: Date | null; published_at: Date; matched: boolean })[] = await t.dataSource.query(
        `SELECT n.id, n.status, n.visibility, n.state_iso3, n.endorsed_at, n.published_at,
                EXISTS (SELECT 1 FROM match m WHERE m.need_id = n.id) AS matched
           FROM need n WHERE n.published_at IS NOT NULL`,
      );
      const visible = needs.filter((n) => seesNeed(v, n));
      expect(got.publishedNeeds).toBe(visible.length);
      const expired = visible.filter((n) => n.status === 'EXPIRED' && !n.matched).length;
      expect(got.expiredUnmatched).toBe(expired);
      expect(got.expiredUnmatchedShare).toBe(visible.length ? (expired / visible.length).toFixed(4) : null);
      const timed = visible.filter((n) => n.endorsed_at);
      const days = timed.map((n) => Math.max(0, (n.published_at.getTime() - n.endorsed_at!.getTime()) / 86_400_000)).sort((a, b) => a - b);
      const submission = got.stages.find((s) => s.stage === 'SUBMISSION_TO_PUBLICATION')!;
      expect(submission.count).toBe(timed.length);
      if (days.length) {
        const mid = (days.length - 1) / 2;
        const median = (days[Math.floor(mid)] + days[Math.ceil(mid)]) / 2;
        expect(Math.abs(Number(submission.medianDays) - median)).toBeLessThanOrEqual(0.006);
      }
      const matched = got.stages.find((s) => s.stage === 'PUBLICATION_TO_FIRST_MATCH')!;
      expect(matched.count).toBe(visible.filter((n) => n.matched).length);
    }
    const unodaFlow = await ask<{ flowDashboard: { stages: { stage: string; count: number }[] } }>(FLOW, {}, viewers.unoda);
    expect(unodaFlow.flowDashboard.stages.find((s) => s.stage === 'PROPOSAL_TO_FUNDED')!.count).toBeGreaterThanOrEqual(1);
  });

  it('refuses an unknown dimension, region or year as BAD_USER_INPUT', async () => {
    expect(errorCode(await t.gql(FUNDING, { dimension: 'COLOUR' }))).toBe('BAD_USER_INPUT');
    const region = await t.gql(COVERAGE, { filter: { regionCode: '999' } });
    expect(errorCode(region)).toBe('BAD_USER_INPUT');
    expect(region.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'filter.regionCode', reason: 'field.unknownCodes' })]);
    expect(errorCode(await t.gql(FLOW, { filter: { reportingYear: 1200 } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(FUNDING, { dimension: 'STATE', filter: { regionCode: 'Europe' } }))).toBe('BAD_USER_INPUT');
  });
});

import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

interface Page {
  needs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; sourceRef: string; stateIso3: string; status: string; budgetUsd: string | null } }[];
  };
}

const SEARCH = `query ($filter: NeedFilter, $search: String, $sort: NeedSort, $first: Int, $after: String) {
  needs(filter: $filter, search: $search, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id sourceRef stateIso3 status budgetUsd } }
  }
}`;

describe('browsing and searching needs (demo data: 42 needs of 34 States in five languages)', () => {
  let t: TestApp;
  let donor: string;
  let npc: string;
  let moderator: string;

  const search = async (variables: Record<string, unknown>, token?: string) => {
    const response = await t.gql<Page>(SEARCH, variables, token);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.needs;
  };
  const refs = async (variables: Record<string, unknown>, token?: string) =>
    (await search({ first: 100, ...variables }, token)).edges.map((e) => e.node.sourceRef);

  beforeAll(async () => {
    t = await startTestApp();
    [donor, npc, moderator] = await Promise.all([t.login('donor.germany@example.org'), t.login('npc.ghana@example.org'), t.login('moderator@example.org')]);
  });
  afterAll(() => t.close());

  it('shows the public only public published needs, and logged-in users also those for States and donors', async () => {
    const anonymous = await search({ first: 100 });
    const loggedIn = await search({ first: 100 }, donor);
    expect(anonymous.edges.every((e) => e.node.status === 'PUBLISHED')).toBe(true);
    expect(anonymous.totalCount).toBe(anonymous.edges.length);
    expect(loggedIn.totalCount).toBeGreaterThan(anonymous.totalCount);
    expect(anonymous.edges.map((e) => e.node.sourceRef)).not.toContain('KEN-2024-02'); // STATES_AND_DONORS
    expect(loggedIn.edges.map((e) => e.node.sourceRef)).toContain('KEN-2024-02');
    expect(loggedIn.edges.map((e) => e.node.sourceRef)).not.toContain('JOR-2024-01'); // PRIVATE
  });

  it("lets an NPC list all of their State's needs, and nobody else's drafts", async () => {
    const all = ['DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'CLOSED', 'WITHDRAWN', 'EXPIRED'];
    expect((await refs({ filter: { states: ['GHA'], statuses: all } }, npc)).sort()).toEqual(['GHA-2024-01', 'GHA-2024-02', 'GHA-2024-03']);
    expect(await refs({ filter: { states: ['GHA'], statuses: all } }, donor)).toEqual(['GHA-2024-01']);
    expect(await refs({ filter: { statuses: ['DRAFT'] } }, donor)).toEqual([]);
    expect((await refs({ filter: { statuses: ['DRAFT'] } }, moderator)).sort()).toEqual(['GHA-2024-03', 'PNG-2024-01']);
  });

  it('finds English text with English stemming', async () => {
    // "stockpiles" and "stockpile" share the stem "stockpil".
    const found = await refs({ search: 'stockpiles' }, donor);
    expect(found).toEqual(expect.arrayContaining(['KHM-2024-01']));
    expect(found).not.toContain('GTM-2024-01');
    expect(await refs({ search: 'surrendered firearms' }, donor)).toContain('PHL-2024-01');
  });

  it('finds French text with French stemming', async () => {
    const found = await refs({ search: 'marquage armes' }, donor);
    expect(found).toEqual(expect.arrayContaining(['SEN-2024-01']));
    expect(found).not.toContain('UGA-2024-01');
  });

  it('finds Arabic text', async () => {
    const found = await refs({ search: 'الحدود' }, donor);
    expect(found).toEqual(expect.arrayContaining(['MRT-2024-01']));
    expect(found.every((ref) => ['MRT-2024-01', 'JOR-2024-01', 'IRQ-2024-01', 'IRQ-2024-02', 'LBN-2024-01'].includes(ref))).toBe(true);
  });

  it('finds Chinese text (in translations) by character pairs', async () => {
    expect((await refs({ search: '标识' }, donor)).sort()).toEqual(['LAO-2024-01', 'PHL-2024-01']);
    // Every pair must be there: PHL has 登记和标识, not 标识和登记.
    expect(await refs({ search: '标识和登记' }, donor)).toEqual(['LAO-2024-01']);
    expect(await refs({ search: '库存管理' }, donor)).toEqual(['KHM-2024-01']);
  });

  it('finds Spanish and Russian text', async () => {
    expect(await refs({ search: 'rastreo' }, donor)).toContain('COL-2024-01');
    expect(await refs({ search: 'маркировки' }, donor)).toContain('KGZ-2024-01');
  });

  it('falls back to similar fragments (trigrams) when no word matches: partial words and typos', async () => {
    expect(await refs({ search: 'cantonmen' }, donor)).toContain('SSD-2024-01');
    expect(await refs({ search: 'stokpile managment' }, donor)).toContain('KHM-2024-01');
    expect((await refs({ search: 'armoures' }, donor)).length).toBeGreaterThan(1);
    const fallback = await search({ first: 1, search: 'armoures' }, donor);
    expect(fallback.pageInfo.hasNextPage).toBe(true);
    const next = await search({ first: 1, search: 'armoures', after: fallback.pageInfo.endCursor }, donor);
    expect(next.edges[0].node.id).not.toBe(fallback.edges[0].node.id);
  });

  it('filters by State, region, regional organisation, theme, assistance type, budget and valid-until', async () => {
    expect(await refs({ filter: { states: ['col'] } }, donor)).toEqual(['COL-2024-01']);
    const africa = await refs({ filter: { regionCode: '002' } }, donor);
    expect(africa).toContain('NGA-2024-01');
    expect(africa).not.toContain('COL-2024-01');
    const subSaharan = await refs({ filter: { subregionCode: '202' } }, donor);
    expect(subSaharan).toEqual(expect.arrayContaining(['NGA-2024-01', 'MRT-2024-01']));
    expect(subSaharan).not.toContain('IRQ-2024-01');
    expect(await refs({ filter: { validUntilFrom: '2027-06-01' } }, donor)).not.toContain('CMR-2024-01');
    const ecowas = await refs({ filter: { regionalOrganisationCode: 'ECOWAS' } }, donor);
    expect(ecowas.length).toBeGreaterThan(2);
    expect(ecowas).not.toContain('KEN-2024-01');
    const stockpiles = await refs({ filter: { thematicAreas: ['STOCKPILE_MANAGEMENT'], assistanceTypes: ['TRAINING'] } }, donor);
    expect(stockpiles.length).toBeGreaterThan(0);
    const budgets = (await search({ first: 100, filter: { budgetUsdMin: '1000000', budgetUsdMax: '2000000' } }, donor)).edges.map((e) =>
      Number(e.node.budgetUsd),
    );
    expect(budgets.length).toBeGreaterThan(0);
    expect(budgets.every((b) => b >= 1_000_000 && b <= 2_000_000)).toBe(true);
    expect(await refs({ filter: { validUntilTo: '2027-01-01' } }, donor)).toEqual(expect.arrayContaining(['CMR-2024-01']));
  });

  it('pages with cursors: no need twice, none missed, in the order asked', async () => {
    const seen: string[] = [];
    const budgets: number[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page['needs'] = await search({ first: 7, after, sort: 'BUDGET_USD_DESC' }, donor);
      seen.push(...page.edges.map((e) => e.node.id));
      budgets.push(...page.edges.map((e) => (e.node.budgetUsd === null ? -1 : Number(e.node.budgetUsd))));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 20);
    const all = await search({ first: 100 }, donor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(all.totalCount);
    expect(pages).toBe(Math.ceil(all.totalCount / 7));
    expect(budgets).toEqual([...budgets].sort((a, b) => b - a));
  });

  it('pages search results by relevance too', async () => {
    const first = await search({ first: 2, search: 'weapons' }, donor);
    const second = await search({ first: 2, search: 'weapons', after: first.pageInfo.endCursor }, donor);
    const both = [...first.edges, ...second.edges].map((e) => e.node.id);
    expect(new Set(both).size).toBe(4);
    const all = await search({ first: 100, search: 'weapons' }, donor);
    expect(all.edges.slice(0, 4).map((e) => e.node.id)).toEqual(both);
  });

  it('refuses bad paging and search arguments', async () => {
    expect(errorCode(await t.gql(SEARCH, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SEARCH, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SEARCH, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SEARCH, { sort: 'RELEVANCE' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SEARCH, { search: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
  });

  it('resolves the names of State, themes and types in the language asked, in a few queries', async () => {
    const response = await t.gql<{
      needs: { edges: { node: { state: { name: string }; thematicAreas: { name: string }[]; assistanceTypes: { name: string }[] } }[] };
    }>(
      '{ needs(first: 30, filter: { states: ["SEN", "CIV"] }) { edges { node { state(lang: FR) { name } thematicAreas(lang: FR) { name } assistanceTypes(lang: FR) { name } } } } }',
      {},
      donor,
    );
    const nodes = response.data!.needs.edges.map((e) => e.node);
    expect(nodes.map((n) => n.state.name).sort()).toEqual(["Côte-d'Ivoire", 'Sénégal']);
    const themes = nodes.flatMap((n) => n.thematicAreas.map((a) => a.name));
    expect(themes).toContain('Marquage (Instrument international de traçage)');
    expect(nodes.flatMap((n) => n.assistanceTypes.map((a) => a.name))).toContain("Équipement (transfert de technologie et d'équipement)");
  });
});

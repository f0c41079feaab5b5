import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

interface Page {
  offers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; title: string } }[] };
}

const SEARCH = `query ($filter: OfferFilter, $search: String, $sort: OfferSort, $first: Int, $after: String) {
  offers(filter: $filter, search: $search, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title } }
  }
}`;

const MARKING = 'Marking and record-keeping support for West and Central African States';
const STOCKS = 'Sécurisation des dépôts d’armes et gestion des stocks';
const LEGAL = 'Legal drafting expertise for firearms legislation';

describe('browsing and searching offers (demo offers of Germany)', () => {
  let t: TestApp;
  let npc: string;
  let moderator: string;

  const titles = async (variables: Record<string, unknown>, token?: string) => {
    const response = await t.gql<Page>(SEARCH, { first: 50, ...variables }, token);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.offers.edges.map((e) => e.node.title);
  };

  beforeAll(async () => {
    t = await startTestApp();
    [npc, moderator] = await Promise.all([t.login('npc.ghana@example.org'), t.login('moderator@example.org')]);
  });
  afterAll(() => t.close());

  it('shows anyone the published public offers, and submitted ones only to UNODA and the donor', async () => {
    expect((await titles({})).sort()).toEqual([MARKING, STOCKS].sort());
    expect(await titles({ filter: { statuses: ['SUBMITTED'] } }, npc)).toEqual([]);
    expect(await titles({ filter: { statuses: ['SUBMITTED'] } }, moderator)).toEqual([LEGAL]);
    const donor = await t.login('donor.germany@example.org');
    expect(await titles({ filter: { statuses: ['SUBMITTED'] } }, donor)).toEqual([LEGAL]);
  });

  it('searches in the language of the text', async () => {
    expect(await titles({ search: 'marking registers' })).toEqual([MARKING]);
    expect(await titles({ search: 'armureries' })).toEqual([STOCKS]);
    expect(await titles({ search: 'stockpile manegement' })).toEqual([]); // no English text about stocks, no close fragment
    expect(await titles({ search: 'sécurisatio' })).toEqual([STOCKS]); // a fragment: trigram fallback
  });

  it('filters by eligibility of a State, theme, type, language, project size and date', async () => {
    expect((await titles({ filter: { eligibleFor: 'GHA' } })).sort()).toEqual([MARKING, STOCKS].sort()); // ECOWAS and AU
    expect(await titles({ filter: { eligibleFor: 'KEN' } })).toEqual([STOCKS]); // AU only
    expect(await titles({ filter: { eligibleFor: 'COL' } })).toEqual([]);
    expect(await titles({ filter: { thematicAreas: ['DESTRUCTION_DISPOSAL'] } })).toEqual([STOCKS]);
    expect(await titles({ filter: { assistanceTypes: ['FINANCIAL'] } })).toEqual([MARKING]);
    expect((await titles({ filter: { workingLanguages: ['FR'] } })).length).toBe(2);
    expect((await titles({ filter: { projectUsd: '500000' } })).length).toBe(2);
    expect(await titles({ filter: { projectUsd: '700000' } })).toEqual([MARKING]); // above STOCKS' maximum (EUR 600,000 = USD 648,000)
    expect(await titles({ filter: { projectUsd: '50000' } })).toEqual([]); // below both minimums
    expect(await titles({ filter: { availableOn: '2001-01-01' } })).toEqual([]);
  });

  it('pages with cursors', async () => {
    const first = await t.gql<Page>(SEARCH, { first: 1, sort: 'REMAINING_USD_DESC' });
    expect(first.data!.offers.totalCount).toBe(2);
    expect(first.data!.offers.edges[0].node.title).toBe(MARKING); // EUR 3,000,000 before EUR 2,000,000
    const second = await t.gql<Page>(SEARCH, { first: 1, sort: 'REMAINING_USD_DESC', after: first.data!.offers.pageInfo.endCursor });
    expect(second.data!.offers.edges[0].node.title).toBe(STOCKS);
    expect(second.data!.offers.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await t.gql(SEARCH, { after: 'nonsense' }))).toBe('BAD_USER_INPUT');
  });
});

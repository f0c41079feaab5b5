import { signToken } from '#libs/core';
import { parseCsv, readXlsx } from './support/files.js';
import { ok, publishNeed } from './support/market.js';
import { newFoundationDonor } from './support/people.js';
import { openProposal } from './support/proposals.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

/**
 * Exports (docs/OPEN-DATA.md): each file holds exactly what its list shows the same reader, with
 * the same filters, in the reader's language, and is refused as the list would be.
 */

const LINK = 'url path fileName expiresAt';

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

describe('Exports of the lists (CSV and XLSX)', () => {
  let t: TestApp;
  let moderator: string;
  let npc: string;
  let donor: { token: string; organisationId: string };
  let proposal: { id: string; reference: string };
  const tricky = 'Stock, "safe" storage\r\nآمن 安全 безопасность Sécurité';

  beforeAll(async () => {
    t = await startTestApp();
    [moderator, npc] = await Promise.all([t.login('moderator@example.org'), t.login('npc.ghana@example.org')]);
    donor = await newFoundationDonor(t, 'Export Foundation');
    await publishNeed(t, npc, moderator, { title: tricky, thematicAreas: ['STOCKPILE_MANAGEMENT'], budget: { amount: '1234567.89', currency: 'EUR' } });
    await publishNeed(t, npc, moderator, { title: '=HYPERLINK("http://evil.example")', visibility: 'STATES_AND_DONORS' });
    await publishNeed(t, npc, moderator, { title: 'Private export need', visibility: 'PRIVATE' });
    proposal = await openProposal(t, { npc, moderator }, { title: 'Ledger export proposal' });
    const record = (input: Record<string, unknown>) =>
      ok(
        t.gql<{ recordContribution: { id: string } }>(
          'mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { id } }',
          { input },
          donor.token,
        ),
      );
    await record({ proposalId: proposal.id, amount: '120000.50', status: 'COMMITTED', trancheNumber: 1 });
    await record({ proposalId: proposal.id, amount: '30000', status: 'PLEDGED' });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const link = async (mutation: string, args: string, variables: Record<string, unknown>, token?: string) => {
    const response = await t.gql<Record<string, { url: string; path: string; fileName: string; expiresAt: string }>>(
      `mutation (${args}) { ${mutation} { ${LINK} } }`.replace('()', ''),
      variables,
      token,
    );
    return { response, link: response.data?.[mutation.split('(')[0]!] };
  };
  const download = async (path: string): Promise<Download> => {
    const response = await fetch(`${t.url}${path}`);
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  };
  const csv = (file: Download) => {
    expect(file.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    return parseCsv(file.body.toString('utf8').slice(1));
  };
  /** Every id of a list, walking its pages as a client would. */
  const listIds = async (query: string, variables: Record<string, unknown>, token?: string): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: Record<string, { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> = await ok(
        t.gql(query, { ...variables, after }, token),
      );
      const connection = Object.values(data)[0]!;
      ids.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) return ids;
      after = connection.pageInfo.endCursor;
    }
  };
  const NEEDS = `query ($filter: NeedFilter, $search: String, $after: String) { needs(filter: $filter, search: $search, first: 100, after: $after) {
    edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

  it('gives anyone the published needs they may see, in the list order, in their language, as CSV with a BOM', async () => {
    const { link: l } = await link('exportNeeds(format: CSV, lang: FR)', '', {});
    expect(l!.path).toMatch(/^\/exports\/[\w-]+\.[\w-]+$/);
    expect(l!.url).toBe(`${t.config.publicUrl}${l!.path}`);
    expect(l!.fileName).toMatch(/^needs-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await download(l!.path);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${l!.fileName}"`);
    expect(file.headers.get('cache-control')).toBe('no-store');
    const [header, ...rows] = csv(file);
    expect(header!.slice(0, 5)).toEqual(['Identifiant', 'Lien', 'État (ISO 3166 alpha-3)', 'État', 'Titre']);
    expect(rows.map((r) => r[0])).toEqual(await listIds(NEEDS, {}));
    const titles = rows.map((r) => r[4]);
    expect(titles).toContain(tricky);
    // Visible only to signed-in readers, and never to others; a formula is written as text.
    expect(titles).not.toContain('\'=HYPERLINK("http://evil.example")');
    expect(titles).not.toContain('Private export need');
    const stock = rows.find((r) => r[4] === tricky)!;
    expect(stock[3]).toBe('Ghana');
    expect(stock[header!.indexOf('Budget')]).toBe('1234567.89');
    expect(stock[header!.indexOf('Monnaie (ISO 4217)')]).toBe('EUR');
    expect(stock[header!.indexOf('Domaines thématiques (codes)')]).toBe('STOCKPILE_MANAGEMENT');
    expect(stock[header!.indexOf('Publié le')]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('gives an NPC their State’s needs in any status, as the list does, and guards formulas', async () => {
    const filter = { statuses: ['PUBLISHED', 'DRAFT'], states: ['GHA'] };
    const { link: l } = await link('exportNeeds(format: CSV, filter: $filter)', '$filter: NeedFilter', { filter }, npc);
    const [header, ...rows] = csv(await download(l!.path));
    expect(header![0]).toBe('Id');
    expect(rows.map((r) => r[0])).toEqual(await listIds(NEEDS, { filter }, npc));
    const titles = rows.map((r) => r[4]);
    expect(titles).toContain('Private export need');
    expect(titles).toContain('\'=HYPERLINK("http://evil.example")');
  });

  it('lets UNODA download all the needs of a region, and the XLSX holds the same rows with exact amounts', async () => {
    const filter = { regionCode: '002' };
    const expected = await listIds(NEEDS, { filter }, moderator);
    expect(expected.length).toBeGreaterThan(3);
    const { link: l } = await link('exportNeeds(format: XLSX, filter: $filter, lang: AR)', '$filter: NeedFilter', { filter }, moderator);
    expect(l!.fileName).toMatch(/\.xlsx$/);
    const file = await download(l!.path);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const {
      sheet,
      rows: [header, ...rows],
    } = await readXlsx(file.body);
    expect(sheet).toBe('الاحتياجات');
    expect(header![4]).toBe('العنوان');
    expect(rows.map((r) => r[0])).toEqual(expected);
    // XML reads a line break in a text as LF alone.
    const stock = rows.find((r) => r[4] === tricky.replace('\r\n', '\n'))!;
    expect(stock[header!.indexOf('الميزانية')]).toBe(1234567.89);
    expect(stock[3]).toBe('غانا');
  });

  it('writes a file with only its headers when nothing matches', async () => {
    const { link: l } = await link('exportNeeds(format: CSV, search: $search)', '$search: String', { search: 'zzqxjv nothing matches this' });
    const rows = csv(await download(l!.path));
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toBe('Id');
    const { link: x } = await link('exportNeeds(format: XLSX, search: $search)', '$search: String', { search: 'zzqxjv nothing matches this' });
    expect((await readXlsx((await download(x!.path)).body)).rows).toHaveLength(1);
  });

  it('gives a donor the whole ledger of a proposal it funds, and others only what is committed', async () => {
    const args = '$id: ID!';
    const { link: mine } = await link('exportContributions(format: CSV, proposalId: $id)', args, { id: proposal.id }, donor.token);
    expect(mine!.fileName).toMatch(new RegExp(`^ledger-${proposal.reference}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const [header, ...lines] = csv(await download(mine!.path));
    const at = (name: string) => header!.indexOf(name);
    expect(lines.map((l) => [l[at('Status (code)')], l[at('Amount')], l[at('Currency (ISO 4217)')], l[at('Tranche')], l[at('Donor')]]).sort()).toEqual(
      [
        ['COMMITTED', '120000.50', 'USD', '1', 'Export Foundation'],
        ['PLEDGED', '30000.00', 'USD', '', 'Export Foundation'],
      ].sort(),
    );
    // Another donor sees the proposal on the market, and of its ledger what is committed; a visitor does not see it.
    const other = await newFoundationDonor(t, 'Onlooking Foundation');
    const { link: theirs } = await link('exportContributions(format: CSV, proposalId: $id)', args, { id: proposal.id }, other.token);
    const [, ...committed] = csv(await download(theirs!.path));
    expect(committed.map((l) => l[at('Status (code)')])).toEqual(['COMMITTED']);
    expect(errorCode((await link('exportContributions(format: CSV, proposalId: $id)', args, { id: proposal.id })).response)).toBe('NOT_FOUND');
    const { link: xlsx } = await link('exportContributions(format: XLSX, proposalId: $id)', args, { id: proposal.id }, donor.token);
    const { rows } = await readXlsx((await download(xlsx!.path)).body);
    expect(
      rows
        .slice(1)
        .map((r) => r[at('Amount')])
        .sort(),
    ).toEqual([120000.5, 30000]);
  });

  it('exports the offers, the matches, the proposals and the dashboards as their lists and figures', async () => {
    const OFFERS = 'query ($after: String) { offers(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const { link: offers } = await link('exportOffers(format: CSV)', '', {}, donor.token);
    expect(
      csv(await download(offers!.path))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(await listIds(OFFERS, {}, donor.token));

    const QUEUE = 'query ($after: String) { matchQueue(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const { link: queue } = await link('exportMatchQueue(format: CSV)', '', {}, moderator);
    expect(
      csv(await download(queue!.path))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(await listIds(QUEUE, {}, moderator));

    const PROPOSALS = 'query ($after: String) { proposals(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const { link: proposals } = await link('exportProposals(format: CSV)', '', {}, npc);
    const proposalRows = csv(await download(proposals!.path)).slice(1);
    expect(proposalRows.map((r) => r[0])).toEqual(await listIds(PROPOSALS, {}, npc));
    expect(proposalRows.find((r) => r[0] === proposal.id)![5]).toBe('GHA');

    const { coverageDashboard } = await ok(
      t.gql<{ coverageDashboard: { cells: { thematicAreaCode: string; regionCode: string; needs: number }[] } }>(
        '{ coverageDashboard { cells { thematicAreaCode regionCode needs } } }',
      ),
    );
    const { link: coverage } = await link('exportCoverageDashboard(format: CSV)', '', {});
    expect(
      csv(await download(coverage!.path))
        .slice(1)
        .map((r) => [r[0], r[2], Number(r[4])]),
    ).toEqual(coverageDashboard.cells.map((c) => [c.thematicAreaCode, c.regionCode, c.needs]));
    const { link: funding } = await link('exportFundingDashboard(format: XLSX, dimension: THEMATIC_AREA)', '', {});
    const { fundingDashboard } = await ok(
      t.gql<{ fundingDashboard: { rows: unknown[]; total: { committedUsd: string } } }>(
        '{ fundingDashboard(dimension: THEMATIC_AREA) { rows { key } total { committedUsd } } }',
      ),
    );
    const fundingRows = (await readXlsx((await download(funding!.path)).body)).rows;
    expect(fundingRows).toHaveLength(fundingDashboard.rows.length + 2);
    expect(String(fundingRows.at(-1)![4])).toBe(String(Number(fundingDashboard.total.committedUsd)));
    const { link: flow } = await link('exportFlowDashboard(format: CSV)', '', {});
    expect(
      csv(await download(flow!.path))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['SUBMISSION_TO_PUBLICATION', 'PUBLICATION_TO_FIRST_MATCH', 'MATCH_TO_PROPOSAL', 'PROPOSAL_TO_FUNDED']);
  });

  it('walks a long list page by page (2,500 needs: three database pages)', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM need WHERE title = $1`, [tricky]);
    await t.dataSource.query(
      `INSERT INTO need SELECT (jsonb_populate_record(NULL::need, to_jsonb(n) || jsonb_build_object(
          'id', gen_random_uuid(), 'source_ref', NULL, 'title', 'Bulk export need ' || g, 'thematic_areas', '{RECORD_KEEPING}',
          'created_at', n.created_at - make_interval(secs => g)))).*
         FROM need n, generate_series(1, 2500) g WHERE n.id = $1`,
      [id],
    );
    const filter = { thematicAreas: ['RECORD_KEEPING'] };
    const { link: l } = await link('exportNeeds(format: CSV, filter: $filter)', '$filter: NeedFilter', { filter });
    const rows = csv(await download(l!.path)).slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(2500);
    const ids = await listIds(NEEDS, { filter });
    expect(rows.map((r) => r[0])).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  }, 60_000);

  it('refuses what the list would refuse, before any link is made', async () => {
    expect(errorCode((await link('exportMatchQueue(format: CSV)', '', {}, npc)).response)).toBe('FORBIDDEN');
    expect(errorCode((await link('exportMyMatches(format: CSV)', '', {})).response)).toBe('UNAUTHENTICATED');
    expect(errorCode((await link('exportMyMatches(format: CSV)', '', {}, moderator)).response)).toBe('FORBIDDEN');
    const hidden = await t.gql<{ compileProposal: { id: string } }>(
      'mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { id } }',
      {
        input: {
          needIds: [(await publishNeed(t, npc, moderator, { title: 'Draft proposal need' })).id],
          title: 'Draft proposal',
          summary: 'A draft.',
          scope: 'A draft.',
          implementingAgency: 'Agency',
          currency: 'USD',
          tranches: [{ title: 'All', lines: [{ description: 'All', amount: '10' }] }],
        },
      },
      moderator,
    );
    const draft = hidden.data!.compileProposal.id;
    const refused = await link('exportContributions(format: CSV, proposalId: $id)', '$id: ID!', { id: draft });
    expect(errorCode(refused.response)).toBe('NOT_FOUND');
    expect(errorCode((await link('exportContributions(format: CSV, proposalId: $id)', '$id: ID!', { id: 'not-an-id' })).response)).toBe('BAD_USER_INPUT');
    const unknownStatus = await link('exportNeeds(format: CSV, filter: $filter)', '$filter: NeedFilter', { filter: { statuses: ['LOST'] } });
    expect(errorCode(unknownStatus.response)).toBe('BAD_USER_INPUT');
    const longSearch = await link('exportNeeds(format: CSV, search: $search)', '$search: String', { search: 'x'.repeat(201) });
    expect(errorCode(longSearch.response)).toBe('BAD_USER_INPUT');
    expect(longSearch.response.errors![0]!.extensions!.fields).toEqual([expect.objectContaining({ field: 'search', reason: 'field.tooLong' })]);
    const badFormat = await link('exportNeeds(format: $format)', '$format: ExportFormat!', { format: 'PDF' });
    expect(errorCode(badFormat.response)).toBe('BAD_USER_INPUT');
  });

  it('refuses a link that was tampered with, has expired, or whose reader lost the right', async () => {
    const { link: l } = await link('exportMatchQueue(format: CSV)', '', {}, moderator);
    const [payload, mac] = l!.path.slice('/exports/'.length).split('.');
    const tampered = await download(`/exports/${payload}x.${mac}`);
    expect(tampered.status).toBe(400);
    expect(JSON.parse(tampered.body.toString()).error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'export.linkNotGenuine' });
    expect((await download('/exports/nonsense')).status).toBe(400);

    const past = new Date(Date.now() - 1000);
    const expired = signToken(t.config.jwtSecret, 'export', { request: { list: 'NEEDS', args: {} }, format: 'CSV', lang: 'en', userId: null }, past);
    const late = await download(`/exports/${expired}`);
    expect(late.status).toBe(400);
    expect(JSON.parse(late.body.toString()).error).toMatchObject({
      reason: 'export.linkExpired',
      params: { expiredAt: new Date(Math.floor(past.getTime() / 1000) * 1000).toISOString() },
    });

    // A link opened after its reader's account was disabled: refused then (the reader is loaded as
    // the database has them when it is opened; a change made by SQL counts from its notification).
    await t.dataSource.query(`UPDATE app_user SET status = 'DISABLED' WHERE email = 'moderator@example.org'`);
    try {
      let gone = await download(l!.path);
      for (const deadline = Date.now() + 5_000; gone.status !== 401 && Date.now() < deadline;) gone = await download(l!.path);
      expect(gone.status).toBe(401);
      expect(JSON.parse(gone.body.toString()).error).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'auth.accountUnusable' });
    } finally {
      await t.dataSource.query(`UPDATE app_user SET status = 'ACTIVE' WHERE email = 'moderator@example.org'`);
    }
  });
});

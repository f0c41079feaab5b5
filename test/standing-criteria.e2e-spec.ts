import { publishNeed as publish } from './support/market.js';
import { newFoundationDonor, newNpcOf } from './support/people.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { waitFor, waitUntilQuiet } from './support/wait.js';

const CREATE = `mutation ($input: CreateStandingCriteriaInput!) {
  createStandingCriteria(input: $input) { id name active thematicAreaCodes assistanceTypeCodes states regions languages budgetUsdMin budgetUsdMax version }
}`;

interface CriteriaData {
  id: string;
  name: string;
  active: boolean;
  thematicAreaCodes: string[];
  states: string[];
  regions: string[];
  languages: string[];
  version: number;
}

describe("donors' standing criteria", () => {
  let t: TestApp;
  let donor: string;
  let npc: string;
  let moderator: string;
  let germany: string;
  let foundation: { token: string; organisationId: string };

  const create = async (input: Record<string, unknown>, token = donor, organisationId = germany) => {
    const response = await t.gql<{ createStandingCriteria: CriteriaData }>(CREATE, { input: { organisationId, ...input } }, token);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createStandingCriteria;
  };

  /** A need of Ghana, submitted and published through the API. */
  const publishNeed = async (input: Record<string, unknown>): Promise<string> => (await publish(t, npc, moderator, input)).id;

  const matchedCriteria = async (needId: string): Promise<string[]> =>
    (
      await t.dataSource.query(`SELECT payload->>'criteriaId' AS id FROM outbox_event WHERE type = 'standing_criteria.matched' AND payload->>'needId' = $1`, [
        needId,
      ])
    ).map((r: { id: string }) => r.id);

  beforeAll(async () => {
    t = await startTestApp({ withWorker: true, env: { OUTBOX_POLL_INTERVAL_MS: '50', LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' } });
    [donor, npc, moderator] = await Promise.all([t.login('donor.germany@example.org'), t.login('npc.ghana@example.org'), t.login('moderator@example.org')]);
    const orgs = await t.gql<{ organisations: { id: string; name: string }[] }>('{ organisations { id name } }', {}, donor);
    germany = orgs.data!.organisations.find((o) => o.name.startsWith('Germany'))!.id;
    foundation = await newFoundationDonor(t, 'Test Peace Foundation');
  });
  afterAll(() => t.close());

  it('announces a published need once to every criteria it fits, and to no other', async () => {
    const [demo] = (
      await t.gql<{ standingCriteria: CriteriaData[] }>('query ($o: ID!) { standingCriteria(organisationId: $o) { id name } }', { o: germany }, donor)
    ).data!.standingCriteria;
    const fits = [
      demo, // marking, record-keeping, stockpiles in Africa, USD 50,000 - 1,500,000
      await create({ name: 'Marking in Ghana', thematicAreas: ['MARKING'], states: ['GHA'] }),
      await create({ name: 'Africa, mid-size', regions: ['002'], budgetUsdMin: '100000', budgetUsdMax: '500000' }),
      await create({ name: 'West Africa equipment', regions: ['011'], assistanceTypes: ['EQUIPMENT'] }),
      await create({ name: 'Anything, anywhere' }, foundation.token, foundation.organisationId),
    ];
    const misses = [
      await create({ name: 'Legislation only', thematicAreas: ['LEGISLATION'] }),
      await create({ name: 'Large projects', budgetUsdMin: '1000000' }),
      await create({ name: 'Chinese-language needs', languages: ['ZH'] }),
      await create({ name: 'Latin America', regions: ['419'] }),
      await create({ name: 'Kenya only', states: ['KEN'] }),
    ];
    const paused = await create({ name: 'Paused catch-all' });
    await t.gql('mutation ($id: ID!) { setStandingCriteriaActive(criteriaId: $id, active: false) { active } }', { id: paused.id }, donor);

    const needId = await publishNeed({});
    await waitFor(
      'the need.published event to be consumed',
      async () =>
        (
          await t.dataSource.query(
            `SELECT 1 FROM event_consumption c JOIN outbox_event e ON e.id = c.event_id
          WHERE e.type = 'need.published' AND e.aggregate_id = $1 AND c.consumer = 'offers.standing-criteria'`,
            [needId],
          )
        ).length === 1,
    );
    const matched = await matchedCriteria(needId);
    expect(matched.sort()).toEqual(fits.map((c) => c.id).sort());
    expect(new Set(matched).size).toBe(matched.length);
    for (const miss of [...misses, paused]) expect(matched).not.toContain(miss.id);
    const payload = (
      await t.dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'standing_criteria.matched' AND payload->>'needId' = $1 LIMIT 1`, [needId])
    )[0].payload;
    expect(payload).toMatchObject({ needId, stateIso3: 'GHA', cause: 'need.published' });

    // Relaying the publication again changes nothing: each consumer runs once per event.
    await t.dataSource.query(`UPDATE outbox_event SET published_at = NULL WHERE type = 'need.published' AND aggregate_id = $1`, [needId]);
    await waitUntilQuiet(t); // relayed and handled
    expect((await matchedCriteria(needId)).length).toBe(fits.length);
  });

  it('announces nothing for a private need', async () => {
    await create({ name: 'Catch-all for private test' });
    const needId = await publishNeed({ visibility: 'PRIVATE' });
    await waitFor(
      'the event to be consumed',
      async () =>
        (
          await t.dataSource.query(
            `SELECT 1 FROM event_consumption c JOIN outbox_event e ON e.id = c.event_id WHERE e.type = 'need.published' AND e.aggregate_id = $1`,
            [needId],
          )
        ).length > 0,
    );
    expect(await matchedCriteria(needId)).toEqual([]);
  });

  it('previews the published needs that fit now', async () => {
    const c = await create({ name: 'Stockpiles in Africa', thematicAreas: ['STOCKPILE_MANAGEMENT'], regions: ['002'] });
    const preview = await t.gql<{
      standingCriteriaPreview: { totalCount: number; needs: { stateIso3: string; thematicAreaCodes: string[]; status: string; visibility: string }[] };
    }>(
      'query ($id: ID!) { standingCriteriaPreview(criteriaId: $id, first: 50) { totalCount needs { stateIso3 thematicAreaCodes status visibility } } }',
      { id: c.id },
      donor,
    );
    if (!preview.data) throw new Error(JSON.stringify(preview.errors));
    const p = preview.data.standingCriteriaPreview;
    expect(p.totalCount).toBeGreaterThan(0);
    expect(p.needs.length).toBe(Math.min(50, p.totalCount));
    for (const need of p.needs) {
      expect(need.thematicAreaCodes).toContain('STOCKPILE_MANAGEMENT');
      expect(need.status).toBe('PUBLISHED');
      expect(need.visibility).not.toBe('PRIVATE');
    }
    expect(p.needs.map((n) => n.stateIso3)).not.toContain('MDA'); // Europe
  });

  it('lists, updates with a version check, pauses and deletes', async () => {
    const c = await create({ name: 'To change', thematicAreas: ['TRACING'] });
    const update = 'mutation ($input: UpdateStandingCriteriaInput!) { updateStandingCriteria(input: $input) { name thematicAreaCodes states version } }';
    const changed = await t.gql<{ updateStandingCriteria: CriteriaData }>(
      update,
      { input: { criteriaId: c.id, expectedVersion: 1, name: 'Changed', states: ['SEN'] } },
      donor,
    );
    expect(changed.data?.updateStandingCriteria).toMatchObject({ name: 'Changed', thematicAreaCodes: ['TRACING'], states: ['SEN'], version: 2 });
    expect(errorCode(await t.gql(update, { input: { criteriaId: c.id, expectedVersion: 1, name: 'Stale' } }, donor))).toBe('CONFLICT');
    const paused = await t.gql<{ setStandingCriteriaActive: { active: boolean } }>(
      'mutation ($id: ID!) { setStandingCriteriaActive(criteriaId: $id, active: false) { active } }',
      { id: c.id },
      donor,
    );
    expect(paused.data?.setStandingCriteriaActive.active).toBe(false);
    expect(
      (await t.gql<{ deleteStandingCriteria: boolean }>('mutation ($id: ID!) { deleteStandingCriteria(criteriaId: $id) }', { id: c.id }, donor)).data
        ?.deleteStandingCriteria,
    ).toBe(true);
    const list = await t.gql<{ standingCriteria: { id: string }[] }>('query ($o: ID!) { standingCriteria(organisationId: $o) { id } }', { o: germany }, donor);
    expect(list.data!.standingCriteria.map((x) => x.id)).not.toContain(c.id);
  });

  it.each([
    [{ thematicAreas: ['UNICORNS'] }, 'input.thematicAreas'],
    [{ states: ['ATL'] }, 'input.states'],
    [{ regions: ['999'] }, 'input.regions'],
    [{ budgetUsdMin: '500', budgetUsdMax: '100' }, 'input.budgetUsdMin'],
    [{ name: '' }, 'input.name'],
  ])('refuses %j naming %s, writing nothing', async (input, field) => {
    const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM standing_criteria'))[0].n;
    const response = await t.gql(CREATE, { input: { organisationId: germany, name: 'Bad', ...input } }, donor);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain(field);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM standing_criteria'))[0].n).toBe(before);
  });

  it("keeps each organisation's criteria to its donors", async () => {
    const mine = await create({ name: 'Mine' });
    const kenya = await newNpcOf(t, 'KEN');
    expect(errorCode(await t.gql(CREATE, { input: { organisationId: germany, name: 'x' } }, npc))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE, { input: { organisationId: germany, name: 'x' } }, foundation.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('query ($o: ID!) { standingCriteria(organisationId: $o) { id } }', { o: germany }, foundation.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('mutation ($id: ID!) { deleteStandingCriteria(criteriaId: $id) }', { id: mine.id }, foundation.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql('query ($id: ID!) { standingCriteriaPreview(criteriaId: $id) { totalCount } }', { id: mine.id }, kenya))).toBe('FORBIDDEN');
  });
});

import { newNpcOf } from './support/people.js';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

const NEED_FIELDS = `id stateIso3 status version returnReason closeReason endorsedAt visibility validUntil budget { amount currency } budgetUsd
  quality { score checks { code passed } } availableActions`;
const CREATE = `mutation ($input: CreateNeedInput!) { createNeed(input: $input) { ${NEED_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { ${NEED_FIELDS} } }`;
const GET = `query ($id: ID!) { need(id: $id) { ${NEED_FIELDS} } }`;
const transition = (name: string, input = 'NeedTransitionInput') => `mutation ($input: ${input}!) { ${name}(input: $input) { ${NEED_FIELDS} } }`;

interface NeedData {
  id: string;
  status: string;
  version: number;
  returnReason: string | null;
  closeReason: string | null;
  endorsedAt: string | null;
  visibility: string;
  validUntil: string;
  budget: { amount: string; currency: string } | null;
  budgetUsd: string | null;
  quality: { score: number; checks: { code: string; passed: boolean }[] } | null;
  availableActions: string[];
}

const GOOD_NEED = {
  stateIso3: 'GHA',
  title: 'Marking machines for the national police armoury',
  problem:
    'About 12,000 police firearms held in 14 regional armouries carry no national marking, so lost or stolen weapons cannot be traced when they are recovered.',
  proposedActivities: '1. Procure two dot-peen marking machines. 2. Train 20 armourers over two weeks. 3. Mark 12,000 firearms within 12 months.',
  alreadyDone: 'A national commission was created in 2019 and drafted marking standards.',
  nationalContribution: 'Premises, staff time and the electricity of the armouries.',
  thematicAreas: ['MARKING'],
  assistanceTypes: ['EQUIPMENT', 'TRAINING'],
  mosaicModules: ['05.30'],
  budget: { amount: '180000.00', currency: 'EUR' },
  priorityRank: 1,
  timeframeStart: '2027-01-01',
  timeframeEnd: '2027-12-31',
  visibility: 'PUBLIC',
};

describe('needs: writing, moderation and the life cycle', () => {
  let t: TestApp;
  let npc: string;
  let moderator: string;
  let donor: string;
  let kenya: string;

  const count = async (sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);
  const create = async (input: Record<string, unknown> = {}, token = npc) =>
    (await t.gql<{ createNeed: NeedData }>(CREATE, { input: { ...GOOD_NEED, ...input } }, token)).data!.createNeed;
  const act = async (name: string, input: Record<string, unknown>, token: string, type = 'NeedTransitionInput') =>
    t.gql<Record<string, NeedData>>(transition(name, type), { input }, token);

  beforeAll(async () => {
    t = await startTestApp();
    [npc, moderator, donor] = await Promise.all([t.login('npc.ghana@example.org'), t.login('moderator@example.org'), t.login('donor.germany@example.org')]);
    kenya = await newNpcOf(t, 'KEN');
  });
  afterAll(() => t.close());

  it('lets an NPC write a draft for their State, with its USD equivalent and quality meter', async () => {
    const need = await create();
    expect(need).toMatchObject({ status: 'DRAFT', version: 1, budget: { amount: '180000.00', currency: 'EUR' } });
    expect(need.budgetUsd).toBe('194400.00'); // demo rate: 1 EUR = 1.08 USD
    expect(need.quality!.score).toBe(100);
    expect([...need.availableActions].sort()).toEqual(['SUBMIT', 'WITHDRAW']);
    expect(need.validUntil).toMatch(/^\d{4}-12-31$/); // the end of the reporting cycle by default
  });

  it('shows the checklist a vague need fails', async () => {
    const vague = await create({
      problem: 'We need help.',
      proposedActivities: 'Training.',
      alreadyDone: null,
      nationalContribution: null,
      budget: null,
      priorityRank: null,
    });
    const failed = vague.quality!.checks.filter((c) => !c.passed).map((c) => c.code);
    expect(failed).toEqual(
      expect.arrayContaining([
        'PROBLEM_STATED',
        'ACTIVITIES_CONCRETE',
        'BUDGET_PRESENT',
        'BUDGET_PLAUSIBLE',
        'ALREADY_DONE',
        'NATIONAL_CONTRIBUTION',
        'PRIORITY_GIVEN',
      ]),
    );
    expect(vague.quality!.score).toBeLessThan(30);
  });

  it.each([
    ['another State', () => kenya, 'FORBIDDEN'],
    ['a donor', () => donor, 'FORBIDDEN'],
    ['a moderator', () => moderator, 'FORBIDDEN'],
    ['an anonymous caller', () => '', 'UNAUTHENTICATED'],
  ])("refuses %s writing Ghana's needs, writing nothing", async (_, token, code) => {
    const before = await count('SELECT count(*)::int AS n FROM need');
    const response = await t.gql(CREATE, { input: GOOD_NEED }, token() || undefined);
    expect(errorCode(response)).toBe(code);
    expect(await count('SELECT count(*)::int AS n FROM need')).toBe(before);
  });

  it.each([
    [{ thematicAreas: ['MARKING', 'UNICORNS'] }, 'input.thematicAreas', /UNICORNS/],
    [{ assistanceTypes: ['MONEY'] }, 'input.assistanceTypes', /MONEY/],
    [{ mosaicModules: ['99.99'] }, 'input.mosaicModules', /99\.99/],
    [{ budget: { amount: '-5.00', currency: 'USD' } }, 'input.budget.amount', /positive/],
    [{ budget: { amount: '12,50', currency: 'USD' } }, 'input.budget.amount', /decimal/],
    [{ budget: { amount: '1000.00', currency: 'XYZ' } }, 'input.budget.currency', /unknown currency/],
    [{ title: 'x'.repeat(201) }, 'input.title', /at most 200/],
    [{ problem: '' }, 'input.problem', /empty/],
    [{ timeframeStart: '2027-06-01', timeframeEnd: '2027-01-01' }, 'input.timeframeEnd', /before it starts/],
    [{ validUntil: '2001-01-01' }, 'input.validUntil', /after today/],
    [{ priorityRank: 0 }, 'input.priorityRank', /from 1/],
  ])('refuses %j naming %s, writing nothing', async (change, field, message) => {
    const before = await count('SELECT count(*)::int AS n FROM need');
    const response = await t.gql(CREATE, { input: { ...GOOD_NEED, ...change } }, npc);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    // Checked by the service (extensions.fields) or, for malformed scalars, by GraphQL itself.
    const fields = (response.errors?.[0].extensions?.fields as { field: string; message: string }[] | undefined) ?? [];
    const described = fields.find((f) => f.field === field)?.message ?? response.errors?.[0].message;
    if (!fields.length) expect(response.errors?.[0].message).toContain(field);
    expect(described).toMatch(message);
    expect(await count('SELECT count(*)::int AS n FROM need')).toBe(before);
  });

  it('edits with a version check: a stale version is a CONFLICT, and of two concurrent edits one wins', async () => {
    const need = await create();
    const edited = await t.gql<{ updateNeed: NeedData }>(UPDATE, { input: { needId: need.id, expectedVersion: 1, priorityRank: 2 } }, npc);
    expect(edited.data?.updateNeed.version).toBe(2);
    const stale = await t.gql(UPDATE, { input: { needId: need.id, expectedVersion: 1, priorityRank: 3 } }, npc);
    expect(errorCode(stale)).toBe('CONFLICT');

    const [a, b] = await Promise.all([
      t.gql<{ updateNeed: NeedData }>(UPDATE, { input: { needId: need.id, expectedVersion: 2, title: 'Marking machines: version A' } }, npc),
      t.gql<{ updateNeed: NeedData }>(UPDATE, { input: { needId: need.id, expectedVersion: 2, title: 'Marking machines: version B' } }, npc),
    ]);
    const codes = [a, b].map((r) => errorCode(r) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = (a.data ?? b.data)!.updateNeed;
    expect(winner.version).toBe(3);
    const stored = await t.dataSource.query('SELECT title, version FROM need WHERE id = $1', [need.id]);
    expect(stored[0].version).toBe(3);
  });

  it('drops the USD equivalent with the budget, and recomputes it for a new currency', async () => {
    const need = await create();
    const removed = await t.gql<{ updateNeed: NeedData }>(UPDATE, { input: { needId: need.id, expectedVersion: 1, budget: null } }, npc);
    expect(removed.data?.updateNeed).toMatchObject({ budget: null, budgetUsd: null });
    const usd = await t.gql<{ updateNeed: NeedData }>(
      UPDATE,
      { input: { needId: need.id, expectedVersion: 2, budget: { amount: '50000', currency: 'USD' } } },
      npc,
    );
    expect(usd.data?.updateNeed).toMatchObject({ budget: { amount: '50000.00', currency: 'USD' }, budgetUsd: '50000.00' });
  });

  it("refuses edits of another State's need, and of a submitted need", async () => {
    const need = await create();
    expect(errorCode(await t.gql(UPDATE, { input: { needId: need.id, expectedVersion: 1, priorityRank: 5 } }, kenya))).toBe('NOT_FOUND');
    await act('submitNeed', { needId: need.id }, npc);
    const response = await t.gql(UPDATE, { input: { needId: need.id, expectedVersion: 2, priorityRank: 5 } }, npc);
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors?.[0].message).toMatch(/SUBMITTED need cannot be edited/);
  });

  it('goes draft -> submitted -> returned -> submitted -> published -> closed, audited and announced', async () => {
    const need = await create();
    const submitted = (await act('submitNeed', { needId: need.id, expectedVersion: 1 }, npc)).data!.submitNeed;
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.endorsedAt).not.toBeNull();

    expect(errorCode(await act('returnNeed', { needId: need.id }, moderator))).toBe('BAD_USER_INPUT');
    const returned = (await act('returnNeed', { needId: need.id, reason: 'Break the budget down by activity.' }, moderator)).data!.returnNeed;
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: 'Break the budget down by activity.' });
    // The State sees why.
    expect((await t.gql<{ need: NeedData }>(GET, { id: need.id }, npc)).data?.need.returnReason).toBe('Break the budget down by activity.');

    await act('submitNeed', { needId: need.id }, npc);
    const published = (await act('publishNeed', { needId: need.id }, moderator)).data!.publishNeed;
    expect(published).toMatchObject({ status: 'PUBLISHED', returnReason: null });

    const closed = await act('closeNeed', { needId: need.id, closeReason: 'MET', reason: 'Funded by the EU' }, npc, 'CloseNeedInput');
    expect(closed.data?.closeNeed).toMatchObject({ status: 'CLOSED', closeReason: 'MET' });

    const audit = await t.dataSource.query(
      `SELECT from_state, to_state, reason FROM audit_entry WHERE entity_id = $1 AND action = 'need.transitioned' ORDER BY occurred_at, id`,
      [need.id],
    );
    expect(audit.map((a: { from_state: string; to_state: string }) => `${a.from_state}>${a.to_state}`)).toEqual([
      'DRAFT>SUBMITTED',
      'SUBMITTED>RETURNED',
      'RETURNED>SUBMITTED',
      'SUBMITTED>PUBLISHED',
      'PUBLISHED>CLOSED',
    ]);
    expect(audit[1].reason).toBe('Break the budget down by activity.');
    expect(audit[4].reason).toBe('MET: Funded by the EU');
    const events = await t.dataSource.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY occurred_at, id`, [need.id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'need.created',
      'need.submitted',
      'need.returned',
      'need.submitted',
      'need.published',
      'need.closed',
    ]);
  });

  it.each([
    ['an NPC publishing', 'publishNeed', () => npc, 'FORBIDDEN'],
    ['a moderator submitting', 'submitNeed', () => moderator, 'FORBIDDEN'],
    ['a donor returning', 'returnNeed', () => donor, 'FORBIDDEN'],
  ])('refuses %s (%s), changing nothing', async (_, mutation, token, code) => {
    const need = await create();
    await act('submitNeed', { needId: need.id }, npc);
    const response = await act(mutation, { needId: need.id, reason: 'because' }, token());
    expect(errorCode(response)).toBe(code);
    expect((await t.dataSource.query('SELECT status FROM need WHERE id = $1', [need.id]))[0].status).toBe('SUBMITTED');
  });

  it('refuses a transition the current status does not allow (CONFLICT), and one on a need not visible (NOT_FOUND)', async () => {
    const draft = await create();
    const publish = await act('publishNeed', { needId: draft.id }, moderator);
    expect(errorCode(publish)).toBe('CONFLICT');
    expect(publish.errors?.[0].message).toMatch(/only one that is SUBMITTED/);
    expect(errorCode(await act('submitNeed', { needId: draft.id }, kenya))).toBe('NOT_FOUND');
    // A malformed id is refused before anything runs, naming the field (docs/ARCHITECTURE.md, "Malformed input").
    expect(errorCode(await act('submitNeed', { needId: 'not-an-id' }, npc))).toBe('BAD_USER_INPUT');
  });

  it('lets a Kenyan NPC see a published Ghanaian need but not close it', async () => {
    const need = await create();
    await act('submitNeed', { needId: need.id }, npc);
    await act('publishNeed', { needId: need.id }, moderator);
    const seen = await t.gql<{ need: NeedData }>(GET, { id: need.id }, kenya);
    expect(seen.data?.need).toMatchObject({ status: 'PUBLISHED', quality: null, availableActions: [] });
    expect(errorCode(await act('closeNeed', { needId: need.id, closeReason: 'MET' }, kenya, 'CloseNeedInput'))).toBe('FORBIDDEN');
  });

  it('applies visibility: public to all, States-and-donors to logged-in users, private to the State and UNODA', async () => {
    const publish = async (visibility: string) => {
      const need = await create({ visibility });
      await act('submitNeed', { needId: need.id }, npc);
      await act('publishNeed', { needId: need.id }, moderator);
      return need.id;
    };
    const [pub, members, secret] = [await publish('PUBLIC'), await publish('STATES_AND_DONORS'), await publish('PRIVATE')];
    const sees = async (id: string, token?: string) => !(await t.gql(GET, { id }, token)).errors;
    expect([await sees(pub), await sees(members), await sees(secret)]).toEqual([true, false, false]);
    expect([await sees(pub, donor), await sees(members, donor), await sees(secret, donor)]).toEqual([true, true, false]);
    expect([await sees(secret, npc), await sees(secret, moderator), await sees(secret, kenya)]).toEqual([true, true, false]);
    expect(errorCode(await t.gql(GET, { id: secret }, donor))).toBe('NOT_FOUND');
  });

  it('keeps drafts from everyone but the State and UNODA', async () => {
    const draft = await create();
    expect(errorCode(await t.gql(GET, { id: draft.id }, donor))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(GET, { id: draft.id }))).toBe('NOT_FOUND');
    expect((await t.gql<{ need: NeedData }>(GET, { id: draft.id }, moderator)).data?.need.status).toBe('DRAFT');
  });

  it('withdraws, and refuses to reopen what has not expired', async () => {
    const need = await create();
    expect((await act('withdrawNeed', { needId: need.id }, npc)).data?.withdrawNeed.status).toBe('WITHDRAWN');
    expect(errorCode(await act('submitNeed', { needId: need.id }, npc))).toBe('CONFLICT');
    expect(errorCode(await act('reopenNeed', { needId: need.id }, npc))).toBe('CONFLICT');
  });

  describe('the moderation queue', () => {
    it('lists submitted needs to moderators, longest waiting first, with time in status and quality', async () => {
      const queue = await t.gql<{
        needModerationQueue: { totalCount: number; edges: { node: { status: string; timeInStatusSeconds: number; quality: { score: number } } }[] };
      }>('{ needModerationQueue(first: 50) { totalCount edges { node { status timeInStatusSeconds quality { score } } } } }', {}, moderator);
      const nodes = queue.data!.needModerationQueue.edges.map((e) => e.node);
      expect(nodes.length).toBeGreaterThan(3);
      expect(nodes.every((n) => n.status === 'SUBMITTED' && n.quality.score >= 0)).toBe(true);
      const waits = nodes.map((n) => n.timeInStatusSeconds);
      expect(waits).toEqual([...waits].sort((a, b) => b - a));
      expect(errorCode(await t.gql('{ needModerationQueue { totalCount } }', {}, npc))).toBe('FORBIDDEN');
    });

    it('publishes a batch, all or nothing', async () => {
      const a = await create();
      const b = await create();
      const c = await create();
      for (const n of [a, b]) await act('submitNeed', { needId: n.id }, npc);
      const mixed = await t.gql(
        'mutation ($input: ModerateNeedsInput!) { moderateNeeds(input: $input) { id status } }',
        {
          input: { needIds: [a.id, b.id, c.id], action: 'PUBLISH' },
        },
        moderator,
      );
      expect(errorCode(mixed)).toBe('CONFLICT');
      expect(mixed.errors?.[0].message).toContain(c.id);
      expect(await count(`SELECT count(*)::int AS n FROM need WHERE id = ANY($1::uuid[]) AND status = 'PUBLISHED'`, [[a.id, b.id]])).toBe(0);

      const batch = await t.gql<{ moderateNeeds: { status: string }[] }>(
        'mutation ($input: ModerateNeedsInput!) { moderateNeeds(input: $input) { id status } }',
        { input: { needIds: [a.id, b.id], action: 'PUBLISH' } },
        moderator,
      );
      expect(batch.data?.moderateNeeds.map((n) => n.status)).toEqual(['PUBLISHED', 'PUBLISHED']);
      const returnAll = await t.gql(
        'mutation ($input: ModerateNeedsInput!) { moderateNeeds(input: $input) { id } }',
        {
          input: { needIds: [a.id], action: 'RETURN' },
        },
        moderator,
      );
      expect(errorCode(returnAll)).toBe('CONFLICT');
    });
  });

  describe('translations', () => {
    it('keeps the original and serves a translation in the language asked', async () => {
      const need = await create();
      const set = await t.gql(
        'mutation ($input: SetNeedTranslationInput!) { setNeedTranslation(input: $input) { id } }',
        {
          input: {
            needId: need.id,
            language: 'FR',
            kind: 'VERIFIED',
            title: 'Machines de marquage pour l’armurerie de la police',
            problem: 'Environ 12 000 armes de la police ne portent aucun marquage national.',
            proposedActivities: 'Acheter deux machines de marquage et former 20 armuriers.',
          },
        },
        npc,
      );
      expect(set.errors).toBeUndefined();
      const read = await t.gql<{
        need: { title: string; fr: { title: string; isOriginal: boolean; translationKind: string }; zh: { isOriginal: boolean; title: string } };
      }>(
        'query ($id: ID!) { need(id: $id) { title fr: text(lang: FR) { title isOriginal translationKind } zh: text(lang: ZH) { title isOriginal } } }',
        { id: need.id },
        npc,
      );
      expect(read.data?.need.title).toBe(GOOD_NEED.title);
      expect(read.data?.need.fr).toEqual({ title: 'Machines de marquage pour l’armurerie de la police', isOriginal: false, translationKind: 'VERIFIED' });
      expect(read.data?.need.zh).toEqual({ title: GOOD_NEED.title, isOriginal: true });
      const same = await t.gql(
        'mutation ($input: SetNeedTranslationInput!) { setNeedTranslation(input: $input) { id } }',
        {
          input: { needId: need.id, language: 'EN', kind: 'VERIFIED', title: 'x', problem: 'y', proposedActivities: 'z' },
        },
        npc,
      );
      expect(errorCode(same)).toBe('BAD_USER_INPUT');
    });
  });

  it('answers every need response with a version the client can send back', async () => {
    const need = await create();
    const response: GraphQLResponse<{ need: NeedData }> = await t.gql(GET, { id: need.id }, npc);
    expect(response.data?.need.version).toBe(1);
  });
});

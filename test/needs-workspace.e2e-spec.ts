import { addDays, todayUtc } from '#libs/core';
import { NeedsFreshnessTask } from '#libs/needs';
import { newNpcOf } from './support/people.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

// What the NPC workspace of the web app asks: the quality meter while a need is written
// (needQualityPreview) and what happened to a need (Need.history).

interface Quality {
  score: number;
  checks: { code: string; passed: boolean; weight: number; hint: string }[];
}
interface HistoryEntry {
  at: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  actorName: string | null;
  changedFields: string[] | null;
}

const QUALITY = 'score checks { code passed weight hint }';
const PREVIEW = `query ($input: NeedContentInput!) { needQualityPreview(input: $input) { ${QUALITY} } }`;
const NEED_FIELDS = `id version status quality { ${QUALITY} } history { at action fromStatus toStatus reason actorName changedFields }`;
const CREATE = `mutation ($input: CreateNeedInput!) { createNeed(input: $input) { ${NEED_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { ${NEED_FIELDS} } }`;
const GET = `query ($id: ID!) { need(id: $id) { ${NEED_FIELDS} } }`;
const transition = (name: string) => `mutation ($input: NeedTransitionInput!) { ${name}(input: $input) { ${NEED_FIELDS} } }`;

interface NeedData {
  id: string;
  version: number;
  status: string;
  quality: Quality | null;
  history: HistoryEntry[] | null;
}

/** The content of a need as NeedContentInput takes it (createNeed adds the State). */
const GOOD_CONTENT = {
  title: 'Marking machines for the national police armoury',
  problem:
    'About 12,000 police firearms held in 14 regional armouries carry no national marking, so lost or stolen weapons cannot be traced when they are recovered.',
  proposedActivities: '1. Procure two dot-peen marking machines. 2. Train 20 armourers over two weeks. 3. Mark 12,000 firearms within 12 months.',
  alreadyDone: 'A national commission was created in 2019 and drafted marking standards.',
  nationalContribution: 'Premises, staff time and the electricity of the armouries.',
  thematicAreas: ['MARKING'],
  assistanceTypes: ['EQUIPMENT', 'TRAINING'],
  budget: { amount: '180000.00', currency: 'EUR' },
  priorityRank: 1,
  timeframeStart: '2027-01-01',
  timeframeEnd: '2027-12-31',
  visibility: 'PUBLIC',
};
const VAGUE_CONTENT = { title: 'Help with training', problem: 'We need help.', proposedActivities: 'Training.' };

/** What a saved need's meter and a preview must agree on: the score and each check's outcome. */
const outcome = (q: Quality | null | undefined) => q && { score: q.score, checks: Object.fromEntries(q.checks.map((c) => [c.code, c.passed])) };

describe('needs: the quality meter while writing, and the history of a need', () => {
  let t: TestApp;
  let npc: string;
  let moderator: string;
  let admin: string;
  let donor: string;
  let kenya: string;

  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const preview = (input: Record<string, unknown>, token?: string | 'anonymous') =>
    t.gql<{ needQualityPreview: Quality }>(PREVIEW, { input }, token === 'anonymous' ? undefined : (token ?? npc));
  const create = async (content: Record<string, unknown>) => {
    const response = await t.gql<{ createNeed: NeedData }>(CREATE, { input: { stateIso3: 'GHA', ...content } }, npc);
    expect(response.errors).toBeUndefined();
    return response.data!.createNeed;
  };
  const update = async (needId: string, expectedVersion: number, change: Record<string, unknown>) => {
    const response = await t.gql<{ updateNeed: NeedData }>(UPDATE, { input: { needId, expectedVersion, ...change } }, npc);
    expect(response.errors).toBeUndefined();
    return response.data!.updateNeed;
  };
  const act = async (name: string, input: Record<string, unknown>, token: string) => {
    const response = await t.gql<Record<string, NeedData>>(transition(name), { input }, token);
    expect(response.errors).toBeUndefined();
    return response.data![name];
  };
  const read = async (id: string, token?: string) => {
    const response = await t.gql<{ need: NeedData }>(GET, { id }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.need;
  };

  beforeAll(async () => {
    t = await startTestApp();
    [npc, moderator, admin, donor] = await Promise.all([
      t.login('npc.ghana@example.org'),
      t.login('moderator@example.org'),
      t.login('admin@example.org'),
      t.login('donor.germany@example.org'),
    ]);
    kenya = await newNpcOf(t, 'KEN');
  });
  afterAll(() => t.close());

  it("says which of its State's own steps the viewer may take: edit while draft, returned or published, reconfirm while published", async () => {
    const STEPS = 'query ($id: ID!) { need(id: $id) { status canEdit canReconfirm } }';
    const steps = async (id: string, token?: string) =>
      (await t.gql<{ need: { status: string; canEdit: boolean; canReconfirm: boolean } }>(STEPS, { id }, token)).data!.need;
    const need = await create({ ...GOOD_CONTENT, title: 'Steps: marking machines' });
    expect(await steps(need.id, npc)).toEqual({ status: 'DRAFT', canEdit: true, canReconfirm: false });
    expect(await steps(need.id, moderator)).toMatchObject({ canEdit: false, canReconfirm: false });
    await act('submitNeed', { needId: need.id }, npc);
    expect(await steps(need.id, npc)).toEqual({ status: 'SUBMITTED', canEdit: false, canReconfirm: false });
    await act('publishNeed', { needId: need.id }, moderator);
    expect(await steps(need.id, npc)).toEqual({ status: 'PUBLISHED', canEdit: true, canReconfirm: true });
    // Nobody else, whatever they may read.
    for (const token of [moderator, admin, donor, kenya, undefined]) expect(await steps(need.id, token)).toMatchObject({ canEdit: false, canReconfirm: false });
    await act('withdrawNeed', { needId: need.id }, npc);
    expect(await steps(need.id, npc)).toEqual({ status: 'WITHDRAWN', canEdit: false, canReconfirm: false });
  });

  describe('needQualityPreview', () => {
    it.each([
      ['a complete need, its EUR budget converted to USD', GOOD_CONTENT, 100],
      // 4,700 EUR is 5,076 USD: plausible only once converted (the floor is USD 5,000).
      ['a budget plausible only in USD', { ...GOOD_CONTENT, budget: { amount: '4700', currency: 'EUR' } }, 100],
      // 23,500,000 EUR is 25,380,000 USD: past the USD 25,000,000 ceiling only once converted.
      ['an implausibly large budget', { ...GOOD_CONTENT, budget: { amount: '23500000', currency: 'EUR' } }, 90],
      ['an implausibly small budget', { ...GOOD_CONTENT, budget: { amount: '1000.00', currency: 'EUR' } }, 90],
      ['a budget in a currency without a rate', { ...GOOD_CONTENT, budget: { amount: '500000', currency: 'BDT' } }, 90],
      [
        'content written untidily (case, spaces, leading zeros)',
        {
          ...GOOD_CONTENT,
          problem: `  ${GOOD_CONTENT.problem}\n`,
          thematicAreas: [' marking '],
          assistanceTypes: ['training', 'TRAINING'],
          budget: { amount: '0030000', currency: 'usd' },
        },
        100,
      ],
      ['a vague need', VAGUE_CONTENT, 0],
    ])('scores %s as the saved need does', async (_, content, score) => {
      const previewed = await preview(content);
      expect(previewed.errors).toBeUndefined();
      const saved = await create(content);
      expect(outcome(previewed.data!.needQualityPreview)).toEqual(outcome(saved.quality));
      expect(previewed.data!.needQualityPreview.score).toBe(score);
    });

    it('scores the whole content of an edited need as the saved edit does', async () => {
      const need = await create(VAGUE_CONTENT);
      const change = {
        thematicAreas: ['STOCKPILE_MANAGEMENT'],
        assistanceTypes: ['EQUIPMENT'],
        budget: { amount: '30000000', currency: 'USD' },
        priorityRank: 3,
      };
      const edited = await update(need.id, need.version, change);
      const previewed = await preview({ ...VAGUE_CONTENT, ...change });
      expect(outcome(previewed.data!.needQualityPreview)).toEqual(outcome(edited.quality));
      expect(outcome(previewed.data!.needQualityPreview)!.checks).toMatchObject({
        TAXONOMY_CODED: true,
        BUDGET_PRESENT: true,
        BUDGET_PLAUSIBLE: false,
        PRIORITY_GIVEN: true,
      });
    });

    it('scores empty content 0, every check failed with what would raise it', async () => {
      const previewed = await preview({});
      expect(previewed.errors).toBeUndefined();
      const quality = previewed.data!.needQualityPreview;
      expect(quality.score).toBe(0);
      expect(quality.checks).toHaveLength(9);
      for (const check of quality.checks) {
        expect(check).toMatchObject({ passed: false, hint: expect.stringMatching(/\w{3,}/) });
        expect(check.weight).toBeGreaterThan(0);
      }
      expect(quality.checks.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    });

    it('never refuses content a save would refuse: each part counts as far as it can', async () => {
      const previewed = await preview({
        title: 'x'.repeat(300),
        problem: `${'The armouries lack marking machines and trained staff in every region. '.repeat(80)}`, // over 5,000 characters
        proposedActivities: '',
        thematicAreas: ['marking', 'UNICORNS'],
        assistanceTypes: ['MONEY'],
        budget: { amount: '-5', currency: 'EUR' },
        priorityRank: 0,
        timeframeStart: '2027-06-01',
        timeframeEnd: '2027-01-01',
        validUntil: '2001-01-01',
      });
      expect(previewed.errors).toBeUndefined();
      expect(outcome(previewed.data!.needQualityPreview)!.checks).toEqual({
        PROBLEM_STATED: true, // its words count, whatever its length
        ACTIVITIES_CONCRETE: false,
        TAXONOMY_CODED: false, // MARKING exists, but no assistance type does
        BUDGET_PRESENT: false, // not a positive amount
        BUDGET_PLAUSIBLE: false,
        ALREADY_DONE: false,
        NATIONAL_CONTRIBUTION: false,
        PRIORITY_GIVEN: false, // ranks start at 1
        TIMEFRAME_GIVEN: false, // it ends before it starts
      });
      const someKnown = await preview({
        thematicAreas: ['marking', 'UNICORNS'],
        assistanceTypes: ['MONEY', 'equipment'],
        budget: { amount: '1000.001', currency: 'EUR' },
      });
      expect(outcome(someKnown.data!.needQualityPreview)!.checks).toMatchObject({ TAXONOMY_CODED: true, BUDGET_PRESENT: false });
      const unknownCurrency = await preview({ budget: { amount: '100000', currency: 'XYZ' } });
      expect(outcome(unknownCurrency.data!.needQualityPreview)!.checks).toMatchObject({ BUDGET_PRESENT: false, BUDGET_PLAUSIBLE: false });
    });

    it("leaves GraphQL's own checks of values: an amount that is no decimal is BAD_USER_INPUT", async () => {
      const response = await preview({ budget: { amount: 'a lot', currency: 'EUR' } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    });

    it('is for those who write needs: any NPC', async () => {
      const response = await preview(GOOD_CONTENT, kenya);
      expect(response.data?.needQualityPreview.score).toBe(100);
    });

    it.each([
      ['a donor', () => donor, 'FORBIDDEN'],
      ['a UNODA moderator (who does not write needs)', () => moderator, 'FORBIDDEN'],
      ['an anonymous caller', () => 'anonymous', 'UNAUTHENTICATED'],
    ])('refuses %s', async (_, token, code) => {
      const response = await preview(GOOD_CONTENT, token());
      expect(errorCode(response)).toBe(code);
      expect(response.data?.needQualityPreview).toBeFalsy();
    });

    it('writes nothing', async () => {
      const tables = ['need', 'audit_entry', 'outbox_event'];
      const before = await Promise.all(tables.map(count));
      await preview(GOOD_CONTENT);
      await preview({ ...GOOD_CONTENT, budget: { amount: '23500000', currency: 'EUR' } });
      await preview({});
      expect(await Promise.all(tables.map(count))).toEqual(before);
    });
  });

  describe('Need.history', () => {
    const RETURN_REASON = 'Say how many armourers each region has.';
    let needId: string;
    let expected: Partial<HistoryEntry>[];

    beforeAll(async () => {
      let need = await create(GOOD_CONTENT);
      need = await update(need.id, need.version, { priorityRank: 2 });
      need = await act('submitNeed', { needId: need.id }, npc);
      need = await act('returnNeed', { needId: need.id, reason: RETURN_REASON }, moderator);
      need = await update(need.id, need.version, { budget: { amount: '190000.00', currency: 'EUR' } });
      need = await act('submitNeed', { needId: need.id }, npc);
      needId = need.id;
      const byNpc = { actorName: 'Demo NPC of Ghana' };
      expected = [
        { action: 'need.created', fromStatus: null, toStatus: 'DRAFT', reason: null, ...byNpc, changedFields: null },
        { action: 'need.changed', fromStatus: null, toStatus: null, reason: null, ...byNpc, changedFields: ['priorityRank'] },
        { action: 'need.transitioned', fromStatus: 'DRAFT', toStatus: 'SUBMITTED', reason: null, ...byNpc, changedFields: null },
        {
          action: 'need.transitioned',
          fromStatus: 'SUBMITTED',
          toStatus: 'RETURNED',
          reason: RETURN_REASON,
          actorName: 'Demo UNODA Moderator',
          changedFields: null,
        },
        { action: 'need.changed', fromStatus: null, toStatus: null, reason: null, ...byNpc, changedFields: ['budgetAmount'] },
        { action: 'need.transitioned', fromStatus: 'RETURNED', toStatus: 'SUBMITTED', reason: null, ...byNpc, changedFields: null },
      ];
    });

    it("gives the State's NPC every step, oldest first, with statuses, the return reason and who did it", async () => {
      const { history } = await read(needId, npc);
      expect(history).toEqual(expected.map((e) => ({ ...e, at: expect.any(String) })));
      const times = history!.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    });

    it('gives UNODA the same', async () => {
      for (const token of [moderator, admin]) {
        expect((await read(needId, token)).history).toEqual(expected.map((e) => ({ ...e, at: expect.any(String) })));
      }
    });

    it('gives null to those who may see the published need but not its workings, as for its quality', async () => {
      const published = await act('publishNeed', { needId }, moderator);
      expect(published.history?.at(-1)).toMatchObject({
        action: 'need.transitioned',
        fromStatus: 'SUBMITTED',
        toStatus: 'PUBLISHED',
        actorName: 'Demo UNODA Moderator',
      });
      for (const token of [kenya, donor, undefined]) {
        const need = await read(needId, token);
        expect(need.status).toBe('PUBLISHED');
        expect(need.history).toBeNull();
        expect(need.quality).toBeNull();
      }
      expect((await read(needId, npc)).history).toHaveLength(expected.length + 1);
    });

    it('gives each need of a list its own history', async () => {
      const other = await create(VAGUE_CONTENT);
      const response = await t.gql<{ needs: { edges: { node: { id: string; history: HistoryEntry[] | null } }[] } }>(
        'query ($ids: [String!]) { needs(filter: { states: $ids, statuses: [DRAFT, PUBLISHED] }, sort: NEWEST, first: 100) { edges { node { id history { action toStatus } } } } }',
        { ids: ['GHA'] },
        npc,
      );
      expect(response.errors).toBeUndefined();
      const byId = new Map(response.data!.needs.edges.map((e) => [e.node.id, e.node.history]));
      expect(byId.get(other.id)).toEqual([{ action: 'need.created', toStatus: 'DRAFT' }]);
      expect(byId.get(needId)).toHaveLength(expected.length + 1);
    });

    it('names no one for what the system did (an expiry)', async () => {
      const today = todayUtc();
      const need = await create({ ...GOOD_CONTENT, validUntil: addDays(today, 3) });
      await act('submitNeed', { needId: need.id }, npc);
      await act('publishNeed', { needId: need.id }, moderator);
      await t.app.get(NeedsFreshnessTask).run(addDays(today, 4));
      const { history } = await read(need.id, npc);
      expect(history!.at(-1)).toEqual({
        at: expect.any(String),
        action: 'need.transitioned',
        fromStatus: 'PUBLISHED',
        toStatus: 'EXPIRED',
        reason: `valid until ${addDays(today, 3)}`,
        actorName: null,
        changedFields: null,
      });
    });
  });
});

import { matchRow, publishNeed, publishOffer, updateNeed, type Published } from './support/market.js';
import { newFoundationDonor, newNpcOf } from './support/people.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { waitUntilQuiet } from './support/wait.js';

const FIELDS = 'id needId offerId status origin score fits reason interestMessage version availableActions need { id } offer { id }';

interface MatchData {
  id: string;
  needId: string;
  offerId: string;
  status: string;
  origin: string;
  score: number | null;
  fits: boolean;
  reason: string | null;
  interestMessage: string | null;
  version: number;
  availableActions: string[];
  need: { id: string } | null;
  offer: { id: string } | null;
}

const decide = (name: string) => `mutation ($input: MatchDecisionInput!) { ${name}(input: $input) { ${FIELDS} } }`;
const INTEREST = `mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { ${FIELDS} } }`;

describe('matches: confirm, dismiss, interest, and who may do what', () => {
  let t: TestApp;
  let npc: string;
  let otherNpc: string;
  let moderator: string;
  let admin: string;
  let foundation: { token: string; organisationId: string };
  let rival: { token: string; organisationId: string };
  let offer: Published;

  const act = async (name: string, input: Record<string, unknown>, token: string) => t.gql<Record<string, MatchData>>(decide(name), { input }, token);
  const matchCount = async () => Number((await t.dataSource.query('SELECT count(*)::int AS n FROM match'))[0].n);
  const auditOf = async (id: string) =>
    (await t.dataSource.query(`SELECT from_state, to_state, reason FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at, id`, [id])) as {
      from_state: string | null;
      to_state: string;
      reason: string | null;
    }[];
  const eventsOf = async (id: string) =>
    ((await t.dataSource.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY occurred_at`, [id])) as { type: string }[]).map((e) => e.type);

  /** A fresh need of Ghana and the suggestion the engine makes of it with the foundation's offer. */
  async function suggestion(title: string): Promise<{ need: Published; match: MatchData }> {
    const need = await publishNeed(t, npc, moderator, { title });
    await waitUntilQuiet(t);
    const row = await matchRow(t, need.id, offer.id);
    if (row?.status !== 'SUGGESTED') throw new Error(`no suggestion for ${title}: ${JSON.stringify(row)}`);
    const found = await t.gql<{ match: MatchData }>(`query ($id: ID!) { match(id: $id) { ${FIELDS} } }`, { id: row.id }, moderator);
    return { need, match: found.data!.match };
  }

  beforeAll(async () => {
    t = await startTestApp({ withWorker: true, env: { OUTBOX_POLL_INTERVAL_MS: '50', LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' } });
    [npc, moderator, admin] = await Promise.all([t.login('npc.ghana@example.org'), t.login('moderator@example.org'), t.login('admin@example.org')]);
    otherNpc = await newNpcOf(t, 'KEN');
    foundation = await newFoundationDonor(t, 'Interest Test Foundation');
    rival = await newFoundationDonor(t, 'Rival Foundation');
    offer = await publishOffer(t, foundation.token, moderator, foundation.organisationId);
    await waitUntilQuiet(t);
  });
  afterAll(() => t.close());

  it('shows a match to its two sides and UNODA only, each with what they may do', async () => {
    const { match } = await suggestion('Marking: who sees the match');
    const read = (token?: string) => t.gql<{ match: MatchData }>(`query ($id: ID!) { match(id: $id) { ${FIELDS} } }`, { id: match.id }, token);
    expect((await read(moderator)).data!.match.availableActions.sort()).toEqual(['CONFIRM', 'DISMISS']);
    expect((await read(npc)).data!.match).toMatchObject({ id: match.id, availableActions: [], need: { id: match.needId }, offer: { id: offer.id } });
    expect((await read(foundation.token)).data!.match.availableActions).toEqual(['EXPRESS_INTEREST']);
    expect((await read(admin)).data!.match.availableActions).toEqual([]);
    expect(errorCode(await read(otherNpc))).toBe('NOT_FOUND');
    expect(errorCode(await read(rival.token))).toBe('NOT_FOUND');
    expect(errorCode(await read())).toBe('UNAUTHENTICATED');

    const list = (query: string, variables: Record<string, unknown>, token: string) => t.gql(query, variables, token);
    const forNeed = 'query ($id: ID!) { matchesForNeed(needId: $id) { edges { node { id } } } }';
    const forOffer = 'query ($id: ID!) { matchesForOffer(offerId: $id) { edges { node { id } } } }';
    expect(errorCode(await list(forNeed, { id: match.needId }, otherNpc))).toBe('FORBIDDEN');
    expect(errorCode(await list(forNeed, { id: match.needId }, foundation.token))).toBe('FORBIDDEN');
    expect(errorCode(await list(forOffer, { id: offer.id }, rival.token))).toBe('FORBIDDEN');
    expect(errorCode(await list(forOffer, { id: offer.id }, npc))).toBe('FORBIDDEN');
    expect(errorCode(await list('{ matchQueue { edges { node { id } } } }', {}, npc))).toBe('FORBIDDEN');
    expect(errorCode(await list('{ matchQueue { edges { node { id } } } }', {}, foundation.token))).toBe('FORBIDDEN');
    const queue = await t.gql<{ matchQueue: { edges: { node: { id: string; score: number } }[] } }>(
      'query ($f: MatchFilter) { matchQueue(filter: $f, first: 100) { edges { node { id score } } } }',
      { f: { states: ['GHA'], organisations: [foundation.organisationId] } },
      moderator,
    );
    const ids = queue.data!.matchQueue.edges.map((e) => e.node.id);
    expect(ids).toContain(match.id);
    const scores = queue.data!.matchQueue.edges.map((e) => e.node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(errorCode(await t.gql('{ matchQueue(filter: { minScore: 2 }) { edges { node { id } } } }', {}, moderator))).toBe('BAD_USER_INPUT');
    const inRegion = (regionCode: string) =>
      t
        .gql<{ matchQueue: { edges: { node: { id: string } }[] } }>(
          'query ($f: MatchFilter) { matchQueue(filter: $f, first: 100) { edges { node { id } } } }',
          { f: { regionCode } },
          moderator,
        )
        .then((r) => r.data!.matchQueue.edges.map((e) => e.node.id));
    expect(await inRegion('002')).toContain(match.id); // Ghana is in Africa
    expect(await inRegion('150')).not.toContain(match.id);
  });

  it('lets UNODA confirm a suggestion, audited and announced; not twice, and not by anyone else', async () => {
    const { match } = await suggestion('Marking: to confirm');
    expect(errorCode(await act('confirmMatch', { matchId: match.id }, npc))).toBe('FORBIDDEN');
    expect(errorCode(await act('confirmMatch', { matchId: match.id }, foundation.token))).toBe('FORBIDDEN');
    expect(errorCode(await act('confirmMatch', { matchId: match.id }, admin))).toBe('FORBIDDEN');
    expect(errorCode(await act('confirmMatch', { matchId: match.id, expectedVersion: match.version + 5 }, moderator))).toBe('CONFLICT');
    expect(await matchRow(t, match.needId, offer.id)).toMatchObject({ status: 'SUGGESTED', version: match.version });

    const confirmed = await act('confirmMatch', { matchId: match.id, expectedVersion: match.version }, moderator);
    expect(confirmed.data!.confirmMatch).toMatchObject({ status: 'CONFIRMED', availableActions: ['DISMISS'] });
    expect(errorCode(await act('confirmMatch', { matchId: match.id }, moderator))).toBe('CONFLICT');
    expect(await auditOf(match.id)).toEqual([{ from_state: 'SUGGESTED', to_state: 'CONFIRMED', reason: null }]);
    expect(await eventsOf(match.id)).toContain('match.confirmed');
  });

  it('dismisses with a reason, and keeps a dismissed match down until a side changes materially', async () => {
    const { need, match } = await suggestion('Marking: to dismiss');
    expect(errorCode(await act('dismissMatch', { matchId: match.id }, moderator))).toBe('BAD_USER_INPUT');
    expect(errorCode(await act('dismissMatch', { matchId: match.id, reason: '   ' }, moderator))).toBe('BAD_USER_INPUT');
    expect(await matchRow(t, need.id, offer.id)).toMatchObject({ status: 'SUGGESTED' });

    const dismissed = await act('dismissMatch', { matchId: match.id, reason: 'The donor already funds this programme.' }, moderator);
    expect(dismissed.data!.dismissMatch).toMatchObject({ status: 'DISMISSED', reason: 'The donor already funds this programme.' });
    expect(errorCode(await act('confirmMatch', { matchId: match.id }, moderator))).toBe('CONFLICT');

    // The title is not material: still dismissed.
    const retitled = await updateNeed(t, npc, need, { title: 'Marking: to dismiss, retitled' });
    await waitUntilQuiet(t);
    expect(await matchRow(t, need.id, offer.id)).toMatchObject({ status: 'DISMISSED' });

    // A new budget is: suggested again, and the audit says why.
    await updateNeed(t, npc, retitled, { budget: { amount: '250000.00', currency: 'USD' } });
    await waitUntilQuiet(t);
    expect(await matchRow(t, need.id, offer.id)).toMatchObject({ status: 'SUGGESTED' });
    const audit = await auditOf(match.id);
    expect(audit.at(-1)).toMatchObject({ from_state: 'DISMISSED', to_state: 'SUGGESTED', reason: expect.stringContaining('changed materially') });
  });

  it('moderates a batch all or nothing', async () => {
    const a = await suggestion('Marking: batch A');
    const b = await suggestion('Marking: batch B');
    await act('confirmMatch', { matchId: b.match.id }, moderator);
    const refused = await t.gql(
      'mutation ($input: ModerateMatchesInput!) { moderateMatches(input: $input) { id status } }',
      { input: { matchIds: [a.match.id, b.match.id], action: 'CONFIRM' } },
      moderator,
    );
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(await matchRow(t, a.need.id, offer.id)).toMatchObject({ status: 'SUGGESTED' });

    const done = await t.gql<{ moderateMatches: { id: string; status: string }[] }>(
      'mutation ($input: ModerateMatchesInput!) { moderateMatches(input: $input) { id status } }',
      { input: { matchIds: [a.match.id, b.match.id], action: 'DISMISS', reason: 'Covered by another programme.' } },
      moderator,
    );
    expect(done.data!.moderateMatches.map((m) => m.status)).toEqual(['DISMISSED', 'DISMISSED']);
  });

  it("upgrades a suggestion to a donor's interest, which the State accepts; the engine leaves decisions alone", async () => {
    const { need, match } = await suggestion('Marking: interest accepted');
    const interest = await t.gql<{ expressInterest: MatchData }>(
      INTEREST,
      { input: { needId: need.id, offerId: offer.id, message: 'We could fund the machines from March.' } },
      foundation.token,
    );
    expect(interest.data!.expressInterest).toMatchObject({
      id: match.id,
      status: 'INTEREST_EXPRESSED',
      origin: 'ENGINE',
      interestMessage: 'We could fund the machines from March.',
    });
    expect(errorCode(await t.gql(INTEREST, { input: { needId: need.id, offerId: offer.id } }, foundation.token))).toBe('CONFLICT');
    expect(errorCode(await act('acceptInterest', { matchId: match.id }, foundation.token))).toBe('FORBIDDEN');
    expect(errorCode(await act('acceptInterest', { matchId: match.id }, otherNpc))).toBe('NOT_FOUND');
    expect(errorCode(await act('acceptInterest', { matchId: match.id }, moderator))).toBe('FORBIDDEN');

    const accepted = await act('acceptInterest', { matchId: match.id }, npc);
    expect(accepted.data!.acceptInterest).toMatchObject({ status: 'INTEREST_ACCEPTED', availableActions: [] });
    expect(await eventsOf(match.id)).toEqual(expect.arrayContaining(['match.interest_expressed', 'match.interest_accepted']));

    // A material change rescores the match but does not move the State's decision.
    const before = await matchRow(t, need.id, offer.id);
    await updateNeed(
      t,
      npc,
      { id: need.id, version: (await t.dataSource.query('SELECT version FROM need WHERE id = $1', [need.id]))[0].version },
      {
        budget: { amount: '600000.00', currency: 'USD' },
      },
    );
    await waitUntilQuiet(t);
    const after = await matchRow(t, need.id, offer.id);
    expect(after).toMatchObject({ status: 'INTEREST_ACCEPTED' });
    expect(Number(after!.score)).toBeLessThan(Number(before!.score));
  });

  it('creates a match from interest where the engine made none, and lets the State decline it', async () => {
    // Kenya is outside the offer's region: no suggestion, but the donor may still say it is interested.
    const kenyaNeed = await publishNeed(t, otherNpc, moderator, { stateIso3: 'KEN', title: 'Marking in Kenya' });
    await waitUntilQuiet(t);
    expect(await matchRow(t, kenyaNeed.id, offer.id)).toBeUndefined();
    const created = await t.gql<{ expressInterest: MatchData }>(INTEREST, { input: { needId: kenyaNeed.id, offerId: offer.id } }, foundation.token);
    expect(created.data!.expressInterest).toMatchObject({ status: 'INTEREST_EXPRESSED', origin: 'INTEREST', fits: false, score: null });

    expect(errorCode(await act('declineInterest', { matchId: created.data!.expressInterest.id }, npc))).toBe('NOT_FOUND');
    const declined = await act('declineInterest', { matchId: created.data!.expressInterest.id, reason: 'Already funded by the EU.' }, otherNpc);
    expect(declined.data!.declineInterest).toMatchObject({ status: 'INTEREST_DECLINED', reason: 'Already funded by the EU.' });
    expect(await auditOf(created.data!.expressInterest.id)).toEqual([
      { from_state: null, to_state: 'INTEREST_EXPRESSED', reason: null },
      { from_state: 'INTEREST_EXPRESSED', to_state: 'INTEREST_DECLINED', reason: 'Already funded by the EU.' },
    ]);
  });

  it("lists each side's own matches in myMatches: the State's needs for its NPC, the organisation's offers for its donors", async () => {
    const { need, match } = await suggestion('Marking: my matches');
    const MINE = `query ($filter: MatchFilter) { myMatches(filter: $filter, first: 100) { totalCount edges { node { id needId offerId status } } } }`;
    type Mine = { myMatches: { totalCount: number; edges: { node: { id: string; needId: string; offerId: string; status: string } }[] } };
    const mine = async (token: string, filter?: Record<string, unknown>) => (await t.gql<Mine>(MINE, { filter }, token)).data!.myMatches;
    const ids = (list: Mine['myMatches']) => list.edges.map((e) => e.node.id);

    const ofNpc = await mine(npc);
    expect(ids(ofNpc)).toContain(match.id);
    const ghanaNeeds = new Set((await t.dataSource.query(`SELECT id FROM need WHERE state_iso3 = 'GHA'`)).map((r: { id: string }) => r.id));
    expect(ofNpc.edges.every((e) => ghanaNeeds.has(e.node.needId))).toBe(true);
    expect(ofNpc.totalCount).toBe(ofNpc.edges.length);

    const ofDonor = await mine(foundation.token);
    expect(ids(ofDonor)).toContain(match.id);
    expect(ofDonor.edges.every((e) => e.node.offerId === offer.id)).toBe(true);
    // Another State's NPC and another organisation's donor do not see it.
    expect(ids(await mine(otherNpc))).not.toContain(match.id);
    expect(ids(await mine(rival.token))).not.toContain(match.id);
    // Filters apply as elsewhere: a donor's interest is what the NPC answers.
    await t.gql(INTEREST, { input: { needId: need.id, offerId: offer.id, message: 'Interested.' } }, foundation.token);
    const waiting = await mine(npc, { statuses: ['INTEREST_EXPRESSED'] });
    expect(ids(waiting)).toContain(match.id);
    expect(waiting.edges.every((e) => e.node.status === 'INTEREST_EXPRESSED')).toBe(true);
    // UNODA has its queue, and anonymous visitors nothing.
    expect(errorCode(await t.gql(MINE, {}, moderator))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(MINE, {}))).toBe('UNAUTHENTICATED');
  });

  it('refuses interest that cannot be, and writes nothing', async () => {
    const need = await publishNeed(t, npc, moderator, { title: 'Marking: refusals' });
    const hidden = await publishNeed(t, npc, moderator, { title: 'Marking: private', visibility: 'PRIVATE' });
    const closed = await publishNeed(t, npc, moderator, { title: 'Marking: closed' });
    await t.gql('mutation ($input: CloseNeedInput!) { closeNeed(input: $input) { id } }', { input: { needId: closed.id, closeReason: 'MET' } }, npc);
    const draft = await t.gql<{ createOffer: { id: string } }>(
      'mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
      {
        input: {
          organisationId: foundation.organisationId,
          title: 'Draft offer',
          description: 'Not yet submitted for moderation.',
          assistanceTypes: ['EQUIPMENT'],
          thematicAreas: ['MARKING'],
          eligibleEverywhere: true,
          budgetCurrency: 'USD',
          budgetTotal: '1000.00',
          availableFrom: '2026-01-01',
        },
      },
      foundation.token,
    );
    const rivalOffer = await publishOffer(t, rival.token, moderator, rival.organisationId, { title: 'Rival marking offer' });
    await waitUntilQuiet(t);
    const before = await matchCount();

    const interest = (input: Record<string, unknown>, token = foundation.token) => t.gql(INTEREST, { input }, token);
    expect(errorCode(await interest({ needId: hidden.id, offerId: offer.id }))).toBe('NOT_FOUND');
    expect(errorCode(await interest({ needId: closed.id, offerId: offer.id }))).toBe('CONFLICT');
    expect(errorCode(await interest({ needId: need.id, offerId: draft.data!.createOffer.id }))).toBe('CONFLICT');
    expect(errorCode(await interest({ needId: need.id, offerId: rivalOffer.id }))).toBe('FORBIDDEN');
    expect(errorCode(await interest({ needId: need.id, offerId: offer.id, message: 'x'.repeat(2001) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await interest({ needId: 'not-an-id', offerId: offer.id }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await interest({ needId: need.id, offerId: offer.id }, npc))).toBe('FORBIDDEN');
    expect(errorCode(await interest({ needId: need.id, offerId: offer.id }, moderator))).toBe('FORBIDDEN');
    expect(await matchCount()).toBe(before);
  });
});

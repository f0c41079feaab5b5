import { addDays, todayUtc } from '#libs/core';
import { dayNumber, MatchingJobs, MatchProfilesService, MatchRunsService, MatchRunTrigger } from '#libs/matching';
import { OffersFreshnessTask } from '#libs/offers';
import { matchRow, publishNeed, publishOffer, type Published } from './support/market.js';
import { newFoundationDonor } from './support/people.js';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { waitUntilQuiet } from './support/wait.js';

/**
 * An offer is available through the last day of its window (UTC) and has ended from the next:
 * from that day it is never suggested, whether or not a job has run since, and it cannot be
 * submitted, published or reopened. "The next day" is made by moving the window's end back one
 * day in the database, with no event: exactly the state the calendar leaves behind at midnight.
 */
describe('offers out of their window', () => {
  let t: TestApp;
  let npc: string;
  let moderator: string;
  let foundation: { token: string; organisationId: string };
  const today = todayUtc();
  const yesterday = addDays(today, -1);

  const MATCH = 'id needId offerId status fits score explanation { failedFilter summary }';
  type MatchData = {
    id: string;
    needId: string;
    offerId: string;
    status: string;
    fits: boolean;
    score: number | null;
    explanation: { failedFilter: string | null; summary: string };
  };

  const offerInput = (change: Record<string, unknown> = {}) => ({
    availableFrom: addDays(today, -60),
    availableUntil: today,
    ...change,
  });
  /** A day has passed since the window's last day (no event, no job). */
  const dayAfterTheEnd = (offerId: string) => t.dataSource.query('UPDATE offer SET available_until = $2 WHERE id = $1', [offerId, yesterday]);
  const statusOf = async (offerId: string) => (await t.dataSource.query('SELECT status FROM offer WHERE id = $1', [offerId]))[0].status as string;
  const move = (name: string, offerId: string, token: string) =>
    t.gql<Record<string, { status: string }>>(`mutation ($input: OfferTransitionInput!) { ${name}(input: $input) { status } }`, { input: { offerId } }, token);
  const draft = async (change: Record<string, unknown>) =>
    (
      await t.gql<{ createOffer: { id: string } }>(
        'mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
        {
          input: {
            organisationId: foundation.organisationId,
            title: 'Armoury security',
            description: 'Equipment and training to secure armouries.',
            assistanceTypes: ['EQUIPMENT'],
            thematicAreas: ['STOCKPILE_MANAGEMENT'],
            eligibleRegions: ['011'],
            budgetCurrency: 'USD',
            budgetTotal: '500000.00',
            ...offerInput(change),
          },
        },
        foundation.token,
      )
    ).data!.createOffer;
  const listed = async (query: string, variables: Record<string, unknown>, token: string) => {
    const response = await t.gql<Record<string, { totalCount: number; edges: { node: MatchData }[] }>>(query, variables, token);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return Object.values(response.data)[0];
  };
  const forNeed = (needId: string, statuses?: string[]) =>
    listed(
      `query ($id: ID!, $f: MatchFilter) { matchesForNeed(needId: $id, filter: $f, first: 100) { totalCount edges { node { ${MATCH} } } } }`,
      { id: needId, f: statuses ? { statuses } : null },
      npc,
    );
  const forOffer = (offerId: string, statuses?: string[]) =>
    listed(
      `query ($id: ID!, $f: MatchFilter) { matchesForOffer(offerId: $id, filter: $f, first: 100) { totalCount edges { node { ${MATCH} } } } }`,
      { id: offerId, f: statuses ? { statuses } : null },
      foundation.token,
    );
  const queue = () => listed(`{ matchQueue(first: 100) { totalCount edges { node { ${MATCH} } } } }`, {}, moderator);
  const one = async (id: string) => (await t.gql<{ match: MatchData }>(`query ($id: ID!) { match(id: $id) { ${MATCH} } }`, { id }, moderator)).data!.match;
  const pairIds = (page: { edges: { node: MatchData }[] }) => page.edges.map((e) => `${e.node.needId}/${e.node.offerId}`);

  beforeAll(async () => {
    t = await startTestApp({ withWorker: true, env: { OUTBOX_POLL_INTERVAL_MS: '50', LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' } });
    [npc, moderator] = await Promise.all([t.login('npc.ghana@example.org'), t.login('moderator@example.org')]);
    foundation = await newFoundationDonor(t, 'Window Test Foundation');
    await waitUntilQuiet(t);
  });
  afterAll(() => t.close());

  describe('never suggested from the day after its window ends', () => {
    // Three pairs, each on a theme of its own (no MOSAIC module in common), so that each job below
    // reaches its own pair only.
    const THEMES = ['DDR', 'SSR', 'GENDER'];
    let pairs: { need: Published; offer: Published; matchId: string }[];

    beforeAll(async () => {
      pairs = [];
      for (const theme of THEMES) {
        const offer = await publishOffer(
          t,
          foundation.token,
          moderator,
          foundation.organisationId,
          offerInput({ title: `Window ${theme}`, thematicAreas: [theme] }),
        );
        const need = await publishNeed(t, npc, moderator, { title: `Need on ${theme}`, thematicAreas: [theme] });
        pairs.push({ need, offer, matchId: '' });
      }
      await waitUntilQuiet(t);
      for (const pair of pairs) pair.matchId = (await matchRow(t, pair.need.id, pair.offer.id))!.id;
    });

    it('suggests an offer on the last day of its window', async () => {
      for (const { need, offer, matchId } of pairs) {
        expect(await matchRow(t, need.id, offer.id)).toMatchObject({ status: 'SUGGESTED', fits: true });
        expect(pairIds(await forNeed(need.id))).toContain(`${need.id}/${offer.id}`);
        expect(pairIds(await forOffer(offer.id))).toContain(`${need.id}/${offer.id}`);
        expect(await one(matchId)).toMatchObject({ status: 'SUGGESTED', fits: true });
      }
      expect(pairIds(await queue())).toEqual(expect.arrayContaining(pairs.map((p) => `${p.need.id}/${p.offer.id}`)));
    });

    it('shows none of them as suggestions the next day, before any job has run', async () => {
      for (const { offer } of pairs) await dayAfterTheEnd(offer.id);
      await waitUntilQuiet(t);
      const everyQueue = pairIds(await queue());
      for (const { need, offer, matchId } of pairs) {
        const pair = `${need.id}/${offer.id}`;
        // Stored as the engine left it: no job ran.
        expect(await matchRow(t, need.id, offer.id)).toMatchObject({ status: 'SUGGESTED', fits: true });
        // Every read path: the need's list, the offer's list, UNODA's queue (and their counts), the match itself.
        const [needList, offerList] = [await forNeed(need.id), await forOffer(offer.id)];
        expect(pairIds(needList)).not.toContain(pair);
        expect(needList.totalCount).toBe(needList.edges.length);
        expect(pairIds(offerList)).not.toContain(pair);
        expect(offerList.totalCount).toBe(0);
        expect(pairIds(await forNeed(need.id, ['SUGGESTED']))).not.toContain(pair);
        expect(everyQueue).not.toContain(pair);
        const shown = await one(matchId);
        expect(shown).toMatchObject({ status: 'WITHDRAWN', fits: false, score: null, explanation: { failedFilter: 'WINDOW_ENDED' } });
        expect(shown.explanation.summary).toContain('window ended on');
        // As what the engine's next run will store: a withdrawn match.
        expect(pairIds(await forNeed(need.id, ['WITHDRAWN']))).toContain(pair);
      }
    });

    it('leaves it out of the candidate SQL from both sides, and out of the offers a full rematch indexes', async () => {
      const profiles = t.app.get(MatchProfilesService);
      const manager = t.dataSource.manager;
      const day = dayNumber(today);
      for (const { need, offer } of pairs) {
        const [needProfile] = await profiles.needs(manager, [need.id]);
        const [offerProfile] = await profiles.offers(manager, [offer.id]);
        // The day before, the last day of its window: a candidate; today, the day after: none.
        expect((await profiles.candidateOffers(manager, needProfile, day - 1)).map((o) => o.id)).toContain(offer.id);
        expect((await profiles.candidateOffers(manager, needProfile, day)).map((o) => o.id)).not.toContain(offer.id);
        expect((await profiles.candidateNeeds(manager, offerProfile, day - 1)).map((n) => n.id)).toContain(need.id);
        expect(await profiles.candidateNeeds(manager, offerProfile, day)).toEqual([]);
        expect((await profiles.listedOffers(manager, [offer.id], yesterday)).map((e) => e.profile.id)).toEqual([offer.id]);
        expect(await profiles.listedOffers(manager, [offer.id])).toEqual([]);
        expect((await profiles.listedOfferStamps(manager)).has(offer.id)).toBe(false);
      }
    });

    it('refuses to confirm such a suggestion, and a donor interest with such an offer', async () => {
      const { need, offer, matchId } = pairs[0];
      expect(errorCode(await t.gql('mutation ($input: MatchDecisionInput!) { confirmMatch(input: $input) { id } }', { input: { matchId } }, moderator))).toBe(
        'CONFLICT',
      );
      const interest = await t.gql(
        'mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }',
        {
          input: { needId: need.id, offerId: offer.id },
        },
        foundation.token,
      );
      expect(errorCode(interest)).toBe('CONFLICT');
      expect(interest.errors?.[0].message).toContain(yesterday);
      expect(await matchRow(t, need.id, offer.id)).toMatchObject({ status: 'SUGGESTED' });
    });

    it('is withdrawn in storage by the next job of any kind: a need job, an offer job, a full rematch', async () => {
      const [byNeed, byOffer, byRematch] = pairs;
      const jobs = t.app.get(MatchingJobs);
      await jobs.matchNeeds([byNeed.need.id]);
      await waitUntilQuiet(t);
      expect(await matchRow(t, byNeed.need.id, byNeed.offer.id)).toMatchObject({ status: 'WITHDRAWN', fits: false, score: null });
      expect(await matchRow(t, byOffer.need.id, byOffer.offer.id)).toMatchObject({ status: 'SUGGESTED' });

      await jobs.matchOffer(byOffer.offer.id);
      await waitUntilQuiet(t);
      expect(await matchRow(t, byOffer.need.id, byOffer.offer.id)).toMatchObject({ status: 'WITHDRAWN', fits: false });
      expect(await matchRow(t, byRematch.need.id, byRematch.offer.id)).toMatchObject({ status: 'SUGGESTED' });

      const runs = t.app.get(MatchRunsService);
      await runs.run((await runs.start(MatchRunTrigger.COMMAND, null)).id);
      expect(await matchRow(t, byRematch.need.id, byRematch.offer.id)).toMatchObject({ status: 'WITHDRAWN', fits: false });

      for (const { need, offer } of pairs) {
        const [{ breakdown }] = await t.dataSource.query('SELECT breakdown FROM match WHERE need_id = $1 AND offer_id = $2', [need.id, offer.id]);
        expect(breakdown).toMatchObject({ fits: false, failed: 'WINDOW_ENDED', windowEnd: yesterday });
      }
      // The offers are still PUBLISHED: the status is the nightly expiry's, which stays.
      expect(await statusOf(byNeed.offer.id)).toBe('PUBLISHED');
      await t.app.get(OffersFreshnessTask).run();
      expect(await statusOf(byNeed.offer.id)).toBe('EXPIRED');
    });
  });

  describe('refused on the way to the market once the window has ended', () => {
    const refusal = (response: GraphQLResponse) => ({ code: errorCode(response), message: response.errors?.[0].message ?? '' });

    it('refuses a donor submitting it, naming the end; accepts one ending today', async () => {
      const ended = await draft({ availableUntil: yesterday });
      expect(refusal(await move('submitOffer', ended.id, foundation.token))).toEqual({
        code: 'CONFLICT',
        message: expect.stringContaining(`ended on ${yesterday}`),
      });
      expect(await statusOf(ended.id)).toBe('DRAFT');
      const lastDay = await draft({ availableUntil: today });
      expect((await move('submitOffer', lastDay.id, foundation.token)).data?.submitOffer.status).toBe('SUBMITTED');
      const openEnded = await draft({ availableUntil: null });
      expect((await move('submitOffer', openEnded.id, foundation.token)).data?.submitOffer.status).toBe('SUBMITTED');
    });

    it('refuses a moderator publishing it, alone or in a batch, naming the end', async () => {
      const waiting = await draft({ availableUntil: today });
      await move('submitOffer', waiting.id, foundation.token);
      await dayAfterTheEnd(waiting.id);
      expect(refusal(await move('publishOffer', waiting.id, moderator))).toEqual({
        code: 'CONFLICT',
        message: expect.stringContaining(`ended on ${yesterday}`),
      });
      const fine = await draft({ availableUntil: today });
      await move('submitOffer', fine.id, foundation.token);
      const batch = await t.gql(
        'mutation ($input: ModerateOffersInput!) { moderateOffers(input: $input) { id } }',
        {
          input: { offerIds: [fine.id, waiting.id], action: 'PUBLISH' },
        },
        moderator,
      );
      expect(refusal(batch)).toEqual({ code: 'CONFLICT', message: expect.stringContaining(yesterday) });
      expect([await statusOf(waiting.id), await statusOf(fine.id)]).toEqual(['SUBMITTED', 'SUBMITTED']);
      // Returning it to the donor for a new window is still possible.
      expect(
        (
          await t.gql<{ returnOffer: { status: string } }>(
            'mutation ($input: OfferTransitionInput!) { returnOffer(input: $input) { status } }',
            {
              input: { offerId: waiting.id, reason: 'The window has ended: give it a new one.' },
            },
            moderator,
          )
        ).data?.returnOffer.status,
      ).toBe('RETURNED');
    });

    it('refuses reopening an expired offer whose window has ended, naming the end', async () => {
      const offer = await publishOffer(t, foundation.token, moderator, foundation.organisationId, offerInput({ title: 'Expiring' }));
      await dayAfterTheEnd(offer.id);
      await t.app.get(OffersFreshnessTask).run();
      expect(await statusOf(offer.id)).toBe('EXPIRED');
      expect(refusal(await move('reopenOffer', offer.id, foundation.token))).toEqual({
        code: 'CONFLICT',
        message: expect.stringContaining(`ended on ${yesterday}`),
      });
      expect(await statusOf(offer.id)).toBe('EXPIRED');
    });
  });
});

import { ok } from './support/market.js';
import { newFoundationDonor, newReviewerOf } from './support/people.js';
import { openProposal } from './support/proposals.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

/**
 * A regional centre's review queue (docs/PROPOSALS.md): the proposals in technical review its
 * reviewers are parties to, nearest review deadline first (`sort: REVIEW_DEADLINE`); only the
 * centre's own reviewers approve or return them, a return with its reason.
 */
describe('proposals: the regional centre review queue', () => {
  let t: TestApp;
  let npc: string;
  let moderator: string;
  let admin: string;
  let reviewer: string;
  let otherReviewer: string;
  let donor: string;
  const later = { title: 'Review due in March', technicalReview: true, reviewDeadline: '2027-03-01' };
  const sooner = { title: 'Review due in February', technicalReview: true, reviewDeadline: '2027-02-01' };
  let ids: { later: string; sooner: string };

  const queue = (token: string) =>
    t.gql<{ proposals: { edges: { node: { id: string; reviewDeadline: string | null; availableActions: string[] } }[] } }>(
      '{ proposals(filter: { mine: true, statuses: [TECHNICAL_REVIEW] }, sort: REVIEW_DEADLINE, first: 50) { edges { node { id reviewDeadline availableActions } } } }',
      {},
      token,
    );
  const transition = (name: string, proposalId: string, token: string, reason?: string) =>
    t.gql<Record<string, { status: string; statusReason: string | null }>>(
      `mutation ($input: ProposalTransitionInput!) { ${name}(input: $input) { status statusReason } }`,
      { input: { proposalId, reason } },
      token,
    );

  beforeAll(async () => {
    t = await startTestApp();
    [npc, moderator, admin, reviewer] = await Promise.all([
      t.login('npc.ghana@example.org'),
      t.login('moderator@example.org'),
      t.login('admin@example.org'),
      t.login('reviewer.unrec@example.org'),
    ]);
    otherReviewer = (await newReviewerOf(t, 'UNLIREC')).token;
    donor = (await newFoundationDonor(t, 'Review Queue Foundation')).token;
    ids = { later: (await openProposal(t, { npc, moderator }, later)).id, sooner: (await openProposal(t, { npc, moderator }, sooner)).id };
  });
  afterAll(() => t.close());

  it("lists the centre's proposals in review, nearest deadline first, with the reviewer's steps", async () => {
    const mine = (await ok(queue(reviewer))).proposals.edges.map((e) => e.node).filter((n) => [ids.later, ids.sooner].includes(n.id));
    expect(mine.map((n) => [n.id, n.reviewDeadline])).toEqual([
      [ids.sooner, '2027-02-01'],
      [ids.later, '2027-03-01'],
    ]);
    expect(mine[0].availableActions).toEqual(expect.arrayContaining(['APPROVE_REVIEW', 'RETURN_FROM_REVIEW']));
  });

  it("shows another centre's reviewer, the NPC's donors and the public nothing of it in their queue", async () => {
    expect((await ok(queue(otherReviewer))).proposals.edges).toEqual([]);
    expect((await ok(queue(donor))).proposals.edges).toEqual([]);
    const anonymous = await t.gql('{ proposals(filter: { statuses: [TECHNICAL_REVIEW] }, sort: REVIEW_DEADLINE) { edges { node { id } } } }');
    expect((anonymous.data as { proposals: { edges: unknown[] } }).proposals.edges).toEqual([]);
    expect(errorCode(await t.gql('query ($id: ID!) { proposal(id: $id) { id } }', { id: ids.sooner }, otherReviewer))).toBe('NOT_FOUND');
  });

  it.each([
    ["another centre's reviewer", () => otherReviewer, 'NOT_FOUND'],
    ['a donor', () => donor, 'FORBIDDEN'],
    ['an administrator', () => admin, 'FORBIDDEN'],
    ["the requesting State's NPC", () => npc, 'FORBIDDEN'],
    ['a moderator', () => moderator, 'FORBIDDEN'],
  ])('refuses %s the review', async (_who, token, code) => {
    expect(errorCode(await transition('approveProposalReview', ids.sooner, token()))).toBe(code);
    expect(errorCode(await transition('returnProposalFromReview', ids.sooner, token(), 'Not yours to return.'))).toBe(code);
  });

  it("the centre's reviewer returns one with a reason (required) and approves the other", async () => {
    expect(errorCode(await transition('returnProposalFromReview', ids.later, reviewer))).toBe('BAD_USER_INPUT');
    const returned = (await ok(transition('returnProposalFromReview', ids.later, reviewer, 'Give the armouries by region.'))).returnProposalFromReview;
    expect(returned).toEqual({ status: 'RETURNED', statusReason: 'Give the armouries by region.' });
    expect((await ok(transition('approveProposalReview', ids.sooner, reviewer))).approveProposalReview.status).toBe('OPEN_FOR_FUNDING');
    const left = (await ok(queue(reviewer))).proposals.edges.map((e) => e.node.id);
    expect(left).not.toContain(ids.later);
    expect(left).not.toContain(ids.sooner);
  });
});

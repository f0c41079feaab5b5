import { compareDecimals, sumDecimals } from '#libs/reference-data';
import { ok, publishNeed, publishOffer } from './support/market.js';
import { newFoundationDonor, newNpcOf } from './support/people.js';
import { openProposal, organisationId } from './support/proposals.js';
import { errorCode, type GraphQLResponse, type TestApp, startTestApp } from './support/test-app.js';

const REVISION = `number status total basedOnTotal: changes { basedOn totalBefore totalAfter totalDelta scopeChanged changes { kind tranche line before after delta } }
  acceptedBy awaitingAcceptanceFrom`;
const CONTRIBUTION = 'id status amount currency kind trancheNumber offerId organisationId cancelReason version';
const FUNDING = `funding { currency target committed disbursed promised gap overFunded unallocated funded targetUsd committedUsd gapUsd
  tranches { number title target committed allocated disbursed gap funded } }`;

interface Contribution {
  id: string;
  status: string;
  amount: string;
  currency: string;
  kind: string;
  trancheNumber: number | null;
  offerId: string | null;
  organisationId: string;
  cancelReason: string | null;
  version: number;
}

interface Funding {
  currency: string;
  target: string;
  committed: string;
  disbursed: string;
  promised: string;
  gap: string;
  overFunded: string;
  unallocated: string;
  funded: boolean;
  targetUsd: string | null;
  committedUsd: string | null;
  gapUsd: string | null;
  tranches: { number: number; title: string; target: string; committed: string; allocated: string; disbursed: string; gap: string; funded: boolean }[];
}

describe('proposals: deal room and contributions ledger', () => {
  let t: TestApp;
  let npc: string;
  let otherNpc: string;
  let moderator: string;
  let germanDonor: string;
  let germany: string;
  let unoda: string;
  let ghana: string;
  let foundation: { token: string; organisationId: string };
  let outsider: { token: string; organisationId: string };

  const people = () => ({ npc, moderator });
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const status = async (table: string, id: string) => (await t.dataSource.query(`SELECT status FROM ${table} WHERE id = $1`, [id]))[0].status as string;
  const record = (input: Record<string, unknown>, token: string) =>
    t.gql<{ recordContribution: Contribution }>(
      `mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { ${CONTRIBUTION} } }`,
      { input },
      token,
    );
  const step = (name: string, input: Record<string, unknown>, token: string) =>
    t.gql<Record<string, Contribution>>(`mutation ($input: ContributionTransitionInput!) { ${name}(input: $input) { ${CONTRIBUTION} } }`, { input }, token);
  const funding = async (id: string, token = moderator) =>
    (
      await ok(
        t.gql<{ proposal: { status: string; targetAmount: string; funding: Funding } }>(
          `query ($id: ID!) { proposal(id: $id) { status targetAmount ${FUNDING} } }`,
          { id },
          token,
        ),
      )
    ).proposal;
  const propose = (input: Record<string, unknown>, token: string) =>
    t.gql<{ proposeProposalRevision: Record<string, unknown> }>(
      `mutation ($input: ProposeRevisionInput!) { proposeProposalRevision(input: $input) { ${REVISION} } }`,
      { input },
      token,
    );
  const accept = (proposalId: string, revision: number, token: string) =>
    t.gql<{ acceptProposalRevision: Record<string, unknown> }>(
      `mutation ($input: RevisionDecisionInput!) { acceptProposalRevision(input: $input) { ${REVISION} } }`,
      { input: { proposalId, revision } },
      token,
    );
  const messages = (proposalId: string, token: string | undefined, first?: number) =>
    t.gql<{ proposalMessages: { edges: { node: { body: string; organisationId: string; revisionId: string | null } }[]; pageInfo: { hasNextPage: boolean } } }>(
      'query ($id: ID!, $first: Int) { proposalMessages(proposalId: $id, first: $first) { edges { node { body organisationId revisionId } } pageInfo { hasNextPage } } }',
      { id: proposalId, first },
      token,
    );
  const post = (proposalId: string, body: string, token: string) =>
    t.gql('mutation ($input: PostProposalMessageInput!) { postProposalMessage(input: $input) { id } }', { input: { proposalId, body } }, token);

  beforeAll(async () => {
    t = await startTestApp();
    [npc, moderator, germanDonor] = await Promise.all([
      t.login('npc.ghana@example.org'),
      t.login('moderator@example.org'),
      t.login('donor.germany@example.org'),
    ]);
    otherNpc = await newNpcOf(t, 'KEN');
    foundation = await newFoundationDonor(t, 'Ledger Test Foundation');
    outsider = await newFoundationDonor(t, 'Outsider Foundation');
    [germany, unoda, ghana] = await Promise.all([
      organisationId(t, moderator, 'Germany'),
      organisationId(t, moderator, 'United Nations Office for Disarmament Affairs'),
      organisationId(t, moderator, 'Ghana'),
    ]);
  });
  afterAll(() => t.close());

  it('keeps the deal room to the parties: messages in order, refusals for everyone else', async () => {
    const p = await openProposal(t, people(), { title: 'Deal room', donorOrganisationIds: [germany] });
    expect(errorCode(await post(p.id, 'We can fund the machines.', germanDonor))).toBeUndefined();
    expect(errorCode(await post(p.id, 'Thank you; the training matters most to us.', npc))).toBeUndefined();
    const before = await count('proposal_message');
    for (const token of [otherNpc, outsider.token]) {
      expect(errorCode(await messages(p.id, token))).toBe('FORBIDDEN');
      expect(errorCode(await post(p.id, 'Let me in', token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await messages(p.id, undefined))).toBe('UNAUTHENTICATED');
    expect(errorCode(await post(p.id, '   ', npc))).toBe('BAD_USER_INPUT');
    expect(errorCode(await post(p.id, 'x'.repeat(5001), npc))).toBe('BAD_USER_INPUT');
    expect(await count('proposal_message')).toBe(before);

    const thread = (await ok(messages(p.id, moderator))).proposalMessages;
    expect(thread.edges.map((e) => [e.node.organisationId, e.node.body])).toEqual([
      [germany, 'We can fund the machines.'],
      [ghana, 'Thank you; the training matters most to us.'],
    ]);
    const firstPage = (await ok(messages(p.id, npc, 1))).proposalMessages;
    expect(firstPage.edges).toHaveLength(1);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);

    // An ended proposal's room is read, not written.
    await ok(
      t.gql(
        'mutation ($input: ProposalTransitionInput!) { withdrawProposal(input: $input) { id } }',
        { input: { proposalId: p.id, reason: 'Merged into another proposal.' } },
        moderator,
      ),
    );
    expect(errorCode(await post(p.id, 'One more thing', npc))).toBe('CONFLICT');
    const late = await propose(
      { proposalId: p.id, basedOnRevision: 1, tranches: [{ title: 'All', lines: [{ description: 'x', amount: '1' }] }], note: 'Too late' },
      npc,
    );
    expect(errorCode(late)).toBe('CONFLICT');
    expect(Number((await t.dataSource.query('SELECT count(*)::int AS n FROM proposal_revision WHERE proposal_id = $1', [p.id]))[0].n)).toBe(1);
    expect((await ok(messages(p.id, npc))).proposalMessages.edges).toHaveLength(2);
  });

  it('negotiates revisions: the difference shown, a stale base refused, a newer one supersedes, agreed when every required party accepts', async () => {
    const p = await openProposal(t, people(), { title: 'Revisions', donorOrganisationIds: [germany] });
    const tranches = [
      {
        title: 'Equipment',
        lines: [
          { description: 'Two marking machines', amount: '110000' },
          { description: 'Spare parts', amount: '30000.50' },
        ],
      },
      {
        title: 'Training',
        lines: [
          { description: 'Training of 12 armourers', amount: '49999.50' },
          { description: 'Refresher course', amount: '5000' },
        ],
      },
    ];
    const second = await propose({ proposalId: p.id, basedOnRevision: 1, tranches, note: 'Cheaper machines; add a refresher course.' }, germanDonor);
    expect(second.data!.proposeProposalRevision).toEqual({
      number: 2,
      status: 'OPEN',
      total: '195000.00',
      basedOnTotal: {
        basedOn: 1,
        totalBefore: '200000.00',
        totalAfter: '195000.00',
        totalDelta: '-5000.00',
        scopeChanged: false,
        changes: [
          { kind: 'CHANGED', tranche: 1, line: 'Two marking machines', before: '120000.00', after: '110000.00', delta: '-10000.00' },
          { kind: 'ADDED', tranche: 2, line: 'Refresher course', before: null, after: '5000.00', delta: '5000.00' },
        ],
      },
      acceptedBy: [germany],
      awaitingAcceptanceFrom: expect.arrayContaining([ghana, unoda]),
    });
    expect(await status('proposal', p.id)).toBe('UNDER_NEGOTIATION');

    // Two parties proposing on the same base at once: one wins, the other is told, nothing lost silently.
    const both = await Promise.all([
      propose({ proposalId: p.id, basedOnRevision: 2, tranches, scope: 'Scope A', note: 'A' }, npc),
      propose({ proposalId: p.id, basedOnRevision: 2, tranches, scope: 'Scope B', note: 'B' }, germanDonor),
    ]);
    expect(both.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
    expect(Number((await t.dataSource.query('SELECT count(*)::int AS n FROM proposal_revision WHERE proposal_id = $1', [p.id]))[0].n)).toBe(3);
    const stale = await propose({ proposalId: p.id, basedOnRevision: 2, tranches, note: 'Stale' }, npc);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toMatch(/Revision 3 is the latest/);

    const revisions = async () =>
      (
        await ok(
          t.gql<{ proposal: { revisions: { number: number; status: string }[]; currentRevision: { number: number } } }>(
            'query ($id: ID!) { proposal(id: $id) { revisions { number status } currentRevision { number } } }',
            { id: p.id },
            moderator,
          ),
        )
      ).proposal;
    expect((await revisions()).revisions).toEqual([
      { number: 1, status: 'AGREED' },
      { number: 2, status: 'SUPERSEDED' },
      { number: 3, status: 'OPEN' },
    ]);
    expect(errorCode(await accept(p.id, 2, moderator))).toBe('CONFLICT');
    expect(errorCode(await accept(p.id, 9, moderator))).toBe('BAD_USER_INPUT');
    expect(errorCode(await accept(p.id, 3, outsider.token))).toBe('FORBIDDEN');
    // Required: the State and UNODA (no donor has committed yet); whoever won the race accepted by proposing.
    const winner = both.find((r) => !errorCode(r))!.data!.proposeProposalRevision as { acceptedBy: string[]; awaitingAcceptanceFrom: string[] };
    expect(winner.awaitingAcceptanceFrom.sort()).toEqual([ghana, unoda].filter((o) => !winner.acceptedBy.includes(o)).sort());
    const byUnoda = (await ok(accept(p.id, 3, moderator))).acceptProposalRevision;
    // Accepting twice (or an agreed revision) is refused.
    expect(errorCode(await accept(p.id, 3, moderator))).toBe('CONFLICT');
    if (!winner.acceptedBy.includes(ghana)) {
      expect(byUnoda.status).toBe('OPEN');
      expect((await ok(accept(p.id, 3, npc))).acceptProposalRevision.status).toBe('AGREED');
    } else expect(byUnoda.status).toBe('AGREED');
    expect((await revisions()).currentRevision.number).toBe(3);
    expect((await revisions()).revisions.map((r) => r.status)).toEqual(['SUPERSEDED', 'SUPERSEDED', 'AGREED']);
    expect((await funding(p.id)).targetAmount).toBe('195000.00');
    // The revision notes are in the thread.
    expect((await ok(messages(p.id, npc))).proposalMessages.edges.filter((e) => e.node.revisionId)).toHaveLength(2);
  });

  it('refuses bad contributions with clear errors and writes nothing', async () => {
    const p = await openProposal(t, people(), { title: 'Refusals', donorOrganisationIds: [germany] });
    const foreignOffer = await publishOffer(t, germanDonor, moderator, germany, { budgetCurrency: 'EUR' });
    const before = await count('contribution');
    const base = { proposalId: p.id, amount: '1000' };
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ ...base, amount: '-5' }, foundation.token, 'BAD_USER_INPUT'],
      [{ ...base, amount: '0' }, foundation.token, 'BAD_USER_INPUT'],
      [{ ...base, amount: '12.345' }, foundation.token, 'BAD_USER_INPUT'],
      [{ ...base, currency: 'EUR' }, foundation.token, 'BAD_USER_INPUT'],
      [{ ...base, trancheNumber: 3 }, foundation.token, 'BAD_USER_INPUT'],
      [{ ...base, kind: 'IN_KIND' }, foundation.token, 'BAD_USER_INPUT'],
      [{ ...base, offerId: foreignOffer.id }, foundation.token, 'BAD_USER_INPUT'],
      [{ ...base, organisationId: germany }, foundation.token, 'FORBIDDEN'],
      [{ ...base, organisationId: germany, status: 'PLEDGED' }, moderator, 'FORBIDDEN'],
      [{ ...base, organisationId: germany, status: 'DISBURSED' }, germanDonor, 'BAD_USER_INPUT'],
      [{ ...base, organisationId: unoda, status: 'INTENT' }, moderator, 'BAD_USER_INPUT'],
      [base, npc, 'FORBIDDEN'],
      [{ ...base, status: 'COMMITTED', amount: '200000.01' }, foundation.token, 'CONFLICT'],
      [{ ...base, status: 'COMMITTED', amount: '150000.51', trancheNumber: 1 }, foundation.token, 'CONFLICT'],
      [{ ...base, proposalId: '00000000-0000-4000-8000-000000000000' }, foundation.token, 'NOT_FOUND'],
    ];
    for (const [input, token, code] of refusals) {
      const result = await record(input, token);
      expect([JSON.stringify(input), errorCode(result)]).toEqual([JSON.stringify(input), code]);
      expect(result.errors![0].message.length).toBeGreaterThan(10);
    }
    const overGap = await record({ ...base, status: 'COMMITTED', amount: '200000.01' }, foundation.token);
    expect(overGap.errors![0].message).toMatch(/exceed the funding gap of 200000.00/);
    const currency = await record({ ...base, currency: 'EUR' }, foundation.token);
    expect(currency.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'input.currency' })]);
    expect(await count('contribution')).toBe(before);
    // The outsider did not become a party through its refused attempts.
    expect(errorCode(await messages(p.id, foundation.token))).toBe('FORBIDDEN');
    // UNODA may record a donor's intent (said in a meeting).
    expect((await ok(record({ ...base, organisationId: germany, status: 'INTENT' }, moderator))).recordContribution).toMatchObject({
      status: 'INTENT',
      organisationId: germany,
    });
  });

  it('moves the proposal and its needs with the ledger; commitments reduce offers, cancellations give back', async () => {
    const p = await openProposal(t, people(), { title: 'Ledger' });
    const offer = await publishOffer(t, foundation.token, moderator, foundation.organisationId, { budgetTotal: '60000.00', budgetMaxPerProject: '60000.00' });
    const pledge = (await ok(record({ proposalId: p.id, amount: '60000', trancheNumber: 1, offerId: offer.id }, foundation.token))).recordContribution;
    expect(pledge).toMatchObject({ status: 'PLEDGED', amount: '60000.00', currency: 'USD', trancheNumber: 1, offerId: offer.id });
    expect((await funding(p.id)).funding).toMatchObject({ committed: '0.00', promised: '60000.00', gap: '200000.00' });
    // A donor that pledges becomes a party: it reads the deal room.
    expect(errorCode(await messages(p.id, foundation.token))).toBeUndefined();
    expect(errorCode(await step('commitContribution', { contributionId: pledge.id }, germanDonor))).toBe('FORBIDDEN');
    expect(errorCode(await step('commitContribution', { contributionId: pledge.id, expectedVersion: pledge.version + 1 }, foundation.token))).toBe('CONFLICT');

    const committed = (await ok(step('commitContribution', { contributionId: pledge.id, expectedVersion: pledge.version }, foundation.token)))
      .commitContribution;
    expect(committed.status).toBe('COMMITTED');
    let state = await funding(p.id);
    expect(state.status).toBe('PARTIALLY_FUNDED');
    expect(state.funding).toMatchObject({
      target: '200000.00',
      committed: '60000.00',
      promised: '0.00',
      gap: '140000.00',
      targetUsd: '200000.00',
      gapUsd: '140000.00',
    });
    expect(state.funding.tranches).toEqual([
      { number: 1, title: 'Equipment', target: '150000.50', committed: '60000.00', allocated: '0.00', disbursed: '0.00', gap: '90000.50', funded: false },
      { number: 2, title: 'Training', target: '49999.50', committed: '0.00', allocated: '0.00', disbursed: '0.00', gap: '49999.50', funded: false },
    ]);
    expect(await status('need', p.needIds[0])).toBe('PARTIALLY_FUNDED');
    expect(await status('offer', offer.id)).toBe('EXHAUSTED');
    expect((await t.dataSource.query('SELECT budget_remaining::text AS r FROM offer WHERE id = $1', [offer.id]))[0].r).toBe('0.00');

    const rest = (await ok(record({ proposalId: p.id, amount: '140000', status: 'COMMITTED' }, germanDonor))).recordContribution;
    state = await funding(p.id);
    expect(state.status).toBe('FUNDED');
    expect(state.funding).toMatchObject({ committed: '200000.00', gap: '0.00', unallocated: '140000.00' });
    expect(await status('need', p.needIds[0])).toBe('FUNDED');
    expect(errorCode(await record({ proposalId: p.id, amount: '0.01', status: 'COMMITTED' }, outsider.token))).toBe('CONFLICT');

    // Others see commitments, not pledges; parties see everything.
    const intent = (await ok(record({ proposalId: p.id, amount: '10', status: 'INTENT' }, outsider.token))).recordContribution;
    const seen = async (token: string) =>
      (
        await ok(
          t.gql<{ proposal: { contributions: { id: string }[] } }>('query ($id: ID!) { proposal(id: $id) { contributions { id } } }', { id: p.id }, token),
        )
      ).proposal.contributions.map((c) => c.id);
    expect(await seen(otherNpc)).toEqual([pledge.id, rest.id]);
    expect(await seen(npc)).toEqual([pledge.id, rest.id, intent.id]);

    // A cancelled commitment unfunds the proposal and gives back to its offer.
    expect(errorCode(await step('cancelContribution', { contributionId: pledge.id }, foundation.token))).toBe('BAD_USER_INPUT');
    const cancelled = (await ok(step('cancelContribution', { contributionId: pledge.id, reason: 'Board did not approve.' }, foundation.token)))
      .cancelContribution;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'Board did not approve.' });
    expect((await funding(p.id)).status).toBe('PARTIALLY_FUNDED');
    expect(await status('need', p.needIds[0])).toBe('PARTIALLY_FUNDED');
    expect(await status('offer', offer.id)).toBe('PUBLISHED');
    expect((await t.dataSource.query('SELECT budget_remaining::text AS r FROM offer WHERE id = $1', [offer.id]))[0].r).toBe('60000.00');
    expect(errorCode(await step('commitContribution', { contributionId: pledge.id }, foundation.token))).toBe('CONFLICT');

    // Disbursed: no longer cancellable; UNODA may record a disbursement it has seen.
    const disbursed = (await ok(step('disburseContribution', { contributionId: rest.id }, moderator))).disburseContribution;
    expect(disbursed.status).toBe('DISBURSED');
    expect(errorCode(await step('cancelContribution', { contributionId: rest.id, reason: 'Too late' }, germanDonor))).toBe('CONFLICT');
    expect((await funding(p.id)).funding).toMatchObject({ committed: '140000.00', disbursed: '140000.00', gap: '60000.00' });
    const audit = await t.dataSource.query(`SELECT action, from_state, to_state FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [pledge.id]);
    expect(audit).toEqual([
      { action: 'contribution.recorded', from_state: null, to_state: 'PLEDGED' },
      { action: 'contribution.transitioned', from_state: 'PLEDGED', to_state: 'COMMITTED' },
      { action: 'contribution.transitioned', from_state: 'COMMITTED', to_state: 'CANCELLED' },
    ]);
  });

  it('never commits past the target: 50 parallel commitments against a small gap', async () => {
    const p = await openProposal(t, people(), {
      title: 'Concurrency',
      tranches: [{ title: 'Small', lines: [{ description: 'One training', amount: '1000' }] }],
    });
    const donors = await Promise.all(Array.from({ length: 10 }, (_, i) => newFoundationDonor(t, `Parallel Donor ${i}`)));
    // Half commit pledges made before, half record commitments directly: both paths, all at once.
    const pledges = await Promise.all(
      Array.from({ length: 25 }, async (_, i) => (await ok(record({ proposalId: p.id, amount: '70' }, donors[i % 10].token))).recordContribution),
    );
    const attempts = await Promise.all<GraphQLResponse<Record<string, Contribution>>>([
      ...pledges.map((c, i) => step('commitContribution', { contributionId: c.id }, donors[i % 10].token)),
      ...Array.from({ length: 25 }, (_, i) => record({ proposalId: p.id, amount: '70', status: 'COMMITTED' }, donors[i % 10].token)),
    ]);
    const accepted = attempts.filter((a) => !a.errors);
    const refused = attempts.filter((a) => a.errors);
    expect(accepted).toHaveLength(14);
    expect(refused.map(errorCode)).toEqual(Array(36).fill('CONFLICT'));
    const [{ sum }] = await t.dataSource.query(`SELECT sum(amount)::text AS sum FROM contribution WHERE proposal_id = $1 AND status = 'COMMITTED'`, [p.id]);
    expect(sum).toBe('980.00');
    const state = await funding(p.id);
    expect(state).toMatchObject({ status: 'PARTIALLY_FUNDED', funding: { committed: '980.00', gap: '20.00' } });
    // The last 20.00 funds it.
    await ok(record({ proposalId: p.id, amount: '20', status: 'COMMITTED' }, donors[0].token));
    expect((await funding(p.id)).status).toBe('FUNDED');
  });

  it('allows committing past the target only when the proposal allows over-funding', async () => {
    const p = await openProposal(t, people(), {
      title: 'Over-funding',
      allowOverFunding: true,
      tranches: [{ title: 'All', lines: [{ description: 'x', amount: '100' }] }],
    });
    await ok(record({ proposalId: p.id, amount: '150', status: 'COMMITTED' }, foundation.token));
    expect(await funding(p.id)).toMatchObject({ status: 'FUNDED', funding: { committed: '150.00', gap: '0.00', overFunded: '50.00' } });
  });

  // Issue 11, point 1: a proposal (or tranche, or need) reads funded only when each tranche carrying it is covered.
  describe('funding per tranche', () => {
    const twoTranches = (a: string, b: string, needIds: [string[], string[]] = [[], []]) => [
      { title: 'Equipment', lines: [{ description: 'Marking machines', amount: a }], needIds: needIds[0] },
      { title: 'Training', lines: [{ description: 'Armourers', amount: b }], needIds: needIds[1] },
    ];
    const needStatuses = async (ids: string[]) => Promise.all(ids.map((id) => status('need', id)));

    it('never reads FUNDED while a tranche has a gap, even when the total is reached', async () => {
      const p = await openProposal(t, people(), { title: 'Tranche gap', allowOverFunding: true, tranches: twoTranches('100', '100') });
      await ok(record({ proposalId: p.id, amount: '200', status: 'COMMITTED', trancheNumber: 1 }, foundation.token));
      let state = await funding(p.id);
      expect(state.status).toBe('PARTIALLY_FUNDED');
      expect(state.funding).toMatchObject({ target: '200.00', committed: '200.00', gap: '100.00', overFunded: '100.00', funded: false });
      expect(state.funding.tranches.map((tr) => [tr.number, tr.gap, tr.funded])).toEqual([
        [1, '0.00', true],
        [2, '100.00', false],
      ]);
      expect(await status('need', p.needIds[0])).toBe('PARTIALLY_FUNDED');
      // Money for the whole proposal fills the tranche still short.
      await ok(record({ proposalId: p.id, amount: '100', status: 'COMMITTED' }, germanDonor));
      state = await funding(p.id);
      expect(state).toMatchObject({ status: 'FUNDED', funding: { gap: '0.00', funded: true } });
      expect(state.funding.tranches.map((tr) => tr.allocated)).toEqual(['0.00', '100.00']);
      expect(await status('need', p.needIds[0])).toBe('FUNDED');
    });

    it("moves each need with the tranches that carry it, not with the proposal's total", async () => {
      const [a, b] = await Promise.all([
        publishNeed(t, npc, moderator, { title: 'Marking machines for the police' }),
        publishNeed(t, npc, moderator, { title: 'Training of armourers' }),
      ]);
      const p = await openProposal(t, people(), { title: 'Needs per tranche', tranches: twoTranches('1000', '500', [[a.id], [b.id]]) }, [a, b]);
      const tranches = (
        await ok(
          t.gql<{ proposal: { currentRevision: { tranches: { number: number; needIds: string[] }[] } } }>(
            'query ($id: ID!) { proposal(id: $id) { currentRevision { tranches { number needIds } } } }',
            { id: p.id },
            npc,
          ),
        )
      ).proposal.currentRevision.tranches;
      expect(tranches).toEqual([
        { number: 1, needIds: [a.id] },
        { number: 2, needIds: [b.id] },
      ]);

      const equipment = (await ok(record({ proposalId: p.id, amount: '1000', status: 'COMMITTED', trancheNumber: 1 }, foundation.token))).recordContribution;
      expect((await funding(p.id)).status).toBe('PARTIALLY_FUNDED');
      expect(await needStatuses([a.id, b.id])).toEqual(['FUNDED', 'IN_PROPOSAL']);
      await ok(record({ proposalId: p.id, amount: '1', status: 'COMMITTED', trancheNumber: 2 }, germanDonor));
      expect(await needStatuses([a.id, b.id])).toEqual(['FUNDED', 'PARTIALLY_FUNDED']);
      await ok(record({ proposalId: p.id, amount: '499', status: 'COMMITTED', trancheNumber: 2 }, germanDonor));
      expect((await funding(p.id)).status).toBe('FUNDED');
      expect(await needStatuses([a.id, b.id])).toEqual(['FUNDED', 'FUNDED']);
      // The equipment commitment cancelled: the proposal and the need it carried fall back, the other need stays funded.
      await ok(step('cancelContribution', { contributionId: equipment.id, reason: 'Budget cut.' }, foundation.token));
      expect((await funding(p.id)).status).toBe('PARTIALLY_FUNDED');
      expect(await needStatuses([a.id, b.id])).toEqual(['IN_PROPOSAL', 'FUNDED']);
      const audit = await t.dataSource.query(`SELECT to_state FROM audit_entry WHERE entity_id = $1 AND action = 'need.transitioned' ORDER BY occurred_at`, [
        a.id,
      ]);
      expect(audit.map((r: { to_state: string }) => r.to_state)).toEqual(['SUBMITTED', 'PUBLISHED', 'IN_PROPOSAL', 'FUNDED', 'IN_PROPOSAL']);
    });

    it('refuses tranches that name needs outside the proposal, writing nothing', async () => {
      const [a, other] = await Promise.all([publishNeed(t, npc, moderator, { title: 'Carried' }), publishNeed(t, npc, moderator, { title: 'Not carried' })]);
      const before = await count('proposal');
      const result = await t.gql(
        'mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { id } }',
        {
          input: {
            needIds: [a.id],
            title: 'Stray need',
            summary: 'A summary.',
            scope: 'A scope.',
            implementingAgency: 'An agency',
            currency: 'USD',
            tranches: twoTranches('10', '10', [[a.id], [other.id]]),
          },
        },
        moderator,
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'input.tranches[1].needIds' })]);
      expect(await count('proposal')).toBe(before);
      expect(await status('need', a.id)).toBe('PUBLISHED');
    });

    it('refuses a revision that would lower a tranche below its commitments, whatever order the commitments and acceptances come in', async () => {
      const p = await openProposal(t, people(), { title: 'Revision below commitments', tranches: twoTranches('1000', '500') });
      await ok(record({ proposalId: p.id, amount: '800', status: 'COMMITTED', trancheNumber: 1 }, foundation.token));
      const revisions = async () => Number((await t.dataSource.query('SELECT count(*)::int AS n FROM proposal_revision WHERE proposal_id = $1', [p.id]))[0].n);

      // Proposed below what is committed: refused at once, with the figures, nothing written.
      const below = await propose({ proposalId: p.id, basedOnRevision: 1, tranches: twoTranches('700', '800'), note: 'Move money to training.' }, npc);
      expect(errorCode(below)).toBe('CONFLICT');
      expect(below.errors![0].message).toMatch(/tranche 1 \("Equipment"\) a budget of 700.00, below the 800.00 already committed/);
      expect(await revisions()).toBe(1);
      const lowerTotal = await propose(
        {
          proposalId: p.id,
          basedOnRevision: 1,
          tranches: [{ title: 'Equipment', lines: [{ description: 'Machines', amount: '799.99' }] }],
          note: 'Drop training.',
        },
        npc,
      );
      expect(errorCode(lowerTotal)).toBe('CONFLICT');

      // Proposed when it fitted (900), then a commitment takes tranche 1 to 950 under the agreed budget: the revision can no longer be agreed.
      await ok(propose({ proposalId: p.id, basedOnRevision: 1, tranches: twoTranches('900', '600'), note: 'Cheaper machines, more training.' }, npc));
      await ok(record({ proposalId: p.id, amount: '150', status: 'COMMITTED', trancheNumber: 1 }, germanDonor));
      const blocked = await ok(
        t.gql<{ proposal: { revisions: { number: number; status: string; agreementBlocker: string | null }[] } }>(
          'query ($id: ID!) { proposal(id: $id) { revisions { number status agreementBlocker } } }',
          { id: p.id },
          npc,
        ),
      );
      expect(blocked.proposal.revisions[1]).toEqual({
        number: 2,
        status: 'OPEN',
        agreementBlocker: expect.stringMatching(/tranche 1 .* 900.00, below the 950.00/),
      });
      const acceptances = await count('revision_acceptance');
      for (const token of [moderator, foundation.token, germanDonor]) {
        const refused = await accept(p.id, 2, token);
        expect(errorCode(refused)).toBe('CONFLICT');
        expect(refused.errors![0].message).toMatch(/Revision 2 can no longer be agreed: it gives tranche 1 .* below the 950.00 already committed/);
      }
      expect(await count('revision_acceptance')).toBe(acceptances);
      expect(await funding(p.id)).toMatchObject({ targetAmount: '1500.00', status: 'PARTIALLY_FUNDED' });

      // The other order: a revision to 960 agreed by everyone first, then a commitment past its new tranche target is refused.
      await ok(propose({ proposalId: p.id, basedOnRevision: 2, tranches: twoTranches('960', '540'), note: 'Keep the machines committed.' }, npc));
      for (const token of [moderator, foundation.token]) await ok(accept(p.id, 3, token));
      expect((await ok(accept(p.id, 3, germanDonor))).acceptProposalRevision).toMatchObject({ status: 'AGREED' });
      const past = await record({ proposalId: p.id, amount: '10.01', status: 'COMMITTED', trancheNumber: 1 }, germanDonor);
      expect(errorCode(past)).toBe('CONFLICT');
      expect(past.errors![0].message).toMatch(/tranche 1 would exceed its gap of 10.00 \(target 960.00, committed to it 950.00\)/);
      await ok(record({ proposalId: p.id, amount: '10', status: 'COMMITTED', trancheNumber: 1 }, germanDonor));
      await ok(record({ proposalId: p.id, amount: '540', status: 'COMMITTED', trancheNumber: 2 }, germanDonor));
      expect(await funding(p.id)).toMatchObject({ status: 'FUNDED', targetAmount: '1500.00', funding: { gap: '0.00', funded: true } });
    });

    it('agrees an open revision when the last donor it waited for cancels its commitment', async () => {
      const p = await openProposal(t, people(), { title: 'Agreed on cancellation', tranches: twoTranches('1000', '500') });
      const commitment = (await ok(record({ proposalId: p.id, amount: '100', status: 'COMMITTED', trancheNumber: 2 }, foundation.token))).recordContribution;
      await ok(propose({ proposalId: p.id, basedOnRevision: 1, tranches: twoTranches('1000', '400'), note: 'Smaller training.' }, npc));
      const waiting = (await ok(accept(p.id, 2, moderator))).acceptProposalRevision;
      expect(waiting).toMatchObject({ status: 'OPEN', awaitingAcceptanceFrom: [foundation.organisationId] });
      await ok(step('cancelContribution', { contributionId: commitment.id, reason: 'Withdrawn by the board.' }, foundation.token));
      expect(await funding(p.id)).toMatchObject({ targetAmount: '1400.00', status: 'OPEN_FOR_FUNDING' });
      const agreed = await t.dataSource.query(`SELECT status FROM proposal_revision WHERE proposal_id = $1 AND number = 2`, [p.id]);
      expect(agreed).toEqual([{ status: 'AGREED' }]);
    });
  });

  // Issue 11, point 2: a GIS meeting, donors committing to several proposals from one offer at once.
  it('accepts every commitment that fits: 30 at once to three proposals drawing on one offer', async () => {
    const donor = await newFoundationDonor(t, 'Meeting Donor Foundation');
    const offer = await publishOffer(t, donor.token, moderator, donor.organisationId, { budgetTotal: '200.00', budgetMaxPerProject: '200.00' });
    const proposals = await Promise.all(
      ['60', '100', '100'].map((amount, i) =>
        openProposal(t, people(), { title: `Meeting proposal ${i}`, tranches: [{ title: 'All', lines: [{ description: 'x', amount }] }] }),
      ),
    );
    // Ten commitments of 10.00 to each: the first proposal takes 6, the offer 20 in all.
    const attempts = await Promise.all(
      Array.from({ length: 30 }, (_, i) => record({ proposalId: proposals[i % 3].id, amount: '10', status: 'COMMITTED', offerId: offer.id }, donor.token)),
    );
    const accepted = attempts.filter((a) => !a.errors).map((a) => a.data!.recordContribution);
    const refused = attempts.filter((a) => a.errors);
    expect(accepted).toHaveLength(20);
    expect(refused.map(errorCode)).toEqual(Array(10).fill('CONFLICT'));
    // Each refusal says which limit it met, with the figures; none is a collision (a deadlock).
    for (const r of refused) {
      expect(r.errors![0].message).toMatch(
        /exceed the funding gap of 0\.00 \(target 60\.00, committed 60\.00\)|The offer has 0\.00 USD left, less than 10\.00|The offer is EXHAUSTED \(0\.00 USD left\)/,
      );
    }
    const [{ remaining, status: offerStatus }] = await t.dataSource.query('SELECT budget_remaining::text AS remaining, status FROM offer WHERE id = $1', [
      offer.id,
    ]);
    expect({ remaining, offerStatus }).toEqual({ remaining: '0.00', offerStatus: 'EXHAUSTED' });
    const rows: { proposal_id: string; sum: string }[] = await t.dataSource.query(
      `SELECT proposal_id, sum(amount)::text AS sum FROM contribution WHERE offer_id = $1 AND status = 'COMMITTED' GROUP BY proposal_id`,
      [offer.id],
    );
    expect(sumDecimals(rows.map((r) => r.sum))).toBe('200.00');
    for (const pp of proposals) {
      const { funding: f } = await funding(pp.id);
      // The ledger agrees with the rows, and no proposal is committed past its target.
      expect(f.committed).toBe(rows.find((r) => r.proposal_id === pp.id)?.sum ?? '0.00');
      expect(compareDecimals(f.committed, f.target)).toBeLessThanOrEqual(0);
    }
  });
});

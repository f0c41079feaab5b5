import { ok, publishOffer } from './support/market.js';
import { newFoundationDonor, newNpcOf } from './support/people.js';
import { openProposal, organisationId } from './support/proposals.js';
import { errorCode, type GraphQLResponse, type TestApp, startTestApp } from './support/test-app.js';

const REVISION = `number status total basedOnTotal: changes { basedOn totalBefore totalAfter totalDelta scopeChanged changes { kind tranche line before after delta } }
  acceptedBy awaitingAcceptanceFrom`;
const CONTRIBUTION = 'id status amount currency kind trancheNumber offerId organisationId cancelReason version';
const FUNDING = `funding { currency target committed disbursed promised gap overFunded unallocated targetUsd committedUsd gapUsd
  tranches { number title target committed disbursed gap } }`;

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
  targetUsd: string | null;
  committedUsd: string | null;
  gapUsd: string | null;
  tranches: { number: number; title: string; target: string; committed: string; disbursed: string; gap: string }[];
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
    t.gql<{ recordContribution: Contribution }>(`mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { ${CONTRIBUTION} } }`, { input }, token);
  const step = (name: string, input: Record<string, unknown>, token: string) =>
    t.gql<Record<string, Contribution>>(`mutation ($input: ContributionTransitionInput!) { ${name}(input: $input) { ${CONTRIBUTION} } }`, { input }, token);
  const funding = async (id: string, token = moderator) =>
    (await ok(t.gql<{ proposal: { status: string; targetAmount: string; funding: Funding } }>(`query ($id: ID!) { proposal(id: $id) { status targetAmount ${FUNDING} } }`, { id }, token))).proposal;
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
    [npc, moderator, germanDonor] = await Promise.all([t.login('npc.ghana@example.org'), t.login('moderator@example.org'), t.login('donor.germany@example.org')]);
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
    await ok(t.gql('mutation ($input: ProposalTransitionInput!) { withdrawProposal(input: $input) { id } }', { input: { proposalId: p.id, reason: 'Merged into another proposal.' } }, moderator));
    expect(errorCode(await post(p.id, 'One more thing', npc))).toBe('CONFLICT');
    const late = await propose({ proposalId: p.id, basedOnRevision: 1, tranches: [{ title: 'All', lines: [{ description: 'x', amount: '1' }] }], note: 'Too late' }, npc);
    expect(errorCode(late)).toBe('CONFLICT');
    expect(Number((await t.dataSource.query('SELECT count(*)::int AS n FROM proposal_revision WHERE proposal_id = $1', [p.id]))[0].n)).toBe(1);
    expect((await ok(messages(p.id, npc))).proposalMessages.edges).toHaveLength(2);
  });

  it('negotiates revisions: the difference shown, a stale base refused, a newer one supersedes, agreed when every required party accepts', async () => {
    const p = await openProposal(t, people(), { title: 'Revisions', donorOrganisationIds: [germany] });
    const tranches = [
      { title: 'Equipment', lines: [{ description: 'Two marking machines', amount: '110000' }, { description: 'Spare parts', amount: '30000.50' }] },
      { title: 'Training', lines: [{ description: 'Training of 12 armourers', amount: '49999.50' }, { description: 'Refresher course', amount: '5000' }] },
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
      (await ok(t.gql<{ proposal: { revisions: { number: number; status: string }[]; currentRevision: { number: number } } }>(
        'query ($id: ID!) { proposal(id: $id) { revisions { number status } currentRevision { number } } }',
        { id: p.id },
        moderator,
      ))).proposal;
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
    expect((await ok(record({ ...base, organisationId: germany, status: 'INTENT' }, moderator))).recordContribution).toMatchObject({ status: 'INTENT', organisationId: germany });
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

    const committed = (await ok(step('commitContribution', { contributionId: pledge.id, expectedVersion: pledge.version }, foundation.token))).commitContribution;
    expect(committed.status).toBe('COMMITTED');
    let state = await funding(p.id);
    expect(state.status).toBe('PARTIALLY_FUNDED');
    expect(state.funding).toMatchObject({ target: '200000.00', committed: '60000.00', promised: '0.00', gap: '140000.00', targetUsd: '200000.00', gapUsd: '140000.00' });
    expect(state.funding.tranches).toEqual([
      { number: 1, title: 'Equipment', target: '150000.50', committed: '60000.00', disbursed: '0.00', gap: '90000.50' },
      { number: 2, title: 'Training', target: '49999.50', committed: '0.00', disbursed: '0.00', gap: '49999.50' },
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
      (await ok(t.gql<{ proposal: { contributions: { id: string }[] } }>('query ($id: ID!) { proposal(id: $id) { contributions { id } } }', { id: p.id }, token))).proposal.contributions.map((c) => c.id);
    expect(await seen(otherNpc)).toEqual([pledge.id, rest.id]);
    expect(await seen(npc)).toEqual([pledge.id, rest.id, intent.id]);

    // A cancelled commitment unfunds the proposal and gives back to its offer.
    expect(errorCode(await step('cancelContribution', { contributionId: pledge.id }, foundation.token))).toBe('BAD_USER_INPUT');
    const cancelled = (await ok(step('cancelContribution', { contributionId: pledge.id, reason: 'Board did not approve.' }, foundation.token))).cancelContribution;
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
    const p = await openProposal(t, people(), { title: 'Over-funding', allowOverFunding: true, tranches: [{ title: 'All', lines: [{ description: 'x', amount: '100' }] }] });
    await ok(record({ proposalId: p.id, amount: '150', status: 'COMMITTED' }, foundation.token));
    expect(await funding(p.id)).toMatchObject({ status: 'FUNDED', funding: { committed: '150.00', gap: '0.00', overFunded: '50.00' } });
  });
});

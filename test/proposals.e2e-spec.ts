import { publishNeed, type Published } from './support/market.js';
import { newFoundationDonor, newNpcOf } from './support/people.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

const FIELDS = `id reference title status statusReason currency targetAmount targetUsd technicalReview regionalCentreCode version availableActions
  needs { id status }
  parties { kind organisationId stateIso3 endorsedAt organisation { name } }
  currentRevision { number status total tranches { number title total lines { description amount } } }
  documents { name version url }`;

interface ProposalData {
  id: string;
  reference: string;
  title: string;
  status: string;
  statusReason: string | null;
  currency: string;
  targetAmount: string;
  targetUsd: string | null;
  technicalReview: boolean;
  regionalCentreCode: string | null;
  version: number;
  availableActions: string[];
  needs: { id: string; status: string }[];
  parties: { kind: string; organisationId: string; stateIso3: string | null; endorsedAt: string | null; organisation: { name: string } }[];
  currentRevision: {
    number: number;
    status: string;
    total: string;
    tranches: { number: number; title: string; total: string; lines: { description: string; amount: string }[] }[];
  };
  documents: { name: string; version: number; url: string }[];
}

const COMPILE = `mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { proposal(id: $id) { ${FIELDS} } }`;
const act = (name: string) => `mutation ($input: ProposalTransitionInput!) { ${name}(input: $input) { ${FIELDS} } }`;

describe('proposals: compiled from needs, endorsed, reviewed, on the market', () => {
  let t: TestApp;
  let npc: string;
  let otherNpc: string;
  let moderator: string;
  let reviewer: string;
  let germanDonor: string;
  let germany: string;
  let foundation: { token: string; organisationId: string };

  const tranches = () => [
    {
      title: 'Equipment',
      lines: [
        { description: 'Two marking machines', amount: '120000' },
        { description: 'Spare parts', amount: '30000.50' },
      ],
    },
    { title: 'Training', lines: [{ description: 'Training of 12 armourers', amount: '49999.50' }] },
  ];
  const base = (needs: Published[], change: Record<string, unknown> = {}) => ({
    needIds: needs.map((n) => n.id),
    title: 'Marking of police weapons in Ghana',
    summary: 'Marking machines and training so that police weapons can be traced.',
    scope: 'Procure two marking machines; train 12 armourers; mark 9,000 weapons in 10 armouries.',
    implementingAgency: 'Ghana National Commission on Small Arms',
    currency: 'USD',
    tranches: tranches(),
    technicalReview: true,
    reviewDeadline: '2027-06-30',
    fundingDeadline: '2027-12-31',
    donorOrganisationIds: [germany],
    ...change,
  });
  const compile = async (input: Record<string, unknown>, token = moderator) => t.gql<{ compileProposal: ProposalData }>(COMPILE, { input }, token);
  const get = async (id: string, token?: string) => t.gql<{ proposal: ProposalData }>(GET, { id }, token);
  const move = (name: string, input: Record<string, unknown>, token: string) => t.gql<Record<string, ProposalData>>(act(name), { input }, token);
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const needStatus = async (id: string) => (await t.dataSource.query('SELECT status FROM need WHERE id = $1', [id]))[0].status as string;

  beforeAll(async () => {
    t = await startTestApp();
    [npc, moderator, reviewer, germanDonor] = await Promise.all([
      t.login('npc.ghana@example.org'),
      t.login('moderator@example.org'),
      t.login('reviewer.unrec@example.org'),
      t.login('donor.germany@example.org'),
    ]);
    otherNpc = await newNpcOf(t, 'KEN');
    foundation = await newFoundationDonor(t, 'Proposal Test Foundation');
    const orgs = await t.gql<{ organisations: { id: string; name: string }[] }>('{ organisations { id name } }', {}, moderator);
    germany = orgs.data!.organisations.find((o) => o.name.startsWith('Germany'))!.id;
  });
  afterAll(() => t.close());

  it('compiles a draft from published needs: needs in proposal, parties, budget in tranches, exact amounts', async () => {
    const needs = [await publishNeed(t, npc, moderator, { title: 'Marking A' }), await publishNeed(t, npc, moderator, { title: 'Marking B' })];
    const created = await compile(base(needs));
    const p = created.data!.compileProposal;
    expect(p).toMatchObject({ status: 'DRAFT', currency: 'USD', targetAmount: '200000.00', targetUsd: '200000.00', regionalCentreCode: 'UNREC' });
    expect(p.reference).toMatch(/^GIS-\d{4}-\d{4}$/);
    expect(p.needs.map((n) => n.status)).toEqual(['IN_PROPOSAL', 'IN_PROPOSAL']);
    expect(p.parties.map((x) => x.kind).sort()).toEqual(['DONOR', 'REGIONAL_CENTRE', 'STATE', 'UNODA']);
    expect(p.parties.find((x) => x.kind === 'STATE')!.stateIso3).toBe('GHA');
    expect(p.currentRevision).toEqual({
      number: 1,
      status: 'DRAFT',
      total: '200000.00',
      tranches: [
        {
          number: 1,
          title: 'Equipment',
          total: '150000.50',
          lines: [
            { description: 'Two marking machines', amount: '120000.00' },
            { description: 'Spare parts', amount: '30000.50' },
          ],
        },
        { number: 2, title: 'Training', total: '49999.50', lines: [{ description: 'Training of 12 armourers', amount: '49999.50' }] },
      ],
    });
    const audit = await t.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [p.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['proposal.created']);
  });

  it('refuses what cannot be compiled, writing nothing', async () => {
    const need = await publishNeed(t, npc, moderator, { title: 'Marking C' });
    const before = await count('proposal');
    expect(errorCode(await compile(base([need]), npc))).toBe('FORBIDDEN');
    expect(errorCode(await compile(base([need]), germanDonor))).toBe('FORBIDDEN');
    const bad = await compile(base([need], { currency: 'XYZ', tranches: [{ title: '', lines: [{ description: 'x', amount: '-5' }] }], reviewDeadline: null }));
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const fields = (bad.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['input.currency', 'input.reviewDeadline', 'input.tranches[0].lines[0].amount', 'input.tranches[0].title']);
    expect(errorCode(await compile(base([need], { tranches: [] })))).toBe('BAD_USER_INPUT');
    expect(errorCode(await compile(base([need], { fundingDeadline: '2020-01-01' })))).toBe('BAD_USER_INPUT');
    expect(errorCode(await compile(base([need], { matchIds: ['00000000-0000-4000-8000-000000000000'] })))).toBe('BAD_USER_INPUT');
    // A draft need, and a need already in a proposal: CONFLICT naming them.
    const draft = await t.gql<{ createNeed: { id: string } }>(
      'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
      { input: { stateIso3: 'GHA', title: 'Draft need', problem: 'p', proposedActivities: 'a' } },
      npc,
    );
    const notPublished = await compile(base([need, { id: draft.data!.createNeed.id, version: 1 }]));
    expect(errorCode(notPublished)).toBe('CONFLICT');
    expect(notPublished.errors![0].message).toContain('"Draft need" is DRAFT');
    expect(await count('proposal')).toBe(before);
    expect(await needStatus(need.id)).toBe('PUBLISHED');
    expect(errorCode(await compile(base([need])))).toBeUndefined();
    const again = await compile(base([need]));
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toContain('is IN_PROPOSAL');
  });

  it('edits the draft with a version check; a need removed goes back to the market', async () => {
    const needs = [await publishNeed(t, npc, moderator, { title: 'Marking D' }), await publishNeed(t, npc, moderator, { title: 'Marking E' })];
    const p = (await compile(base(needs))).data!.compileProposal;
    const UPDATE = `mutation ($input: UpdateProposalDraftInput!) { updateProposalDraft(input: $input) { ${FIELDS} } }`;
    const stale = await t.gql(UPDATE, { input: { proposalId: p.id, expectedVersion: p.version + 1, title: 'New title' } }, moderator);
    expect(errorCode(stale)).toBe('CONFLICT');
    const updated = await t.gql<{ updateProposalDraft: ProposalData }>(
      UPDATE,
      {
        input: {
          proposalId: p.id,
          expectedVersion: p.version,
          title: 'New title',
          needIds: [needs[0].id],
          tranches: [{ title: 'All', lines: [{ description: 'Everything', amount: '90000' }] }],
        },
      },
      moderator,
    );
    expect(updated.data!.updateProposalDraft).toMatchObject({
      title: 'New title',
      targetAmount: '90000.00',
      needs: [{ id: needs[0].id, status: 'IN_PROPOSAL' }],
    });
    expect(await needStatus(needs[1].id)).toBe('PUBLISHED');
  });

  it('takes the regional centre UNODA chooses, keeps its party in step, and refuses a centre without an organisation', async () => {
    const need = await publishNeed(t, npc, moderator, { title: 'Marking centre' });
    const before = await count('proposal');
    const unknown = await compile(base([need], { regionalCentreCode: 'UNLIREC' }));
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'input.regionalCentreCode', reason: 'proposal.unknownRegionalCentre' }),
    ]);
    expect(await count('proposal')).toBe(before);
    expect(await needStatus(need.id)).toBe('PUBLISHED');
    const p = (await compile(base([need], { regionalCentreCode: 'unrec', technicalReview: false, reviewDeadline: null }))).data!.compileProposal;
    expect(p.regionalCentreCode).toBe('UNREC');
    expect(p.parties.filter((x) => x.kind === 'REGIONAL_CENTRE')).toHaveLength(1);
    const UPDATE = `mutation ($input: UpdateProposalDraftInput!) { updateProposalDraft(input: $input) { ${FIELDS} } }`;
    const admin = await t.login('admin@example.org');
    const created = await t.gql<{ createOrganisation: { id: string } }>(
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { type: 'UN_REGIONAL_CENTRE', name: 'UNLIREC', regionalOrganisationCode: 'UNLIREC' } },
      admin,
    );
    const unlirec = created.data!.createOrganisation.id;
    const moved = (
      await t.gql<{ updateProposalDraft: ProposalData }>(
        UPDATE,
        { input: { proposalId: p.id, expectedVersion: p.version, regionalCentreCode: 'UNLIREC' } },
        moderator,
      )
    ).data!.updateProposalDraft;
    expect(moved.regionalCentreCode).toBe('UNLIREC');
    expect(moved.parties.filter((x) => x.kind === 'REGIONAL_CENTRE').map((x) => x.organisationId)).toEqual([unlirec]);
    // null: back to the centre of the States' region (Ghana: UNREC), and its party with it.
    const back = (
      await t.gql<{ updateProposalDraft: ProposalData }>(
        UPDATE,
        { input: { proposalId: p.id, expectedVersion: moved.version, regionalCentreCode: null } },
        moderator,
      )
    ).data!.updateProposalDraft;
    expect(back.regionalCentreCode).toBe('UNREC');
    expect(back.parties.filter((x) => x.kind === 'REGIONAL_CENTRE').map((x) => x.organisation.name)).toEqual([
      expect.stringContaining('Peace and Disarmament in Africa'),
    ]);
    const refused = await t.gql(UPDATE, { input: { proposalId: p.id, expectedVersion: back.version, regionalCentreCode: 'XYZ' } }, moderator);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect((await get(p.id, moderator)).data!.proposal.regionalCentreCode).toBe('UNREC');
  });

  it('goes to the State, back with reasons, to the regional centre, and onto the market; each step audited', async () => {
    const need = await publishNeed(t, npc, moderator, { title: 'Marking F' });
    const p = (await compile(base([need]))).data!.compileProposal;
    expect(errorCode(await move('submitProposalForEndorsement', { proposalId: p.id }, npc))).toBe('FORBIDDEN');
    expect((await move('submitProposalForEndorsement', { proposalId: p.id }, moderator)).data!.submitProposalForEndorsement.status).toBe(
      'AWAITING_ENDORSEMENT',
    );

    // Before the market, a proposal is its parties' business only.
    expect(errorCode(await get(p.id, otherNpc))).toBe('NOT_FOUND');
    expect(errorCode(await get(p.id, foundation.token))).toBe('NOT_FOUND');
    expect(errorCode(await move('endorseProposal', { proposalId: p.id }, otherNpc))).toBe('NOT_FOUND');
    expect(errorCode(await move('endorseProposal', { proposalId: p.id }, germanDonor))).toBe('FORBIDDEN');
    expect((await get(p.id, npc)).data!.proposal.availableActions.sort()).toEqual(['DECLINE', 'ENDORSE', 'RETURN', 'WITHDRAW']);

    expect(errorCode(await move('returnProposal', { proposalId: p.id }, npc))).toBe('BAD_USER_INPUT');
    const returned = await move('returnProposal', { proposalId: p.id, reason: 'The training budget is too low.' }, npc);
    expect(returned.data!.returnProposal).toMatchObject({ status: 'RETURNED', statusReason: 'The training budget is too low.' });
    await move('submitProposalForEndorsement', { proposalId: p.id }, moderator);

    const endorsed = (await move('endorseProposal', { proposalId: p.id }, npc)).data!.endorseProposal;
    expect(endorsed.status).toBe('TECHNICAL_REVIEW');
    expect(endorsed.parties.find((x) => x.kind === 'STATE')!.endorsedAt).not.toBeNull();
    expect(errorCode(await move('approveProposalReview', { proposalId: p.id }, moderator))).toBe('FORBIDDEN');
    const open = (await move('approveProposalReview', { proposalId: p.id }, reviewer)).data!.approveProposalReview;
    expect(open).toMatchObject({ status: 'OPEN_FOR_FUNDING', currentRevision: { number: 1, status: 'AGREED' } });

    // On the market: logged-in users see it; the public does not, until it is funded.
    expect((await get(p.id, foundation.token)).data!.proposal.status).toBe('OPEN_FOR_FUNDING');
    expect(errorCode(await get(p.id))).toBe('NOT_FOUND');
    const listed = await t.gql<{ proposals: { edges: { node: { id: string } }[] } }>(
      '{ proposals(first: 100) { edges { node { id } } } }',
      {},
      foundation.token,
    );
    expect(listed.data!.proposals.edges.map((e) => e.node.id)).toContain(p.id);

    const trail = await t.dataSource.query(`SELECT action, from_state, to_state FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at, id`, [p.id]);
    expect(trail).toEqual([
      { action: 'proposal.created', from_state: null, to_state: 'DRAFT' },
      { action: 'proposal.transitioned', from_state: 'DRAFT', to_state: 'AWAITING_ENDORSEMENT' },
      { action: 'proposal.transitioned', from_state: 'AWAITING_ENDORSEMENT', to_state: 'RETURNED' },
      { action: 'proposal.transitioned', from_state: 'RETURNED', to_state: 'AWAITING_ENDORSEMENT' },
      { action: 'proposal.endorsed', from_state: null, to_state: null },
      { action: 'proposal.transitioned', from_state: 'AWAITING_ENDORSEMENT', to_state: 'TECHNICAL_REVIEW' },
      { action: 'proposal.transitioned', from_state: 'TECHNICAL_REVIEW', to_state: 'OPEN_FOR_FUNDING' },
    ]);
    const events = await t.dataSource.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY occurred_at`, [p.id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'proposal.created',
      'proposal.submit_for_endorsement',
      'proposal.return',
      'proposal.submit_for_endorsement',
      'proposal.endorsed',
      'proposal.endorse_for_review',
      'proposal.approve_review',
    ]);
  });

  it('needs every requesting State to endorse a regional proposal', async () => {
    const ghana = await publishNeed(t, npc, moderator, { title: 'Regional marking, Ghana' });
    const kenya = await publishNeed(t, otherNpc, moderator, { stateIso3: 'KEN', title: 'Regional marking, Kenya' });
    const p = (await compile(base([ghana, kenya], { technicalReview: false, reviewDeadline: null, donorOrganisationIds: [] }))).data!.compileProposal;
    expect(
      p.parties
        .filter((x) => x.kind === 'STATE')
        .map((x) => x.stateIso3)
        .sort(),
    ).toEqual(['GHA', 'KEN']);
    await move('submitProposalForEndorsement', { proposalId: p.id }, moderator);
    expect((await move('endorseProposal', { proposalId: p.id }, npc)).data!.endorseProposal.status).toBe('AWAITING_ENDORSEMENT');
    expect(errorCode(await move('endorseProposal', { proposalId: p.id }, npc))).toBe('CONFLICT');
    expect((await move('endorseProposal', { proposalId: p.id }, otherNpc)).data!.endorseProposal.status).toBe('OPEN_FOR_FUNDING');
  });

  it('releases its needs when declined or withdrawn; holds and resumes with reasons', async () => {
    const declinedNeed = await publishNeed(t, npc, moderator, { title: 'Marking G' });
    const declined = (await compile(base([declinedNeed]))).data!.compileProposal;
    await move('submitProposalForEndorsement', { proposalId: declined.id }, moderator);
    expect(errorCode(await move('declineProposal', { proposalId: declined.id }, npc))).toBe('BAD_USER_INPUT');
    expect((await move('declineProposal', { proposalId: declined.id, reason: 'Already funded by the EU.' }, npc)).data!.declineProposal.status).toBe(
      'DECLINED',
    );
    expect(await needStatus(declinedNeed.id)).toBe('PUBLISHED');

    const need = await publishNeed(t, npc, moderator, { title: 'Marking H' });
    const p = (await compile(base([need], { technicalReview: false, reviewDeadline: null }))).data!.compileProposal;
    await move('submitProposalForEndorsement', { proposalId: p.id }, moderator);
    await move('endorseProposal', { proposalId: p.id }, npc);
    expect(errorCode(await move('holdProposal', { proposalId: p.id }, moderator))).toBe('BAD_USER_INPUT');
    expect((await move('holdProposal', { proposalId: p.id, reason: 'Elections.' }, moderator)).data!.holdProposal).toMatchObject({
      status: 'ON_HOLD',
      statusReason: 'Elections.',
    });
    expect((await move('resumeProposal', { proposalId: p.id }, moderator)).data!.resumeProposal.status).toBe('OPEN_FOR_FUNDING');
    expect(errorCode(await move('withdrawProposal', { proposalId: p.id, reason: 'x' }, germanDonor))).toBe('FORBIDDEN');
    expect((await move('withdrawProposal', { proposalId: p.id, reason: 'The State changed its plans.' }, npc)).data!.withdrawProposal.status).toBe('WITHDRAWN');
    expect(await needStatus(need.id)).toBe('PUBLISHED');
    expect(errorCode(await move('resumeProposal', { proposalId: p.id }, moderator))).toBe('CONFLICT');
  });

  it('keeps versioned documents, added by parties; lets donors join once on the market', async () => {
    const need = await publishNeed(t, npc, moderator, { title: 'Marking I' });
    const p = (await compile(base([need], { technicalReview: false, reviewDeadline: null }))).data!.compileProposal;
    const ADD = 'mutation ($input: AddProposalDocumentInput!) { addProposalDocument(input: $input) { name version url } }';
    const doc = (url: string, token = moderator, name = 'Concept note') =>
      t.gql<{ addProposalDocument: { version: number } }>(ADD, { input: { proposalId: p.id, name, url } }, token);
    expect((await doc('https://example.org/concept-v1.pdf')).data!.addProposalDocument.version).toBe(1);
    expect((await doc('https://example.org/concept-v2.pdf', npc, 'concept NOTE')).data!.addProposalDocument.version).toBe(2);
    expect(errorCode(await doc('ftp://example.org/x'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await doc('https://example.org/x', foundation.token))).toBe('NOT_FOUND');

    const JOIN = 'mutation ($input: AddProposalDonorInput!) { addProposalDonor(input: $input) { parties { kind organisationId } } }';
    expect(errorCode(await t.gql(JOIN, { input: { proposalId: p.id, organisationId: foundation.organisationId } }, foundation.token))).toBe('NOT_FOUND');
    await move('submitProposalForEndorsement', { proposalId: p.id }, moderator);
    await move('endorseProposal', { proposalId: p.id }, npc);
    expect(errorCode(await doc('https://example.org/x', foundation.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(JOIN, { input: { proposalId: p.id, organisationId: germany } }, foundation.token))).toBe('FORBIDDEN');
    const joined = await t.gql<{ addProposalDonor: { parties: { organisationId: string }[] } }>(
      JOIN,
      { input: { proposalId: p.id, organisationId: foundation.organisationId } },
      foundation.token,
    );
    expect(joined.data!.addProposalDonor.parties.map((x) => x.organisationId)).toContain(foundation.organisationId);
    expect(errorCode(await t.gql(JOIN, { input: { proposalId: p.id, organisationId: foundation.organisationId } }, foundation.token))).toBe('CONFLICT');
    expect((await doc('https://example.org/offer-letter.pdf', foundation.token, 'Offer letter')).data!.addProposalDocument.version).toBe(1);
    const docs = (await get(p.id, foundation.token)).data!.proposal.documents;
    expect(docs.map((d) => [d.name, d.version])).toEqual([
      ['concept NOTE', 2],
      ['Offer letter', 1],
    ]);
  });
});

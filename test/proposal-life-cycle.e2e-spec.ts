import { ProposalDeadlinesTask } from '#libs/proposals';
import { matchRow, ok, publishNeed, publishOffer } from './support/market.js';
import { newFoundationDonor, newNpcOf } from './support/people.js';
import { openProposal, organisationId } from './support/proposals.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait.js';

interface Proposal {
  id: string;
  reference: string;
  status: string;
  targetAmount: string;
  needs: { id: string; status: string }[];
  funding: {
    target: string;
    committed: string;
    disbursed: string;
    promised: string;
    gap: string;
    tranches: { number: number; committed: string; gap: string }[];
  };
  outcomeReportsDue: { name: string }[];
  outcomeReports: { organisationId: string; summary: string }[];
}

const PROPOSAL = `id reference status targetAmount needs { id status }
  funding { target committed disbursed promised gap tranches { number committed allocated gap } }
  outcomeReportsDue { name } outcomeReports { organisationId summary }`;

describe('proposals: the whole life cycle, meetings and deadlines', () => {
  let t: TestApp;
  let npc: string;
  let otherNpc: string;
  let moderator: string;
  let reviewer: string;
  let germanDonor: string;
  let germany: string;
  let alpha: { token: string; organisationId: string };
  let beta: { token: string; organisationId: string };
  let outsider: { token: string; organisationId: string };

  const gql = <T>(query: string, input: Record<string, unknown>, token?: string) => t.gql<T>(query, { input }, token);
  const transition = (name: string, proposalId: string, token: string, reason?: string) =>
    gql<Record<string, { status: string }>>(`mutation ($input: ProposalTransitionInput!) { ${name}(input: $input) { status } }`, { proposalId, reason }, token);
  const get = async (id: string, token: string | undefined = moderator) =>
    (await ok(t.gql<{ proposal: Proposal }>(`query ($id: ID!) { proposal(id: $id) { ${PROPOSAL} } }`, { id }, token))).proposal;
  const record = (input: Record<string, unknown>, token: string) =>
    gql<{ recordContribution: { id: string; status: string } }>(
      'mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { id status } }',
      input,
      token,
    );
  const contributionStep = (name: string, contributionId: string, token: string, reason?: string) =>
    gql<Record<string, { id: string; status: string }>>(
      `mutation ($input: ContributionTransitionInput!) { ${name}(input: $input) { id status } }`,
      { contributionId, reason },
      token,
    );
  const propose = (input: Record<string, unknown>, token: string) =>
    gql<{ proposeProposalRevision: { number: number; status: string; awaitingAcceptanceFrom: string[] } }>(
      'mutation ($input: ProposeRevisionInput!) { proposeProposalRevision(input: $input) { number status awaitingAcceptanceFrom } }',
      input,
      token,
    );
  const accept = (proposalId: string, revision: number, token: string) =>
    gql<{ acceptProposalRevision: { status: string } }>(
      'mutation ($input: RevisionDecisionInput!) { acceptProposalRevision(input: $input) { status } }',
      { proposalId, revision },
      token,
    );
  const report = (proposalId: string, summary: string, token: string) =>
    gql<{ submitOutcomeReport: { id: string } }>(
      'mutation ($input: SubmitOutcomeReportInput!) { submitOutcomeReport(input: $input) { id } }',
      { proposalId, summary },
      token,
    );
  const pack = (meetingId: string, language: string | null, token: string) =>
    gql<{ meetingPack: { fileName: string; mediaType: string; language: string; content: string } }>(
      'query ($input: MeetingPackInput!) { meetingPack(input: $input) { fileName mediaType language content } }',
      { meetingId, language },
      token,
    );

  beforeAll(async () => {
    t = await startTestApp({ withWorker: true, env: { OUTBOX_POLL_INTERVAL_MS: '50' } });
    [npc, moderator, reviewer, germanDonor] = await Promise.all([
      t.login('npc.ghana@example.org'),
      t.login('moderator@example.org'),
      t.login('reviewer.unrec@example.org'),
      t.login('donor.germany@example.org'),
    ]);
    otherNpc = await newNpcOf(t, 'KEN');
    [alpha, beta, outsider] = await Promise.all([
      newFoundationDonor(t, 'Alpha Foundation'),
      newFoundationDonor(t, 'Beta Foundation'),
      newFoundationDonor(t, 'Gamma Foundation'),
    ]);
    germany = await organisationId(t, moderator, 'Germany');
  });
  afterAll(() => t.close());

  it('walks a proposal from draft to closed: review, meeting and pack, two revisions, partial then full funding, reports, audit trail', async () => {
    // Needs, an offer and the match the engine suggests between them.
    const needs = [
      await publishNeed(t, npc, moderator, { title: 'Marking machines for the police' }),
      await publishNeed(t, npc, moderator, { title: 'Armourer training' }),
    ];
    const offer = await publishOffer(t, alpha.token, moderator, alpha.organisationId, { title: 'Alpha marking programme' });
    await waitFor('the match', async () => (await matchRow(t, needs[0].id, offer.id))?.status === 'SUGGESTED');
    const match = (await matchRow(t, needs[0].id, offer.id))!;
    expect(match.score).not.toBeNull();

    // UNODA compiles; Ghana endorses; UNREC reviews; on the market.
    const compiled = await ok(
      gql<{ compileProposal: { id: string; reference: string } }>(
        'mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { id reference } }',
        {
          needIds: needs.map((n) => n.id),
          matchIds: [match.id],
          donorOrganisationIds: [germany],
          title: 'Marking & tracing in Ghana <phase 1>',
          summary: 'Marking machines and training so that police weapons can be traced.',
          scope: 'Two machines; 12 armourers trained; 9,000 weapons marked.',
          implementingAgency: 'Ghana National Commission on Small Arms',
          currency: 'USD',
          tranches: [
            {
              title: 'Equipment',
              lines: [
                { description: 'Two marking machines', amount: '120000' },
                { description: 'Spare parts', amount: '30000' },
              ],
            },
            { title: 'Training', lines: [{ description: 'Training of 12 armourers', amount: '50000' }] },
          ],
          technicalReview: true,
          reviewDeadline: '2027-03-31',
          fundingDeadline: '2027-12-31',
        },
        moderator,
      ),
    );
    const id = compiled.compileProposal.id;
    await ok(transition('submitProposalForEndorsement', id, moderator));
    expect((await ok(transition('endorseProposal', id, npc))).endorseProposal.status).toBe('TECHNICAL_REVIEW');
    expect((await ok(transition('approveProposalReview', id, reviewer))).approveProposalReview.status).toBe('OPEN_FOR_FUNDING');

    // A GIS meeting: agenda, intents said there, the pack, an outcome.
    expect(
      errorCode(
        await gql(
          'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
          { title: 'GIS', startsAt: '2027-02-10T10:00:00Z' },
          npc,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await gql(
          'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
          { title: ' ', startsAt: '2027-02-10T10:00:00Z' },
          moderator,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const meeting = (
      await ok(
        gql<{ scheduleMeeting: { id: string; status: string } }>(
          'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id status } }',
          { title: 'GIS meeting, February 2027', startsAt: '2027-02-10T10:00:00Z', location: 'New York, Conference Room 6' },
          moderator,
        ),
      )
    ).scheduleMeeting;
    const draft = await ok(
      gql<{ compileProposal: { id: string } }>(
        'mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { id } }',
        {
          needIds: [(await publishNeed(t, npc, moderator, { title: 'Stockpile' })).id],
          title: 'Draft',
          summary: 's',
          scope: 's',
          implementingAgency: 'a',
          currency: 'USD',
          tranches: [{ title: 'A', lines: [{ description: 'x', amount: '1' }] }],
        },
        moderator,
      ),
    );
    const agenda = (proposalId: string, token = moderator) =>
      gql<{ addMeetingAgendaItem: { position: number } }>(
        'mutation ($input: AgendaItemInput!) { addMeetingAgendaItem(input: $input) { position } }',
        { meetingId: meeting.id, proposalId, note: 'For pledges' },
        token,
      );
    expect(errorCode(await agenda(draft.compileProposal.id))).toBe('CONFLICT');
    expect(errorCode(await agenda(id, germanDonor))).toBe('FORBIDDEN');
    expect((await ok(agenda(id))).addMeetingAgendaItem.position).toBe(1);
    expect(errorCode(await agenda(id))).toBe('CONFLICT');
    const intent = (input: Record<string, unknown>, token: string) =>
      gql<{ recordMeetingIntent: { id: string; status: string } }>(
        'mutation ($input: MeetingIntentInput!) { recordMeetingIntent(input: $input) { id status } }',
        { meetingId: meeting.id, proposalId: id, ...input },
        token,
      );
    const alphaIntent = (await ok(intent({ organisationId: alpha.organisationId, amount: '50000', trancheNumber: 1 }, moderator))).recordMeetingIntent;
    const betaIntent = (await ok(intent({ amount: '30000.00' }, beta.token))).recordMeetingIntent;
    expect([alphaIntent.status, betaIntent.status]).toEqual(['INTENT', 'INTENT']);
    expect(errorCode(await intent({ amount: '1', proposalId: draft.compileProposal.id }, moderator))).toBe('BAD_USER_INPUT');

    const french = (await ok(pack(meeting.id, 'FR', moderator))).meetingPack;
    expect(french).toMatchObject({ language: 'FR', mediaType: 'text/html; charset=utf-8', fileName: 'gis-meeting-2027-02-10-fr.html' });
    expect(french.content).toContain('<html lang="fr" dir="ltr">');
    expect(french.content).toContain('Dossier de réunion');
    expect(french.content).toContain(compiled.compileProposal.reference);
    expect(french.content).toContain('Marking &amp; tracing in Ghana &lt;phase 1&gt;');
    expect(french.content).not.toContain('<phase 1>');
    expect(french.content).toContain('Alpha marking programme');
    // Exact amounts in French notation (narrow no-break spaces between groups), the match's score as a percentage.
    const plain = french.content.replace(/[\u202f\u00a0]/g, ' ');
    expect(plain).toContain('200 000,00 $US');
    expect(plain).toContain(`${Math.round(Number(match.score) * 100)} %`);
    expect(french.content).toContain('Alpha Foundation');
    const arabic = (await ok(pack(meeting.id, 'AR', moderator))).meetingPack.content;
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain('ملف الاجتماع');
    // Another State's NPC gets the pack without what only parties see (matches, intents).
    const kenyan = (await ok(pack(meeting.id, null, otherNpc))).meetingPack.content;
    expect(kenyan).toContain(compiled.compileProposal.reference);
    expect(kenyan).not.toContain('Alpha marking programme');
    expect(kenyan).not.toContain('Alpha Foundation');

    const outcome = await ok(
      gql<{ recordMeetingOutcome: { outcome: string; outcomeAction: string | null } }>(
        'mutation ($input: MeetingOutcomeInput!) { recordMeetingOutcome(input: $input) { outcome outcomeAction } }',
        { meetingId: meeting.id, proposalId: id, outcome: 'Alpha and Beta to confirm their pledges by March.' },
        moderator,
      ),
    );
    expect(outcome.recordMeetingOutcome.outcomeAction).toBeNull();
    // Only UNODA records outcomes and ends meetings; the pack is for logged-in members.
    const outcomeBy = (token: string) =>
      gql(
        'mutation ($input: MeetingOutcomeInput!) { recordMeetingOutcome(input: $input) { outcome } }',
        { meetingId: meeting.id, proposalId: id, outcome: 'x', action: 'HOLD' },
        token,
      );
    expect(errorCode(await outcomeBy(germanDonor))).toBe('FORBIDDEN');
    expect(errorCode(await outcomeBy(npc))).toBe('FORBIDDEN');
    expect(errorCode(await gql('mutation ($input: EndMeetingInput!) { closeMeeting(input: $input) { status } }', { meetingId: meeting.id }, npc))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await pack(meeting.id, 'EN', undefined as unknown as string))).toBe('UNAUTHENTICATED');
    expect((await get(id)).status).toBe('OPEN_FOR_FUNDING');
    const closed = await ok(
      gql<{ closeMeeting: { status: string } }>(
        'mutation ($input: EndMeetingInput!) { closeMeeting(input: $input) { status } }',
        { meetingId: meeting.id, summary: 'Minutes: one proposal presented; two intents.' },
        moderator,
      ),
    );
    expect(closed.closeMeeting.status).toBe('HELD');
    expect(errorCode(await agenda(draft.compileProposal.id))).toBe('CONFLICT');
    const listed = await ok(
      t.gql<{ meeting: { status: string; agenda: { position: number; outcome: string; proposal: { reference: string } | null }[] } }>(
        'query ($id: ID!) { meeting(id: $id) { status agenda { position outcome proposal { reference } } } }',
        { id: meeting.id },
        otherNpc,
      ),
    );
    const spare = (
      await ok(
        gql<{ scheduleMeeting: { id: string } }>(
          'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
          { title: 'Extra', startsAt: '2027-03-01T10:00:00Z' },
          moderator,
        ),
      )
    ).scheduleMeeting;
    const cancel = (summary: string | null) =>
      gql<{ cancelMeeting: { status: string } }>(
        'mutation ($input: EndMeetingInput!) { cancelMeeting(input: $input) { status } }',
        { meetingId: spare.id, summary },
        moderator,
      );
    expect(errorCode(await cancel(null))).toBe('BAD_USER_INPUT');
    expect((await ok(cancel('No quorum.'))).cancelMeeting.status).toBe('CANCELLED');
    expect(errorCode(await cancel('Again'))).toBe('CONFLICT');
    expect(
      errorCode(
        await gql(
          'mutation ($input: MeetingIntentInput!) { recordMeetingIntent(input: $input) { id } }',
          { meetingId: spare.id, proposalId: id, amount: '1' },
          beta.token,
        ),
      ),
    ).toBe('CONFLICT');
    // Another State's NPC sees the agenda, not the outcome: it names who pledged (the parties' business).
    expect(listed.meeting.agenda).toEqual([{ position: 1, outcome: null, proposal: { reference: compiled.compileProposal.reference } }]);

    // Revision 2 (Germany) starts the negotiation; Alpha commits part; revision 3 needs Alpha too and supersedes 2.
    const tranches = (training: string) => [
      {
        title: 'Equipment',
        lines: [
          { description: 'Two marking machines', amount: '120000' },
          { description: 'Spare parts', amount: '30000' },
        ],
      },
      { title: 'Training', lines: [{ description: 'Training of 12 armourers', amount: training }] },
    ];
    expect(
      (await ok(propose({ proposalId: id, basedOnRevision: 1, tranches: tranches('40000'), note: 'Train 10 armourers, not 12.' }, germanDonor)))
        .proposeProposalRevision.status,
    ).toBe('OPEN');
    expect((await get(id)).status).toBe('UNDER_NEGOTIATION');
    await ok(contributionStep('pledgeContribution', alphaIntent.id, alpha.token));
    await ok(contributionStep('commitContribution', alphaIntent.id, alpha.token));
    let proposal = await get(id);
    expect(proposal.status).toBe('PARTIALLY_FUNDED');
    expect(proposal.needs.map((n) => n.status)).toEqual(['PARTIALLY_FUNDED', 'PARTIALLY_FUNDED']);
    const third = (
      await ok(propose({ proposalId: id, basedOnRevision: 2, tranches: tranches('30000'), note: 'Train 8; the police academy trains the rest.' }, npc))
    ).proposeProposalRevision;
    expect(third.awaitingAcceptanceFrom).toContain(alpha.organisationId);
    expect((await ok(accept(id, 3, moderator))).acceptProposalRevision.status).toBe('OPEN');
    expect((await ok(accept(id, 3, alpha.token))).acceptProposalRevision.status).toBe('AGREED');
    proposal = await get(id);
    expect(proposal).toMatchObject({
      targetAmount: '180000.00',
      funding: { target: '180000.00', committed: '50000.00', promised: '30000.00', gap: '130000.00' },
    });

    // Full funding: Beta commits its intent, Germany the rest; a cent more is refused.
    await ok(contributionStep('commitContribution', betaIntent.id, beta.token));
    expect(errorCode(await record({ proposalId: id, amount: '100000.01', status: 'COMMITTED' }, germanDonor))).toBe('CONFLICT');
    const german = (await ok(record({ proposalId: id, amount: '100000', status: 'COMMITTED', trancheNumber: 1 }, germanDonor))).recordContribution;
    proposal = await get(id);
    expect(proposal.status).toBe('FUNDED');
    expect(proposal.funding).toMatchObject({
      committed: '180000.00',
      gap: '0.00',
      tranches: [
        { number: 1, committed: '150000.00', allocated: '0.00', gap: '0.00' },
        { number: 2, committed: '0.00', allocated: '30000.00', gap: '0.00' },
      ],
    });
    expect(proposal.needs.map((n) => n.status)).toEqual(['FUNDED', 'FUNDED']);
    // The public now sees it.
    expect((await ok(t.gql<{ proposal: { reference: string } }>('query ($id: ID!) { proposal(id: $id) { reference } }', { id }))).proposal.reference).toBe(
      compiled.compileProposal.reference,
    );

    // Implementation, disbursements, outcome reports, completion, closure.
    expect(errorCode(await transition('startProposalImplementation', id, otherNpc))).toBe('FORBIDDEN');
    expect((await ok(transition('startProposalImplementation', id, npc))).startProposalImplementation.status).toBe('IN_IMPLEMENTATION');
    for (const [contribution, token] of [
      [alphaIntent.id, alpha.token],
      [betaIntent.id, moderator],
      [german.id, germanDonor],
    ] as const) {
      expect((await ok(contributionStep('disburseContribution', contribution, token))).disburseContribution.status).toBe('DISBURSED');
    }
    expect((await get(id)).funding.disbursed).toBe('180000.00');
    expect(errorCode(await transition('completeProposal', id, npc))).toBe('FORBIDDEN');
    const early = await transition('completeProposal', id, moderator);
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors![0].message).toMatch(/Alpha Foundation, Beta Foundation, Germany.*Ghana/);
    expect((await get(id, npc)).outcomeReportsDue.map((o) => o.name)).toHaveLength(4);
    expect(errorCode(await report(id, 'We watched.', outsider.token))).toBe('FORBIDDEN');
    expect(errorCode(await report(id, '', npc))).toBe('BAD_USER_INPUT');
    await ok(report(id, '9,000 weapons marked in 10 armouries; 8 armourers trained.', npc));
    await ok(report(id, 'Machines delivered and installed.', germanDonor));
    await ok(report(id, 'Equipment tranche audited.', alpha.token));
    expect((await get(id, npc)).outcomeReportsDue.map((o) => o.name)).toEqual(['Beta Foundation']);
    expect(errorCode(await transition('completeProposal', id, moderator))).toBe('CONFLICT');
    await ok(report(id, 'Training delivered.', beta.token));
    expect((await ok(transition('completeProposal', id, moderator))).completeProposal.status).toBe('COMPLETED');
    expect(errorCode(await report(id, 'Late report', npc))).toBe('CONFLICT');
    expect(errorCode(await transition('closeProposal', id, npc))).toBe('FORBIDDEN');
    expect((await ok(transition('closeProposal', id, moderator))).closeProposal.status).toBe('CLOSED');
    const final = await get(id);
    expect(final.needs.map((n) => n.status)).toEqual(['CLOSED', 'CLOSED']);
    expect(final.outcomeReports).toHaveLength(4);
    const statuses = await t.dataSource.query(`SELECT DISTINCT status FROM contribution WHERE proposal_id = $1`, [id]);
    expect(statuses).toEqual([{ status: 'REPORTED' }]);

    // The audit trail tells the whole story, in order.
    const trail: { action: string; from_state: string | null; to_state: string | null }[] = await t.dataSource.query(
      `SELECT action, from_state, to_state FROM audit_entry WHERE entity_type = 'proposal' AND entity_id = $1 ORDER BY occurred_at, id`,
      [id],
    );
    expect(trail.filter((e) => e.action === 'proposal.transitioned').map((e) => `${e.from_state}>${e.to_state}`)).toEqual([
      'DRAFT>AWAITING_ENDORSEMENT',
      'AWAITING_ENDORSEMENT>TECHNICAL_REVIEW',
      'TECHNICAL_REVIEW>OPEN_FOR_FUNDING',
      'OPEN_FOR_FUNDING>UNDER_NEGOTIATION',
      'UNDER_NEGOTIATION>PARTIALLY_FUNDED',
      'PARTIALLY_FUNDED>FUNDED',
      'FUNDED>IN_IMPLEMENTATION',
      'IN_IMPLEMENTATION>COMPLETED',
      'COMPLETED>CLOSED',
    ]);
    const counts = trail.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.action]: (acc[e.action] ?? 0) + 1 }), {});
    expect(counts).toMatchObject({
      'proposal.created': 1,
      'proposal.endorsed': 1,
      'proposal.party_added': 2,
      'proposal.revision_proposed': 2,
      'proposal.revision_accepted': 2,
      'proposal.revision_agreed': 1,
      'proposal.outcome_reported': 4,
    });
    const contributionTrail = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'contribution' AND data->>'proposalId' = $1`,
      [id],
    );
    // 3 recorded + Alpha 4 steps (pledge, commit, disburse, report) + Beta 3 + Germany 2.
    expect(contributionTrail[0].n).toBe(12);
    const events: { type: string }[] = await t.dataSource.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY occurred_at`, [id]);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['proposal.created', 'proposal.mark_funded', 'proposal.revision_agreed', 'proposal.complete', 'proposal.close']),
    );
  });

  it('lapses reviews and expires unfunded proposals at their deadlines; donors are asked to redirect their pledges', async () => {
    const deadlines = t.app.get(ProposalDeadlinesTask);
    const reviewed = await openProposal(
      t,
      { npc, moderator },
      { title: 'Lapsing review', technicalReview: true, reviewDeadline: '2027-01-31', fundingDeadline: '2027-06-30' },
    );
    const expiring = await openProposal(t, { npc, moderator }, { title: 'Expiring', fundingDeadline: '2027-06-30' });
    const target = await openProposal(t, { npc, moderator }, { title: 'Redirect target', fundingDeadline: '2028-06-30' });
    expect((await get(reviewed.id)).status).toBe('TECHNICAL_REVIEW');
    const pledge = (await ok(record({ proposalId: expiring.id, amount: '25000' }, beta.token))).recordContribution;
    const committed = (await ok(record({ proposalId: expiring.id, amount: '1000', status: 'COMMITTED' }, alpha.token))).recordContribution;
    await ok(record({ proposalId: expiring.id, amount: '5000', status: 'INTENT' }, germanDonor));

    expect(await deadlines.run('2027-01-31')).toMatchObject({ reviewsLapsed: 0, expired: 0 });
    expect(await deadlines.run('2027-02-01')).toMatchObject({ reviewsLapsed: 1, expired: 0 });
    expect((await get(reviewed.id)).status).toBe('OPEN_FOR_FUNDING');
    const result = await deadlines.run('2027-07-01');
    expect(result.expired).toBeGreaterThanOrEqual(2);
    expect(result.donorsAsked).toBeGreaterThanOrEqual(2);
    expect(await deadlines.run('2027-07-01')).toMatchObject({ expired: 0, donorsAsked: 0 });
    const expired = await get(expiring.id, npc);
    expect(expired.status).toBe('EXPIRED');
    expect(expired.needs.map((n) => n.status)).toEqual(['PUBLISHED']);
    const asked: { organisation_id: string; amount: string }[] = await t.dataSource.query(
      `SELECT payload->>'organisationId' AS organisation_id, payload->>'amount' AS amount FROM outbox_event
        WHERE type = 'proposal.pledges_to_redirect' AND aggregate_id = $1 ORDER BY 1`,
      [expiring.id],
    );
    expect(asked).toEqual(
      expect.arrayContaining([
        { organisation_id: beta.organisationId, amount: '25000.00' },
        { organisation_id: germany, amount: '5000.00' },
      ]),
    );
    expect(asked).toHaveLength(2);

    // Beta redirects its pledge; a commitment cannot be redirected, and nobody else may redirect Beta's.
    const redirect = (contributionId: string, toProposalId: string, token: string) =>
      gql<{ redirectContribution: { id: string; status: string } }>(
        'mutation ($input: RedirectContributionInput!) { redirectContribution(input: $input) { id status } }',
        { contributionId, toProposalId },
        token,
      );
    expect(errorCode(await redirect(pledge.id, target.id, alpha.token))).toBe('FORBIDDEN');
    expect(errorCode(await redirect(committed.id, target.id, alpha.token))).toBe('CONFLICT');
    const moved = (await ok(redirect(pledge.id, target.id, beta.token))).redirectContribution;
    expect(moved.status).toBe('PLEDGED');
    const [old] = await t.dataSource.query('SELECT status, cancel_reason FROM contribution WHERE id = $1', [pledge.id]);
    expect(old).toEqual({ status: 'CANCELLED', cancel_reason: expect.stringMatching(/^Redirected to proposal GIS-/) });
    expect((await get(target.id)).funding.promised).toBe('25000.00');
    // An expired proposal takes no new contribution; the commitment left on it may be cancelled.
    expect(errorCode(await record({ proposalId: expiring.id, amount: '1' }, beta.token))).toBe('CONFLICT');
    expect((await ok(contributionStep('cancelContribution', committed.id, alpha.token, 'The proposal expired.'))).cancelContribution.status).toBe('CANCELLED');
  });
});

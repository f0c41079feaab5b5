import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchRow, ok, publishNeed, publishOffer } from './support/market.js';
import { newFoundationDonor, newNpcOf } from './support/people.js';
import { organisationId, TRANCHES } from './support/proposals.js';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait.js';

/**
 * What is private to the parties of a proposal stays with them (docs/PROPOSALS.md, "Who sees
 * what"): every path that reaches a proposal (the proposal, the list, a meeting's agenda, the
 * meeting pack) is read by every audience, and each answer is checked against the same rule.
 */

const PROPOSAL = `id status statusReason
  parties { kind organisationId }
  currentRevision { number scope total note proposedByOrganisationId changes { totalBefore totalAfter } acceptedBy awaitingAcceptanceFrom }
  revisions { number note }
  documents { name version url }
  documentVersions { name version url }
  funding { target committed promised gap tranches { number target committed gap } }
  contributions { organisationId status amount }
  needs { id title report { id } }
  matchIds`;

interface ProposalSeen {
  id: string;
  status: string;
  statusReason: string | null;
  parties: { kind: string; organisationId: string }[];
  currentRevision: {
    number: number;
    scope: string;
    total: string;
    note: string | null;
    proposedByOrganisationId: string | null;
    changes: { totalBefore: string; totalAfter: string } | null;
    acceptedBy: string[];
    awaitingAcceptanceFrom: string[];
  };
  revisions: { number: number; note: string | null }[];
  documents: { name: string; version: number; url: string }[];
  documentVersions: { name: string; version: number; url: string }[];
  funding: {
    target: string;
    committed: string;
    promised: string | null;
    gap: string;
    tranches: { number: number; target: string; committed: string; gap: string }[];
  };
  contributions: { organisationId: string; status: string; amount: string }[];
  needs: { id: string; title: string; report: { id: string } | null }[];
  matchIds: string[];
}

interface AgendaSeen {
  note: string | null;
  outcome: string | null;
  outcomeAction: string | null;
  outcomeRecordedAt: string | null;
  proposal: ProposalSeen | null;
}

const HOLD_REASON = 'Hold reason: the armoury list is being audited';
const MEETING_HOLD = 'held until the armoury audit ends';
const REVISION_NOTE = 'Revision note: fewer spare parts, the same training';
const PRIVATE_NEED = 'Confidential need QX-7731';
const PRIVATE_DOCUMENT = 'https://example.org/private-concept-v2.pdf';
const OFFER_TITLE = 'German marking offer VZ-42';
const AGENDA_NOTE = 'Agenda note: for information';

/** Text that only the parties (and UNODA) may read, whatever the path. */
const PARTY_SECRETS = [HOLD_REASON, MEETING_HOLD, REVISION_NOTE, PRIVATE_DOCUMENT];

describe('proposals: party-only data stays with the parties', () => {
  let t: TestApp;
  let npc: string;
  let moderator: string;
  let reviewer: string;
  let germanDonor: string;
  let otherNpc: string;
  let germany: string;
  let ghana: string;
  let pledger: { token: string; organisationId: string };
  let outsider: { token: string; organisationId: string };

  /** Everyone the rules tell apart; `party` as the proposal below makes them, `need` whether they may see its PRIVATE need. */
  let audiences: { name: string; token: string | undefined; party: boolean; privateNeed: boolean; match: boolean }[];

  const gql = <T>(query: string, input: Record<string, unknown>, token?: string) => t.gql<T>(query, { input }, token);
  const transition = (name: string, proposalId: string, token: string, reason?: string) =>
    ok(gql(`mutation ($input: ProposalTransitionInput!) { ${name}(input: $input) { status } }`, { proposalId, reason }, token));
  const record = (input: Record<string, unknown>, token: string) =>
    ok(gql<{ recordContribution: { id: string } }>('mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { id } }', input, token));
  const addDocument = (input: Record<string, unknown>, token: string) =>
    gql<{ addProposalDocument: { id: string; version: number } }>(
      'mutation ($input: AddProposalDocumentInput!) { addProposalDocument(input: $input) { id version } }',
      input,
      token,
    );

  /** Imports Ghana's example national report and publishes its first need (PUBLIC): a need with report metadata. */
  async function importedNeed(): Promise<string> {
    const content = readFileSync(join(process.cwd(), 'docs/examples/national-report.json')).toString('base64');
    const imported = await ok(
      gql<{ importNationalReport: { report: { id: string } } }>(
        'mutation ($input: ImportNationalReportInput!) { importNationalReport(input: $input) { report { id } } }',
        { stateIso3: 'GHA', format: 'JSON', contentBase64: content, dryRun: false },
        npc,
      ),
    );
    const [{ id }] = await t.dataSource.query(`SELECT id FROM need WHERE report_id = $1 AND source_ref = 'A1'`, [imported.importNationalReport.report.id]);
    await ok(gql('mutation ($input: NeedTransitionInput!) { submitNeed(input: $input) { id } }', { needId: id }, npc));
    await ok(gql('mutation ($input: NeedTransitionInput!) { publishNeed(input: $input) { id } }', { needId: id }, moderator));
    return id as string;
  }

  beforeAll(async () => {
    t = await startTestApp({ withWorker: true, env: { OUTBOX_POLL_INTERVAL_MS: '50' } });
    [npc, moderator, reviewer, germanDonor] = await Promise.all([
      t.login('npc.ghana@example.org'),
      t.login('moderator@example.org'),
      t.login('reviewer.unrec@example.org'),
      t.login('donor.germany@example.org'),
    ]);
    otherNpc = await newNpcOf(t, 'KEN');
    [pledger, outsider] = await Promise.all([newFoundationDonor(t, 'Pledging Foundation'), newFoundationDonor(t, 'Outside Foundation')]);
    [germany, ghana] = await Promise.all([organisationId(t, moderator, 'Germany'), organisationId(t, moderator, 'Ghana')]);
    audiences = [
      { name: 'UNODA', token: moderator, party: true, privateNeed: true, match: true },
      { name: 'the requesting State', token: npc, party: true, privateNeed: true, match: true },
      { name: 'the regional centre', token: reviewer, party: true, privateNeed: false, match: false },
      { name: 'a donor that committed', token: germanDonor, party: true, privateNeed: false, match: true },
      { name: 'a donor that only pledged', token: pledger.token, party: true, privateNeed: false, match: false },
      { name: 'another donor', token: outsider.token, party: false, privateNeed: false, match: false },
      { name: "another State's NPC", token: otherNpc, party: false, privateNeed: false, match: false },
      { name: 'the public', token: undefined, party: false, privateNeed: false, match: false },
    ];
  });
  afterAll(() => t.close());

  /**
   * A funded proposal of Ghana with everything only parties read: a hold reason (held and
   * resumed twice, once by a meeting), an agreed revision with its note, intents and pledges
   * next to the commitments, a donor that only pledged, a PRIVATE need, a match, a private
   * document; on a meeting's agenda.
   */
  async function fundedProposal() {
    const needs = [
      await publishNeed(t, npc, moderator, { title: 'Marking machines for the police (visibility)' }),
      await publishNeed(t, npc, moderator, { title: PRIVATE_NEED, visibility: 'PRIVATE' }),
    ];
    const offer = await publishOffer(t, germanDonor, moderator, germany, { title: OFFER_TITLE });
    await waitFor('the match', async () => (await matchRow(t, needs[0].id, offer.id))?.status === 'SUGGESTED');
    const match = (await matchRow(t, needs[0].id, offer.id))!;
    const reported = await importedNeed();
    const { compileProposal: p } = await ok(
      gql<{ compileProposal: { id: string } }>(
        'mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { id } }',
        {
          needIds: [...needs.map((n) => n.id), reported],
          matchIds: [match.id],
          title: 'Marking of police weapons in Ghana (visibility)',
          summary: 'Marking machines and training so that police weapons can be traced.',
          scope: 'Procure two marking machines; train 12 armourers.',
          implementingAgency: 'Ghana National Commission on Small Arms',
          currency: 'USD',
          tranches: TRANCHES,
          fundingDeadline: '2027-12-31',
        },
        moderator,
      ),
    );
    await transition('submitProposalForEndorsement', p.id, moderator);
    await transition('endorseProposal', p.id, npc);
    await transition('holdProposal', p.id, moderator, HOLD_REASON);
    await transition('resumeProposal', p.id, moderator);

    // A private document, in two versions.
    for (const url of ['https://example.org/private-concept-v1.pdf', PRIVATE_DOCUMENT])
      await ok(addDocument({ proposalId: p.id, name: 'Concept note', url }, npc));

    // The pledger pledges; Germany says an intent, proposes revision 2 (agreed by Ghana and UNODA), then funds both tranches.
    await record({ proposalId: p.id, amount: '25000.00', status: 'PLEDGED' }, pledger.token);
    await record({ proposalId: p.id, amount: '10000.00', status: 'INTENT' }, germanDonor);
    const revision = [
      {
        title: 'Equipment',
        lines: [
          { description: 'Two marking machines', amount: '120000' },
          { description: 'Spare parts', amount: '10000' },
        ],
      },
      { title: 'Training', lines: [{ description: 'Training of 12 armourers', amount: '50000' }] },
    ];
    await ok(
      gql(
        'mutation ($input: ProposeRevisionInput!) { proposeProposalRevision(input: $input) { number } }',
        { proposalId: p.id, basedOnRevision: 1, tranches: revision, note: REVISION_NOTE },
        germanDonor,
      ),
    );
    for (const token of [npc, moderator]) {
      await ok(gql('mutation ($input: RevisionDecisionInput!) { acceptProposalRevision(input: $input) { status } }', { proposalId: p.id, revision: 2 }, token));
    }
    await record({ proposalId: p.id, amount: '130000.00', status: 'COMMITTED', trancheNumber: 1 }, germanDonor);
    await record({ proposalId: p.id, amount: '50000.00', status: 'COMMITTED', trancheNumber: 2 }, germanDonor);

    // A meeting discusses it and holds it; UNODA resumes it: back to funded, the meeting's reason kept.
    const { scheduleMeeting: meeting } = await ok(
      gql<{ scheduleMeeting: { id: string } }>(
        'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
        { title: 'GIS meeting (visibility)', startsAt: '2027-02-10T10:00:00Z' },
        moderator,
      ),
    );
    await ok(
      gql(
        'mutation ($input: AgendaItemInput!) { addMeetingAgendaItem(input: $input) { position } }',
        { meetingId: meeting.id, proposalId: p.id, note: AGENDA_NOTE },
        moderator,
      ),
    );
    await ok(
      gql(
        'mutation ($input: MeetingOutcomeInput!) { recordMeetingOutcome(input: $input) { outcome } }',
        { meetingId: meeting.id, proposalId: p.id, outcome: MEETING_HOLD, action: 'HOLD' },
        moderator,
      ),
    );
    await transition('resumeProposal', p.id, moderator);
    return { id: p.id, meetingId: meeting.id, matchId: match.id, privateNeedId: needs[1].id, reportedNeedId: reported };
  }

  let p: Awaited<ReturnType<typeof fundedProposal>>;
  beforeAll(async () => {
    p = await fundedProposal();
  });

  /** What one audience reads of the proposal on each path that leads to it. */
  type Reading = { path: string; response: GraphQLResponse<unknown>; proposal: ProposalSeen | null };
  async function readings(token: string | undefined): Promise<Reading[]> {
    const single = await t.gql<{ proposal: ProposalSeen }>(`query ($id: ID!) { proposal(id: $id) { ${PROPOSAL} } }`, { id: p.id }, token);
    const list = await t.gql<{ proposals: { edges: { node: ProposalSeen }[] } }>(
      `query { proposals(filter: { states: ["GHA"] }, first: 50) { edges { node { ${PROPOSAL} } } } }`,
      {},
      token,
    );
    const out: Reading[] = [
      { path: 'proposal', response: single, proposal: single.data?.proposal ?? null },
      { path: 'proposals', response: list, proposal: list.data?.proposals.edges.find((e) => e.node.id === p.id)?.node ?? null },
    ];
    if (token) {
      const meeting = await t.gql<{ meeting: { agenda: AgendaSeen[] } }>(
        `query ($id: ID!) { meeting(id: $id) { agenda { note outcome outcomeAction outcomeRecordedAt proposal { ${PROPOSAL} } } } }`,
        { id: p.meetingId },
        token,
      );
      out.push({ path: 'meeting.agenda.proposal', response: meeting, proposal: meeting.data?.meeting.agenda[0]?.proposal ?? null });
    }
    return out;
  }

  it('shows the proposal as funded, to everyone', async () => {
    for (const audience of audiences) {
      for (const { path, response, proposal } of await readings(audience.token)) {
        expect([audience.name, path, response.errors]).toEqual([audience.name, path, undefined]);
        expect([audience.name, path, proposal?.status]).toEqual([audience.name, path, 'FUNDED']);
      }
    }
  });

  it('keeps the hold reasons, the revision notes and the deal room with the parties, on every path', async () => {
    for (const audience of audiences) {
      for (const { path, response, proposal } of await readings(audience.token)) {
        const seen = proposal!;
        const where = `${audience.name} via ${path}`;
        const text = JSON.stringify(response);
        // The agreed budget is everyone's; how it was negotiated is the parties'.
        expect([where, seen.currentRevision.number, seen.currentRevision.total, seen.currentRevision.scope]).toEqual([
          where,
          2,
          '180000.00',
          'Procure two marking machines; train 12 armourers.',
        ]);
        if (audience.party) {
          expect([where, seen.statusReason]).toEqual([where, expect.stringContaining(MEETING_HOLD)]);
          expect([where, seen.currentRevision.note, seen.currentRevision.proposedByOrganisationId]).toEqual([where, REVISION_NOTE, germany]);
          expect([where, seen.currentRevision.changes]).toEqual([where, { totalBefore: '200000.00', totalAfter: '180000.00' }]);
          expect([where, [...seen.currentRevision.acceptedBy].sort()]).toEqual([where, expect.arrayContaining([germany, ghana])]);
          expect([where, seen.revisions.map((r) => r.number)]).toEqual([where, [1, 2]]);
        } else {
          expect([where, seen.statusReason]).toEqual([where, null]);
          expect([where, seen.currentRevision.note, seen.currentRevision.proposedByOrganisationId, seen.currentRevision.changes]).toEqual([
            where,
            null,
            null,
            null,
          ]);
          expect([where, seen.currentRevision.acceptedBy, seen.currentRevision.awaitingAcceptanceFrom, seen.revisions]).toEqual([where, [], [], []]);
          for (const secret of PARTY_SECRETS) expect([where, text.includes(secret)]).toEqual([where, false]);
        }
        // The first hold reason was replaced by the meeting's: nobody reads it any more.
        expect([where, text.includes(HOLD_REASON)]).toEqual([where, false]);
      }
    }
  });

  it('shows outsiders committed money only: no intents, no pledges, no donor that only promised', async () => {
    for (const audience of audiences) {
      for (const { path, proposal } of await readings(audience.token)) {
        const seen = proposal!;
        const where = `${audience.name} via ${path}`;
        expect([where, seen.funding.committed, seen.funding.gap]).toEqual([where, '180000.00', '0.00']);
        expect([where, seen.funding.tranches.map((x) => [x.number, x.target, x.committed, x.gap])]).toEqual([
          where,
          [
            [1, '130000.00', '130000.00', '0.00'],
            [2, '50000.00', '50000.00', '0.00'],
          ],
        ]);
        const statuses = [...new Set(seen.contributions.map((c) => c.status))].sort();
        const parties = seen.parties.map((x) => x.organisationId);
        expect([where, parties]).toEqual([where, expect.arrayContaining([ghana, germany])]);
        if (audience.party) {
          expect([where, seen.funding.promised, statuses]).toEqual([where, '35000.00', ['COMMITTED', 'INTENT', 'PLEDGED']]);
          expect([where, parties.includes(pledger.organisationId)]).toEqual([where, true]);
        } else {
          expect([where, seen.funding.promised, statuses]).toEqual([where, null, ['COMMITTED']]);
          expect([where, parties.includes(pledger.organisationId)]).toEqual([where, false]);
        }
      }
    }
  });

  it('lists proposals by party only as far as the viewer may know who the parties are', async () => {
    const byParty = async (organisation: string, token: string | undefined) =>
      (
        await ok(
          t.gql<{ proposals: { edges: { node: { id: string } }[] } }>(
            'query ($o: [ID!]) { proposals(filter: { parties: $o }, first: 50) { edges { node { id } } } }',
            { o: [organisation] },
            token,
          ),
        )
      ).proposals.edges.map((e) => e.node.id);
    for (const audience of audiences) {
      expect([audience.name, (await byParty(pledger.organisationId, audience.token)).includes(p.id)]).toEqual([audience.name, audience.party]);
      expect([audience.name, (await byParty(germany, audience.token)).includes(p.id)]).toEqual([audience.name, true]);
    }
  });

  it('shows a need, its national report and a match only to who may see them, nested in the proposal too', async () => {
    for (const audience of audiences) {
      const reports = await t.gql('query { nationalReports(stateIso3: "GHA") { id } }', {}, audience.token);
      const readsReports = !reports.errors;
      // The rule of `nationalReports`: the State's NPCs and UNODA.
      expect([audience.name, readsReports]).toEqual([audience.name, audience.name === 'UNODA' || audience.name === 'the requesting State']);
      const need = await ok(
        t.gql<{ need: { report: { id: string } | null } }>('query ($id: ID!) { need(id: $id) { report { id } } }', { id: p.reportedNeedId }, audience.token),
      );
      expect([audience.name, need.need.report !== null]).toEqual([audience.name, readsReports]);
      for (const { path, response, proposal } of await readings(audience.token)) {
        const where = `${audience.name} via ${path}`;
        const seen = proposal!;
        expect([where, seen.needs.find((n) => n.id === p.reportedNeedId)!.report !== null]).toEqual([where, readsReports]);
        expect([where, JSON.stringify(response).includes(PRIVATE_NEED)]).toEqual([where, audience.privateNeed]);
        expect([where, seen.matchIds]).toEqual([where, audience.match ? [p.matchId] : []]);
      }
    }
  });

  it("keeps a meeting's outcome for a proposal with its parties; the agenda note is for all who see the proposal", async () => {
    for (const audience of audiences.filter((a) => a.token)) {
      const { meeting } = await ok(
        t.gql<{ meeting: { agenda: AgendaSeen[] } }>(
          'query ($id: ID!) { meeting(id: $id) { agenda { note outcome outcomeAction outcomeRecordedAt } } }',
          { id: p.meetingId },
          audience.token,
        ),
      );
      const [item] = meeting.agenda;
      expect([audience.name, item.note]).toEqual([audience.name, AGENDA_NOTE]);
      if (audience.party) expect([audience.name, item.outcome, item.outcomeAction]).toEqual([audience.name, MEETING_HOLD, 'HOLD']);
      else expect([audience.name, item.outcome, item.outcomeAction, item.outcomeRecordedAt]).toEqual([audience.name, null, null, null]);
    }
  });

  it('gives each viewer a meeting pack with only what that viewer may see', async () => {
    for (const audience of audiences.filter((a) => a.token)) {
      const { meetingPack } = await ok(
        t.gql<{ meetingPack: { content: string } }>(
          'query ($input: MeetingPackInput!) { meetingPack(input: $input) { content } }',
          { input: { meetingId: p.meetingId, language: 'EN' } },
          audience.token,
        ),
      );
      const html = meetingPack.content;
      const where = audience.name;
      expect([where, html.includes('Marking of police weapons in Ghana (visibility)')]).toEqual([where, true]);
      expect([where, html.includes(PRIVATE_NEED)]).toEqual([where, audience.privateNeed]);
      expect([where, html.includes(OFFER_TITLE)]).toEqual([where, audience.match]);
      // Intents and pledges (35,000.00 promised; the pledging foundation) for the parties only.
      expect([where, html.includes('Promised (pledged, not yet committed)'), html.includes('$35,000.00')]).toEqual([where, audience.party, audience.party]);
      expect([where, html.includes('Pledging Foundation')]).toEqual([where, audience.party]);
      for (const secret of PARTY_SECRETS) expect([where, html.includes(secret)]).toEqual([where, false]);
    }
    expect(errorCode(await t.gql('query ($input: MeetingPackInput!) { meetingPack(input: $input) { content } }', { input: { meetingId: p.meetingId } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('shows outsiders only the documents a party marked public, in every version list', async () => {
    const DOCUMENT = 'id name version url public';
    const documents = async (token: string | undefined) =>
      (
        await ok(
          t.gql<{
            proposal: {
              documents: { name: string; version: number; public: boolean }[];
              documentVersions: { name: string; version: number; public: boolean }[];
            };
          }>(`query ($id: ID!) { proposal(id: $id) { documents { ${DOCUMENT} } documentVersions { ${DOCUMENT} } } }`, { id: p.id }, token),
        )
      ).proposal;
    const setPublic = (documentId: string, isPublic: boolean, token: string | undefined) =>
      gql<{ setProposalDocumentPublic: { name: string; version: number; public: boolean } }>(
        `mutation ($input: SetProposalDocumentPublicInput!) { setProposalDocumentPublic(input: $input) { ${DOCUMENT} } }`,
        { documentId, public: isPublic },
        token,
      );
    const audits = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [p.id]))[0].n);

    // Added public by UNODA; the first version of the concept note made public by Ghana; a budget kept private.
    const summary = await ok(addDocument({ proposalId: p.id, name: 'Project summary', url: 'https://example.org/summary.pdf', public: true }, moderator));
    expect(summary.addProposalDocument.version).toBe(1);
    await ok(addDocument({ proposalId: p.id, name: 'Budget', url: 'https://example.org/private-budget.pdf' }, npc));
    const [first] = await t.dataSource.query(`SELECT id FROM proposal_document WHERE proposal_id = $1 AND name = 'Concept note' AND version = 1`, [p.id]);
    const before = await audits();
    expect((await ok(setPublic(first.id, true, npc))).setProposalDocumentPublic).toMatchObject({ name: 'Concept note', version: 1, public: true });
    expect(await audits()).toBe(before + 1);

    // Refused to anyone but a party, writing nothing.
    const refusals: [string, string | undefined, string][] = [
      ['another donor', outsider.token, 'FORBIDDEN'],
      ["another State's NPC", otherNpc, 'FORBIDDEN'],
      ['the public', undefined, 'UNAUTHENTICATED'],
    ];
    for (const [who, token, code] of refusals) expect([who, errorCode(await setPublic(summary.addProposalDocument.id, false, token))]).toEqual([who, code]);
    expect(errorCode(await setPublic('00000000-0000-4000-8000-000000000000', true, npc))).toBe('NOT_FOUND');
    expect(await audits()).toBe(before + 1);

    for (const audience of audiences) {
      const seen = await documents(audience.token);
      const latest = seen.documents.map((d) => [d.name, d.version, d.public]);
      const versions = seen.documentVersions.map((d) => [d.name, d.version, d.public]);
      if (audience.party) {
        expect([audience.name, latest]).toEqual([
          audience.name,
          [
            ['Budget', 1, false],
            ['Concept note', 2, false],
            ['Project summary', 1, true],
          ],
        ]);
        expect([audience.name, versions.length]).toEqual([audience.name, 4]);
      } else {
        // The latest version a party made public: the first concept note, not the second.
        expect([audience.name, latest]).toEqual([
          audience.name,
          [
            ['Concept note', 1, true],
            ['Project summary', 1, true],
          ],
        ]);
        expect([audience.name, versions]).toEqual([
          audience.name,
          [
            ['Concept note', 1, true],
            ['Project summary', 1, true],
          ],
        ]);
      }
    }

    // Made private again: gone from outsiders' lists.
    await ok(setPublic(first.id, false, moderator));
    expect((await documents(outsider.token)).documents.map((d) => d.name)).toEqual(['Project summary']);
    expect((await documents(undefined)).documentVersions.map((d) => d.name)).toEqual(['Project summary']);
  });
});

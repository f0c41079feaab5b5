import { DigestsTask, NOTIFICATION_ROUTES } from '#libs/notifications';
import { ok, publishNeed, publishOffer } from './support/market.js';
import { newFoundationDonor } from './support/people.js';
import { organisationId } from './support/proposals.js';
import { TestSmtpServer } from './support/smtp.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait.js';

/**
 * Issue 16, "mail people read": what the recipient must act on or decide, by role, written here
 * by hand from the brief (endorse, review, answer a match or a revision, a deadline, a return for
 * edits; start implementing a funded proposal), independently of NOTIFICATION_ROUTES.
 */
const MUST_ACT: Record<string, readonly string[]> = {
  NPC: [
    'proposal.submit_for_endorsement', // endorse, return or decline
    'match.interest_expressed', // answer a donor's interest
    'proposal.revision_proposed', // accept a revision
    'proposal.mark_funded', // start the implementation
    'need.returned',
    'need.expired',
    'need.expiry_reminder',
    'reminder.need_valid_until',
    'reminder.outcome_report_due',
  ],
  DONOR: [
    'proposal.revision_proposed',
    'proposal.pledges_to_redirect',
    'offer.returned',
    'offer.expired',
    'reminder.funding_deadline',
    'reminder.outcome_report_due',
  ],
  UNODA_MODERATOR: [
    'proposal.return',
    'proposal.return_from_review',
    'proposal.revision_proposed',
    'proposal.mark_funded',
    'proposal.expire',
    'reminder.funding_deadline',
  ],
  REGIONAL_REVIEWER: ['proposal.endorse_for_review', 'reminder.review_deadline'],
};

/** Events that answer an action: the earlier events of the same record whose author they answer. */
const ANSWERS: Record<string, readonly string[]> = {
  'need.published': ['need.submitted', 'need.reopened'],
  'offer.published': ['offer.submitted', 'offer.reopened'],
  'match.interest_accepted': ['match.interest_expressed'],
  'match.interest_declined': ['match.interest_expressed'],
  'proposal.endorsed': ['proposal.submit_for_endorsement'],
  'proposal.endorse': ['proposal.submit_for_endorsement', 'proposal.endorsed'],
  'proposal.endorse_for_review': ['proposal.submit_for_endorsement', 'proposal.endorsed'],
  'proposal.approve_review': ['proposal.submit_for_endorsement', 'proposal.endorsed'],
  'proposal.revision_agreed': ['proposal.revision_proposed', 'proposal.revision_accepted'],
  'contribution.disburse': ['contribution.recorded', 'contribution.pledge', 'contribution.commit'],
  'contribution.cancel': ['contribution.recorded', 'contribution.pledge', 'contribution.commit'],
};

const QUIET_MINUTES = 30;

interface Row {
  id: string;
  email: string;
  role: string;
  type: string;
  category: string;
  mode: string;
  status: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
  userId: string;
}

describe("mail people read: one proposal's life cycle with default preferences", () => {
  const smtp = new TestSmtpServer();
  let t: TestApp;
  const token: Record<string, string> = {};
  const email: Record<string, string> = {
    npc: 'npc.ghana@example.org',
    moderator: 'moderator@example.org',
    reviewer: 'reviewer.unrec@example.org',
    germany: 'donor.germany@example.org',
  };
  let alpha: string;
  let beta: string;

  const gql = <T>(query: string, input: Record<string, unknown>, who: string) => ok(t.gql<T>(query, { input }, token[who]));
  const transition = (name: string, proposalId: string, who: string) =>
    gql<Record<string, { status: string }>>(`mutation ($input: ProposalTransitionInput!) { ${name}(input: $input) { status } }`, { proposalId }, who);
  const contributionStep = (name: string, contributionId: string, who: string) =>
    gql(`mutation ($input: ContributionTransitionInput!) { ${name}(input: $input) { id status } }`, { contributionId }, who);
  const record = (input: Record<string, unknown>, who: string) =>
    gql<{ recordContribution: { id: string } }>('mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { id } }', input, who);
  const say = (proposalId: string, body: string, who: string) =>
    gql('mutation ($input: PostProposalMessageInput!) { postProposalMessage(input: $input) { id } }', { proposalId, body }, who);
  const report = (proposalId: string, who: string) =>
    gql('mutation ($input: SubmitOutcomeReportInput!) { submitOutcomeReport(input: $input) { id } }', { proposalId, summary: `Report of ${who}` }, who);
  /** Every notification fanned out and every immediate e-mail sent. */
  const settled = () =>
    waitFor('notifications fanned out and e-mails sent', async () => {
      const [{ n }] = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM outbox_event e WHERE e.type = ANY($1)
                   AND NOT EXISTS (SELECT 1 FROM event_consumption c WHERE c.event_id = e.id AND c.consumer = 'notifications.fan-out'))
              + (SELECT count(*) FROM notification WHERE email_status IN ('PENDING', 'QUEUED')) AS n`,
        [Object.keys(NOTIFICATION_ROUTES)],
      );
      return Number(n) === 0;
    });
  const rows = async (since: Date): Promise<Row[]> =>
    t.dataSource.query(
      `SELECT n.id, u.email, m.role::text AS role, n.event_type AS type, n.category, n.email_mode AS mode, n.email_status AS status, n.user_id AS "userId",
              e.aggregate_type AS "aggregateType", e.aggregate_id AS "aggregateId", e.payload, e.occurred_at AS "occurredAt"
         FROM notification n JOIN app_user u ON u.id = n.user_id JOIN membership m ON m.user_id = u.id JOIN outbox_event e ON e.id = n.event_id
        WHERE u.email = ANY($1) AND n.created_at >= $2 ORDER BY n.created_at, n.id`,
      [Object.values(email), since],
    );

  beforeAll(async () => {
    await smtp.start();
    t = await startTestApp({ withWorker: true, env: { SMTP_URL: smtp.url, OUTBOX_POLL_INTERVAL_MS: '50' } });
    for (const who of ['npc', 'moderator', 'reviewer', 'germany']) token[who] = await t.login(email[who]);
    const [a, b] = [await newFoundationDonor(t, 'Alpha Foundation'), await newFoundationDonor(t, 'Beta Foundation')];
    token.alpha = a.token;
    token.beta = b.token;
    alpha = a.organisationId;
    beta = b.organisationId;
    const [alphaUser, betaUser] = await Promise.all(
      [alpha, beta].map(
        async (org) =>
          (await t.dataSource.query(`SELECT u.email FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.organisation_id = $1`, [org]))[0]
            .email as string,
      ),
    );
    email.alpha = alphaUser;
    email.beta = betaUser;
    // The parties read their digests at 07:00 UTC.
    await t.dataSource.query(`UPDATE app_user SET time_zone = 'UTC' WHERE email = ANY($1)`, [Object.values(email)]);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('e-mails each party at most 10 times at once, each for something to act on or an answer; the rest is in the inbox and the digest', async () => {
    await settled();
    const since = new Date();
    const mailsBefore = Object.fromEntries(Object.entries(email).map(([who, address]) => [who, smtp.to(address).length]));

    // Ghana's needs; Alpha's offer; Alpha's interest answered.
    const needs = [
      await publishNeed(t, token.npc, token.moderator, { title: 'Marking machines' }),
      await publishNeed(t, token.npc, token.moderator, { title: 'Armourer training' }),
    ];
    const offer = await publishOffer(t, token.alpha, token.moderator, alpha, { title: 'Alpha marking programme' });
    const { expressInterest: match } = await gql<{ expressInterest: { id: string } }>(
      'mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }',
      { needId: needs[0].id, offerId: offer.id, message: 'We can fund the machines.' },
      'alpha',
    );
    await gql('mutation ($input: MatchDecisionInput!) { acceptInterest(input: $input) { id } }', { matchId: match.id }, 'npc');

    // Compiled, submitted, endorsed, reviewed: on the market.
    const germany = await organisationId(t, token.moderator, 'Germany');
    const { compileProposal: proposal } = await gql<{ compileProposal: { id: string; reference: string } }>(
      'mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { id reference } }',
      {
        needIds: needs.map((n) => n.id),
        matchIds: [match.id],
        donorOrganisationIds: [germany],
        title: 'Marking and tracing in Ghana',
        summary: 'Marking machines and training so that police weapons can be traced.',
        scope: 'Two machines; 12 armourers trained.',
        implementingAgency: 'Ghana National Commission on Small Arms',
        currency: 'USD',
        tranches: [
          { title: 'Equipment', lines: [{ description: 'Two marking machines', amount: '150000' }] },
          { title: 'Training', lines: [{ description: 'Training of 12 armourers', amount: '50000' }] },
        ],
        technicalReview: true,
        reviewDeadline: '2027-03-31',
        fundingDeadline: '2027-12-31',
      },
      'moderator',
    );
    const id = proposal.id;
    await transition('submitProposalForEndorsement', id, 'moderator');
    await transition('endorseProposal', id, 'npc');
    expect((await transition('approveProposalReview', id, 'reviewer')).approveProposalReview.status).toBe('OPEN_FOR_FUNDING');

    // A GIS meeting: intents said there (one recorded by UNODA for Alpha).
    const { scheduleMeeting: meeting } = await gql<{ scheduleMeeting: { id: string } }>(
      'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
      { title: 'GIS meeting', startsAt: '2027-02-10T10:00:00Z' },
      'moderator',
    );
    await gql(
      'mutation ($input: AgendaItemInput!) { addMeetingAgendaItem(input: $input) { position } }',
      { meetingId: meeting.id, proposalId: id },
      'moderator',
    );
    const intent = (input: Record<string, unknown>, who: string) =>
      gql<{ recordMeetingIntent: { id: string } }>(
        'mutation ($input: MeetingIntentInput!) { recordMeetingIntent(input: $input) { id } }',
        { meetingId: meeting.id, proposalId: id, ...input },
        who,
      );
    const alphaIntent = (await intent({ organisationId: alpha, amount: '50000', trancheNumber: 1 }, 'moderator')).recordMeetingIntent.id;
    const betaIntent = (await intent({ amount: '30000' }, 'beta')).recordMeetingIntent.id;
    await gql(
      'mutation ($input: EndMeetingInput!) { closeMeeting(input: $input) { status } }',
      { meetingId: meeting.id, summary: 'Two intents.' },
      'moderator',
    );

    // A busy deal room: six messages in a burst, then, after 30 quiet minutes, one more.
    for (const [who, body] of [
      ['npc', 'When can the machines ship?'],
      ['germany', 'In March.'],
      ['moderator', 'Customs?'],
      ['beta', 'We cover training.'],
      ['npc', 'Thanks.'],
      ['germany', 'Agreed.'],
    ]) {
      await say(id, body, who);
    }
    await settled();
    await t.dataSource.query(
      `UPDATE outbox_event SET occurred_at = occurred_at - interval '${QUIET_MINUTES + 1} minutes' WHERE type = 'proposal.message_posted' AND aggregate_id = $1`,
      [id],
    );
    await say(id, 'The supplier confirmed the date.', 'germany');

    // A revision (Germany), Alpha commits, the required parties accept it.
    await gql(
      'mutation ($input: ProposeRevisionInput!) { proposeProposalRevision(input: $input) { number } }',
      {
        proposalId: id,
        basedOnRevision: 1,
        note: 'Train 10 armourers, not 12.',
        tranches: [
          { title: 'Equipment', lines: [{ description: 'Two marking machines', amount: '150000' }] },
          { title: 'Training', lines: [{ description: 'Training of 10 armourers', amount: '40000' }] },
        ],
      },
      'germany',
    );
    await contributionStep('pledgeContribution', alphaIntent, 'alpha');
    await contributionStep('commitContribution', alphaIntent, 'alpha');
    const acceptRevision = (who: string) =>
      gql('mutation ($input: RevisionDecisionInput!) { acceptProposalRevision(input: $input) { status } }', { proposalId: id, revision: 2 }, who);
    for (const who of ['npc', 'moderator', 'alpha']) await acceptRevision(who);

    // Full funding, implementation, disbursements (UNODA disburses Beta's), reports, the end.
    await contributionStep('commitContribution', betaIntent, 'beta');
    const german = (await record({ proposalId: id, amount: '110000', status: 'COMMITTED' }, 'germany')).recordContribution.id;
    expect((await transition('startProposalImplementation', id, 'npc')).startProposalImplementation.status).toBe('IN_IMPLEMENTATION');
    for (const [contribution, who] of [
      [alphaIntent, 'alpha'],
      [betaIntent, 'moderator'],
      [german, 'germany'],
    ])
      await contributionStep('disburseContribution', contribution, who);
    for (const who of ['npc', 'germany', 'alpha', 'beta']) await report(id, who);
    await transition('completeProposal', id, 'moderator');
    expect((await transition('closeProposal', id, 'moderator')).closeProposal.status).toBe('CLOSED');
    await settled();

    const all = await rows(since);
    const immediate = all.filter((r) => r.mode === 'IMMEDIATE');
    const prior = async (r: Row, types: readonly string[]) =>
      (
        await t.dataSource.query(
          `SELECT 1 FROM outbox_event e WHERE aggregate_type = $1 AND aggregate_id = $2 AND type = ANY($3) AND actor_user_id = $4 AND occurred_at <= $5
              AND payload->'revision' IS NOT DISTINCT FROM $6::jsonb
              AND (payload->>'organisationId' IS NULL OR payload->>'organisationId' IN (SELECT organisation_id::text FROM membership WHERE user_id = $4))`,
          [r.aggregateType, r.aggregateId, types, r.userId, r.occurredAt, r.payload.revision === undefined ? null : JSON.stringify(r.payload.revision)],
        )
      ).length > 0;
    const opensBurst = async (r: Row) =>
      r.type === 'proposal.message_posted' &&
      (
        await t.dataSource.query(
          `SELECT 1 FROM outbox_event WHERE type = 'proposal.message_posted' AND aggregate_id = $1 AND occurred_at < $2 AND occurred_at > $2 - interval '${QUIET_MINUTES} minutes'`,
          [r.aggregateId, r.occurredAt],
        )
      ).length === 0;
    const why = async (r: Row) =>
      MUST_ACT[r.role]?.includes(r.type) ? 'act' : ANSWERS[r.type] && (await prior(r, ANSWERS[r.type])) ? 'answer' : (await opensBurst(r)) ? 'burst' : null;

    const perParty: Record<string, { count: number; mails: string[] }> = {};
    for (const [who, address] of Object.entries(email)) {
      const mine = immediate.filter((r) => r.email === address);
      const reasons = await Promise.all(mine.map(async (r) => `${r.type}:${await why(r)}`));
      perParty[who] = { count: mine.length, mails: reasons };
      // Each one actionable by its definition, at most 10, each sent (and nothing else sent at once).
      expect({ who, unexplained: reasons.filter((r) => r.endsWith(':null')) }).toEqual({ who, unexplained: [] });
      expect({ who, count: mine.length, atMost10: mine.length <= 10 }).toEqual({ who, count: mine.length, atMost10: true });
      expect(mine.every((r) => r.status === 'SENT')).toBe(true);
      expect(smtp.to(address).length - mailsBefore[who]).toBe(mine.length);
    }
    // The life cycle reached everyone, and the brief's examples hold: the State is asked to endorse, the centre
    // to review, both at once; a pledge never e-mails the reviewer; one e-mail per deal-room burst.
    expect(perParty.npc.mails).toEqual(
      expect.arrayContaining(['proposal.submit_for_endorsement:act', 'match.interest_expressed:act', 'proposal.approve_review:answer']),
    );
    expect(perParty.reviewer.mails).toEqual(expect.arrayContaining(['proposal.endorse_for_review:act']));
    expect(perParty.alpha.mails).toEqual(expect.arrayContaining(['match.interest_accepted:answer', 'proposal.revision_proposed:act']));
    expect(perParty.germany.mails).toEqual(expect.arrayContaining(['proposal.message_posted:burst', 'proposal.revision_agreed:answer']));
    expect(perParty.beta.mails).toEqual(expect.arrayContaining(['contribution.disburse:answer']));
    expect(perParty.moderator.mails).toEqual(expect.arrayContaining(['proposal.endorsed:answer', 'proposal.mark_funded:act']));
    // UNODA recorded Alpha's intent at the meeting; Alpha's disbursement is Alpha's ledger, not an answer to UNODA.
    expect(perParty.moderator.mails).not.toContain('contribution.disburse:answer');
    const reviewerFunding = all.filter((r) => r.email === email.reviewer && r.type.startsWith('contribution.'));
    expect(reviewerFunding.length).toBeGreaterThanOrEqual(5);
    expect(reviewerFunding.every((r) => r.mode === 'DAILY')).toBe(true);
    // Seven messages in two bursts (the first opened by the NPC): two e-mails to each other party, whatever they wrote.
    for (const [who, written] of [
      ['moderator', 1],
      ['reviewer', 0],
      ['alpha', 0],
      ['beta', 1],
    ] as const) {
      const messages = all.filter((r) => r.email === email[who] && r.type === 'proposal.message_posted');
      expect({ who, messages: messages.length, immediate: messages.filter((r) => r.mode === 'IMMEDIATE').length }).toEqual({
        who,
        messages: 7 - written,
        immediate: 2,
      });
    }
    // The NPC opened the first burst: only the second reaches them at once.
    expect(all.filter((r) => r.email === email.npc && r.type === 'proposal.message_posted' && r.mode === 'IMMEDIATE')).toHaveLength(1);
    // Every notification of this life cycle goes by e-mail at once or in the daily digest: none is lost or off.
    expect([...new Set(all.map((r) => r.mode))].sort()).toEqual(['DAILY', 'IMMEDIATE']);
    const waiting = all.filter((r) => r.mode === 'DAILY');
    expect(waiting.every((r) => r.status === 'DIGEST')).toBe(true);
    for (const who of Object.keys(email)) expect({ who, inDigest: waiting.some((r) => r.email === email[who]) }).toEqual({ who, inDigest: true });

    // In the inbox: every notification, whether e-mailed at once or not.
    for (const [who, address] of Object.entries(email)) {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { notifications: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await ok(
          t.gql(
            'query ($after: String) { notifications(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
            { after },
            token[who],
          ),
        );
        ids.push(...page.notifications.edges.map((e) => e.node.id));
        if (!page.notifications.pageInfo.hasNextPage) break;
        after = page.notifications.pageInfo.endCursor;
      }
      const expected = all.filter((r) => r.email === address).map((r) => r.id);
      expect({ who, missing: expected.filter((n) => !ids.includes(n)) }).toEqual({ who, missing: [] });
    }

    // In the daily digest: gathered at 07:00 UTC, each party's one e-mail holding all the rest.
    const before = Object.fromEntries(Object.entries(email).map(([who, address]) => [who, smtp.to(address).length]));
    await t.app.get(DigestsTask).run(new Date('2027-06-01T07:05:00Z'));
    const digested: { id: string; status: string; digestId: string | null }[] = await t.dataSource.query(
      'SELECT id, email_status AS status, digest_id AS "digestId" FROM notification WHERE id = ANY($1::uuid[])',
      [waiting.map((r) => r.id)],
    );
    expect(digested.every((n) => n.status === 'DIGESTED' && n.digestId)).toBe(true);
    for (const [who, address] of Object.entries(email)) {
      await waitFor(`${who}'s digest`, async () => smtp.to(address).length === before[who] + 1);
      const digest = smtp.to(address).at(-1)!;
      expect(digest.text).toContain(proposal.reference);
    }
  });

  it('keeps the rest of a burst out of e-mail even for those who chose "immediate" for the deal room', async () => {
    await ok(t.gql('mutation { setNotificationPreference(category: DEAL_ROOM, mode: IMMEDIATE) { category } }', {}, token.reviewer));
    const since = new Date();
    const needs = [await publishNeed(t, token.npc, token.moderator, { title: 'Stockpile security' })];
    const { compileProposal: fresh } = await gql<{ compileProposal: { id: string } }>(
      'mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { id } }',
      {
        needIds: needs.map((n) => n.id),
        title: 'Stockpiles',
        summary: 's',
        scope: 's',
        implementingAgency: 'a',
        currency: 'USD',
        tranches: [{ title: 'A', lines: [{ description: 'x', amount: '1000' }] }],
        technicalReview: true,
        reviewDeadline: '2027-03-31',
      },
      'moderator',
    );
    await transition('submitProposalForEndorsement', fresh.id, 'moderator');
    await transition('endorseProposal', fresh.id, 'npc');
    await transition('approveProposalReview', fresh.id, 'reviewer');
    for (const [who, body] of [
      ['npc', 'One'],
      ['moderator', 'Two'],
      ['npc', 'Three'],
    ])
      await say(fresh.id, body, who);
    await settled();
    const messages = (await rows(since)).filter((r) => r.email === email.reviewer && r.type === 'proposal.message_posted');
    expect(messages.map((r) => r.mode)).toEqual(['IMMEDIATE', 'DAILY', 'DAILY']);
  });
});

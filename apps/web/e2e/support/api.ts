import { BASE_URL, DEMO, DEMO_PASSWORD, type Fixtures } from './env';

/**
 * The real GraphQL API, called from Node the way any API client would (refresh tokens in the
 * body, never the browser's cookie): to set up what a page shows, or to act as another person
 * while the browser watches.
 */

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function gqlAnswer<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLAnswer<T>> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer<T>;
}

/** The data, or an error naming the operation and what the API said. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const answer = await gqlAnswer<T>(query, variables, token);
  if (!answer.data || answer.errors?.length) {
    throw new Error(`GraphQL ${query.replace(/\s+/g, ' ').slice(0, 80)}… failed: ${JSON.stringify(answer.errors)}`);
  }
  return answer.data;
}

/** Logs in; returns the access token (the refresh token too, for ending the session). */
export async function login(email: string, password = DEMO_PASSWORD): Promise<{ accessToken: string; refreshToken: string }> {
  const { login: payload } = await gql<{ login: { accessToken: string; refreshToken: string } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
    { input: { email, password } },
  );
  return payload;
}

export const tokenOf = async (email: string, password = DEMO_PASSWORD) => (await login(email, password)).accessToken;

/** Ends the session of a refresh token, server-side (as signing out on another device would). */
export async function endSession(refreshToken: string): Promise<boolean> {
  return (await gql<{ logout: boolean }>('mutation ($t: String) { logout(refreshToken: $t) }', { t: refreshToken })).logout;
}

/** Polls `check` until it holds, for what the worker does in the background. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A unique enough suffix for e-mail addresses and titles made by a test. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function organisationIdByName(token: string, name: string): Promise<string> {
  const { organisations } = await gql<{ organisations: { id: string; name: string }[] }>('{ organisations { id name } }', {}, token);
  const found = organisations.find((o) => o.name === name);
  if (!found) throw new Error(`no organisation named ${name}`);
  return found.id;
}

export interface Invitation {
  email: string;
  displayName: string;
  /** The link as the administrator sees it (the e-mail carries the same). */
  acceptUrl: string;
  token: string;
}

/** The administrator invites a person into an organisation (default: an NPC of Ghana). */
export async function invite(options: { displayName?: string; organisation?: string; role?: string; language?: string } = {}): Promise<Invitation> {
  const admin = await tokenOf(DEMO.admin.email);
  const email = `invited.${unique()}@example.org`;
  const displayName = options.displayName ?? `Invited Person ${unique().slice(-4).toUpperCase()}`;
  const organisationId = await organisationIdByName(admin, options.organisation ?? 'Ghana');
  const { inviteUser } = await gql<{ inviteUser: { acceptUrl: string } }>(
    'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }',
    { input: { email, displayName, organisationId, role: options.role ?? 'NPC', preferredLanguage: options.language } },
    admin,
  );
  const token = new URL(inviteUser.acceptUrl).searchParams.get('token')!;
  return { email, displayName, acceptUrl: inviteUser.acceptUrl, token };
}

export const NEW_PERSON_PASSWORD = 'a long enough browser test passphrase';

/**
 * A new person with an account, invited and accepted through the API, and an inbox with nothing
 * unread (their own invitation reaches their inbox too: it is waited for and marked read), so
 * nobody else's inbox or settings are touched.
 */
export async function newPerson(options: Parameters<typeof invite>[0] = {}): Promise<{ email: string; displayName: string; password: string }> {
  const invitation = await invite(options);
  const { acceptInvitation } = await gql<{ acceptInvitation: { accessToken: string } }>(
    'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
    { input: { token: invitation.token, password: NEW_PERSON_PASSWORD } },
  );
  const token = acceptInvitation.accessToken;
  await waitFor('the invitation to reach the inbox', async () => (await unreadCount(token)) > 0);
  await gql('mutation { markAllNotificationsRead }', {}, token);
  return { email: invitation.email, displayName: invitation.displayName, password: NEW_PERSON_PASSWORD };
}

const transitionNeed = (name: string, needId: string, token: string, reason?: string) =>
  gql(`mutation ($input: NeedTransitionInput!) { ${name}(input: $input) { id } }`, { input: { needId, reason } }, token);

const NEED = {
  stateIso3: 'GHA',
  problem: 'Police weapons carry no national marking and cannot be traced when lost or stolen; 9,000 weapons in 10 armouries.',
  proposedActivities: '1. Buy two marking machines. 2. Train 12 armourers. 3. Mark 9,000 weapons.',
  thematicAreas: ['MARKING'],
  assistanceTypes: ['EQUIPMENT'],
  budget: { amount: '200000.00', currency: 'USD' },
  visibility: 'PUBLIC',
};

/**
 * Gives every NPC of Ghana a notification: the demo NPC submits a new need and UNODA's moderator
 * returns it for edits (`need.returned`, urgent). Returns the need's title, which the
 * notification names.
 */
export async function notifyGhanaNpcs(title = `Marking machines for border posts ${unique()}`): Promise<{ needId: string; title: string }> {
  const [npc, moderator] = await Promise.all([tokenOf(DEMO.npc.email), tokenOf(DEMO.moderator.email)]);
  const { createNeed } = await gql<{ createNeed: { id: string } }>(
    'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
    { input: { ...NEED, title } },
    npc,
  );
  await transitionNeed('submitNeed', createNeed.id, npc);
  await transitionNeed('returnNeed', createNeed.id, moderator, 'Give the number of weapons per armoury.');
  return { needId: createNeed.id, title };
}

export async function unreadCount(token: string): Promise<number> {
  return (await gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, token)).unreadNotificationCount;
}

export async function publishedNeed(npc: string, moderator: string, title: string): Promise<string> {
  const { createNeed } = await gql<{ createNeed: { id: string } }>(
    'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
    { input: { ...NEED, title } },
    npc,
  );
  await transitionNeed('submitNeed', createNeed.id, npc);
  await transitionNeed('publishNeed', createNeed.id, moderator);
  return createNeed.id;
}

/**
 * What the pages under test show, found in the demo data or made through the API as their
 * owners would: a funded (so public) proposal of Ghana, a GIS meeting with it on the agenda.
 */
export async function createFixtures(): Promise<Fixtures> {
  const [moderator, npc, donor] = await Promise.all([tokenOf(DEMO.moderator.email), tokenOf(DEMO.npc.email), tokenOf(DEMO.donor.email)]);

  const { needs } = await gql<{ needs: { edges: { node: { id: string; title: string; originalLanguage: string } }[] } }>(
    '{ needs(first: 10, filter: { states: ["SEN"] }) { edges { node { id title originalLanguage } } } }',
  );
  const french = needs.edges.map((e) => e.node).find((n) => n.originalLanguage === 'FR' && n.title.startsWith('Marquage'));
  if (!french) throw new Error('the demo data has no published French need of Senegal about marking');

  const { offers } = await gql<{ offers: { edges: { node: { id: string; title: string; organisation: { id: string; name: string } } }[] } }>(
    '{ offers(first: 10) { edges { node { id title organisation { id name } } } } }',
  );
  const offer = offers.edges.map((e) => e.node).find((o) => o.organisation.name.startsWith('Germany'));
  if (!offer) throw new Error('the demo data has no published offer of Germany');

  const needId = await publishedNeed(npc, moderator, 'Marking machines for the police of Ghana (browser tests)');
  const proposalTitle = 'Marking of police weapons in Ghana';
  const { compileProposal } = await gql<{ compileProposal: { id: string; reference: string } }>(
    'mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { id reference } }',
    {
      input: {
        needIds: [needId],
        title: proposalTitle,
        summary: 'Marking machines and training so that police weapons can be traced.',
        scope: 'Procure two marking machines; train 12 armourers; mark 9,000 weapons in 10 armouries.',
        implementingAgency: 'Ghana National Commission on Small Arms',
        currency: 'USD',
        tranches: [
          {
            title: 'Equipment',
            lines: [
              { description: 'Two marking machines', amount: '120000' },
              { description: 'Spare parts', amount: '30000.50' },
            ],
          },
          { title: 'Training', lines: [{ description: 'Training of 12 armourers', amount: '49999.50' }] },
        ],
        fundingDeadline: '2027-12-31',
      },
    },
    moderator,
  );
  const proposalId = compileProposal.id;
  const step = (name: string, token: string) =>
    gql(`mutation ($input: ProposalTransitionInput!) { ${name}(input: $input) { id } }`, { input: { proposalId } }, token);
  await step('submitProposalForEndorsement', moderator);
  await step('endorseProposal', npc);
  for (const [trancheNumber, amount] of [
    [1, '150000.50'],
    [2, '49999.50'],
  ] as const) {
    await gql(
      'mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { id } }',
      { input: { proposalId, amount, status: 'COMMITTED', trancheNumber } },
      donor,
    );
  }
  const { proposal } = await gql<{ proposal: { status: string } }>('query ($id: ID!) { proposal(id: $id) { status } }', { id: proposalId });
  if (proposal.status !== 'FUNDED') throw new Error(`the browser tests' proposal is ${proposal.status}, not FUNDED`);

  const meetingTitle = 'GIS meeting on marking projects';
  const { scheduleMeeting } = await gql<{ scheduleMeeting: { id: string } }>(
    'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
    { input: { title: meetingTitle, startsAt: '2027-02-10T10:00:00Z', location: 'Geneva, Palais des Nations' } },
    moderator,
  );
  await gql(
    'mutation ($input: AgendaItemInput!) { addMeetingAgendaItem(input: $input) { position } }',
    { input: { meetingId: scheduleMeeting.id, proposalId, note: 'For information' } },
    moderator,
  );

  let matchId: string | undefined;
  await waitFor('a suggested match (the worker matches the demo needs and offers)', async () => {
    const { matchQueue } = await gql<{ matchQueue: { edges: { node: { id: string } }[] } }>(
      '{ matchQueue(first: 1) { edges { node { id } } } }',
      {},
      moderator,
    );
    matchId = matchQueue.edges[0]?.node.id;
    return Boolean(matchId);
  });

  return {
    frenchNeed: { id: french.id, title: french.title },
    offer: { id: offer.id, title: offer.title },
    donor: offer.organisation,
    proposal: { id: proposalId, title: proposalTitle, reference: compileProposal.reference },
    match: { id: matchId! },
    meeting: { id: scheduleMeeting.id, title: meetingTitle },
  };
}

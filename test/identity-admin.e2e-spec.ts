import { DEMO_PASSWORD } from '#libs/setup';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

const CREATE_ORG = `mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id type name stateIso3 memberState { iso3 name } }
}`;
const INVITE = `mutation ($input: InviteUserInput!) {
  inviteUser(input: $input) {
    user { id email status } membership { role organisation { name } } invitation { id expiresAt } acceptUrl
  }
}`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken user { email status roles } }
}`;

interface InviteData {
  inviteUser: {
    user: { id: string; email: string; status: string };
    membership: { role: string; organisation: { name: string } };
    invitation: { id: string } | null;
    acceptUrl: string | null;
  };
}

const count = async (t: TestApp, table: string) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

describe('organisations, invitations and who may manage them', () => {
  let t: TestApp;
  let admin: string;
  let npc: string;
  let donor: string;
  let ghanaId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, npc, donor] = await Promise.all([t.login('admin@example.org'), t.login('npc.ghana@example.org'), t.login('donor.germany@example.org')]);
    const orgs = await t.gql<{ organisations: { id: string; name: string }[] }>('{ organisations { id name } }', {}, npc);
    ghanaId = orgs.data!.organisations.find((o) => o.name === 'Ghana')!.id;
  });
  afterAll(() => t.close());

  it('lets an administrator create a Member State organisation, linked to its State', async () => {
    const created = await t.gql<{ createOrganisation: { type: string; stateIso3: string; memberState: { name: string } } }>(
      CREATE_ORG,
      { input: { type: 'MEMBER_STATE', name: 'Republic of Zambia', stateIso3: 'zmb' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createOrganisation).toMatchObject({ type: 'MEMBER_STATE', stateIso3: 'ZMB', memberState: { name: 'Zambia' } });
    const audit = await t.dataSource.query(`SELECT action FROM audit_entry WHERE action = 'organisation.created'`);
    expect(audit).toHaveLength(1);
  });

  it.each([
    ['an NPC', () => npc],
    ['a donor', () => donor],
  ])('refuses %s creating organisations (FORBIDDEN), writing nothing', async (_, token) => {
    const before = await count(t, 'organisation');
    const response = await t.gql(CREATE_ORG, { input: { type: 'FOUNDATION', name: 'Sneaky Foundation' } }, token());
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(await count(t, 'organisation')).toBe(before);
  });

  it('refuses anonymous callers (UNAUTHENTICATED)', async () => {
    expect(errorCode(await t.gql(CREATE_ORG, { input: { type: 'FOUNDATION', name: 'Anonymous Foundation' } }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    [{ type: 'MEMBER_STATE', name: 'No State given' }, 'input.stateIso3'],
    [{ type: 'MEMBER_STATE', name: 'Atlantis', stateIso3: 'ATL' }, 'input.stateIso3'],
    [{ type: 'MEMBER_STATE', name: 'Bad code', stateIso3: 'K3N' }, 'input.stateIso3'],
    [{ type: 'UN_REGIONAL_CENTRE', name: 'A centre without code' }, 'input.regionalOrganisationCode'],
    [{ type: 'FOUNDATION', name: 'Fund with a region', regionalOrganisationCode: 'AU' }, 'input.regionalOrganisationCode'],
    [{ type: 'FOUNDATION', name: 'X' }, 'input.name'],
  ])('refuses invalid input %j naming %s, writing nothing', async (input, field) => {
    const before = await count(t, 'organisation');
    const response = await t.gql(CREATE_ORG, { input }, admin);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain(field);
    expect(await count(t, 'organisation')).toBe(before);
  });

  it('refuses a second organisation for the same State (CONFLICT)', async () => {
    const response = await t.gql(CREATE_ORG, { input: { type: 'MEMBER_STATE', name: 'Ghana again', stateIso3: 'GHA' } }, admin);
    expect(errorCode(response)).toBe('CONFLICT');
  });

  it('invites a person, who sets a password from the link and then holds the role', async () => {
    const invite = await t.gql<InviteData>(
      INVITE,
      { input: { email: 'Second.NPC@ghana.example', displayName: 'Second NPC', organisationId: ghanaId, role: 'NPC', preferredLanguage: 'FR' } },
      admin,
    );
    expect(invite.errors).toBeUndefined();
    const payload = invite.data!.inviteUser;
    expect(payload.user).toMatchObject({ email: 'second.npc@ghana.example', status: 'INVITED' });
    expect(payload.membership).toEqual({ role: 'NPC', organisation: { name: 'Ghana' } });
    const token = new URL(payload.acceptUrl!).searchParams.get('token')!;

    // The event that announces the invitation names it, and carries no secret.
    const events = await t.dataSource.query(`SELECT type, payload FROM outbox_event WHERE type = 'user.invited'`);
    expect(events).toHaveLength(1);
    expect(events[0].payload.invitationId).toBe(payload.invitation!.id);
    expect(JSON.stringify(events[0].payload)).not.toContain(token.split('.')[1]);

    // Not active yet: the invited person cannot log in.
    expect(errorCode(await t.gql('mutation { login(input: {email: "second.npc@ghana.example", password: "whatever-123456"}) { accessToken } }'))).toBe(
      'UNAUTHENTICATED',
    );
    const weak = await t.gql(ACCEPT, { input: { token, password: 'short' } });
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0].message).toContain('input.password');

    const accepted = await t.gql<{ acceptInvitation: { accessToken: string; user: { status: string; roles: string[] } } }>(ACCEPT, {
      input: { token, password: 'a long enough passphrase' },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.user).toMatchObject({ status: 'ACTIVE', roles: ['NPC'] });
    expect(await t.login('second.npc@ghana.example', 'a long enough passphrase')).toBeTruthy();

    // A link works once; used again, it says so (CONFLICT: not a session problem).
    const again = await t.gql(ACCEPT, { input: { token, password: 'another long passphrase' } });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0].message).toMatch(/already been used/);
  });

  it('refuses tampered invitation links (BAD_USER_INPUT naming the token), changing nothing', async () => {
    const invite = await t.gql<InviteData>(
      INVITE,
      { input: { email: 'third@ghana.example', displayName: 'Third', organisationId: ghanaId, role: 'DONOR' } },
      admin,
    );
    const token = new URL(invite.data!.inviteUser.acceptUrl!).searchParams.get('token')!;
    const [id, mac] = token.split('.');
    const forged = `${id}.${mac.slice(0, -2)}${mac.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [forged, `${id}`, 'garbage', `00000000-0000-0000-0000-000000000000.${mac}`]) {
      const refused = await t.gql(ACCEPT, { input: { token: bad, password: 'a long enough passphrase' } });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.fields).toEqual([
        { field: 'input.token', reason: 'invitation.notGenuine', params: {}, message: expect.stringMatching(/not a valid invitation link/) },
      ]);
    }
    const status = await t.dataSource.query(`SELECT status FROM app_user WHERE email = 'third@ghana.example'`);
    expect(status[0].status).toBe('INVITED');
  });

  it('grants a role at once to a person who already has an account, and refuses it twice', async () => {
    const invite = await t.gql<InviteData>(
      INVITE,
      { input: { email: 'npc.ghana@example.org', displayName: 'NPC', organisationId: ghanaId, role: 'DONOR' } },
      admin,
    );
    expect(invite.data?.inviteUser).toMatchObject({ invitation: null, acceptUrl: null, membership: { role: 'DONOR' } });
    const again = await t.gql(INVITE, { input: { email: 'npc.ghana@example.org', displayName: 'NPC', organisationId: ghanaId, role: 'DONOR' } }, admin);
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('refuses a role the organisation cannot have, and non-administrators inviting', async () => {
    const roles = await t.gql<{ organisation: { roles: string[] } }>('query ($id: ID!) { organisation(id: $id) { roles } }', { id: ghanaId }, admin);
    expect(roles.data?.organisation.roles).toEqual(['NPC', 'DONOR']);
    const wrongRole = await t.gql(INVITE, { input: { email: 'x@example.org', displayName: 'X', organisationId: ghanaId, role: 'ADMIN' } }, admin);
    expect(errorCode(wrongRole)).toBe('BAD_USER_INPUT');
    expect(wrongRole.errors?.[0].message).toContain('input.role');
    const badEmail = await t.gql(INVITE, { input: { email: 'not-an-email', displayName: 'X', organisationId: ghanaId, role: 'NPC' } }, admin);
    expect(errorCode(badEmail)).toBe('BAD_USER_INPUT');
    expect(badEmail.errors?.[0].message).toContain('input.email');
    const byNpc = await t.gql(INVITE, { input: { email: 'y@example.org', displayName: 'Y', organisationId: ghanaId, role: 'NPC' } }, npc);
    expect(errorCode(byNpc)).toBe('FORBIDDEN');
    expect(await t.dataSource.query(`SELECT 1 FROM app_user WHERE email IN ('x@example.org', 'y@example.org')`)).toHaveLength(0);
  });

  it("shows an organisation's members to its members and administrators only", async () => {
    const query = 'query ($id: ID!) { organisation(id: $id) { name memberships { role user { email } } } }';
    const asMember = await t.gql<{ organisation: { memberships: { role: string }[] } }>(query, { id: ghanaId }, npc);
    expect(asMember.data?.organisation.memberships.length).toBeGreaterThan(0);
    expect(asMember.data!.organisation.memberships.map((m) => m.role)).toContain('NPC');
    const asAdmin = await t.gql<{ organisation: { memberships: unknown[] } }>(query, { id: ghanaId }, admin);
    expect(asAdmin.data?.organisation.memberships.length).toBe(asMember.data?.organisation.memberships.length);
    expect(errorCode(await t.gql(query, { id: ghanaId }, donor))).toBe('FORBIDDEN');
  });

  it('disables an account at once: its access token stops working and it cannot log in', async () => {
    const reviewer = await t.login('reviewer.unrec@example.org');
    const me = await t.gql<{ me: { email: string } }>('{ me { email } }', {}, reviewer);
    const users = await t.gql<{ users: { id: string; email: string }[] }>('{ users { id email } }', {}, admin);
    const id = users.data!.users.find((u) => u.email === 'reviewer.unrec@example.org')!.id;
    expect(me.data?.me.email).toBe('reviewer.unrec@example.org');
    expect(errorCode(await t.gql('{ users { id } }', {}, npc))).toBe('FORBIDDEN');

    const disable = 'mutation ($input: SetUserStatusInput!) { setUserStatus(input: $input) { status } }';
    expect((await t.gql<{ setUserStatus: { status: string } }>(disable, { input: { userId: id, status: 'DISABLED' } }, admin)).data?.setUserStatus.status).toBe(
      'DISABLED',
    );
    expect(errorCode(await t.gql('{ me { email } }', {}, reviewer))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql('mutation { login(input: {email: "reviewer.unrec@example.org", password: "' + DEMO_PASSWORD + '"}) { accessToken } }'))).toBe(
      'UNAUTHENTICATED',
    );
    await t.gql(disable, { input: { userId: id, status: 'ACTIVE' } }, admin);
    expect(await t.login('reviewer.unrec@example.org')).toBeTruthy();
  });

  it('keeps the last administrator', async () => {
    const me = await t.gql<{ me: { memberships: { id: string; role: string }[] } }>('{ me { memberships { id role } } }', {}, admin);
    const membershipId = me.data!.me.memberships.find((m) => m.role === 'ADMIN')!.id;
    const response = await t.gql('mutation ($id: ID!) { revokeMembership(membershipId: $id) }', { id: membershipId }, admin);
    expect(errorCode(response)).toBe('CONFLICT');
  });

  it('keeps the audit trail append-only in the database itself', async () => {
    await expect(t.dataSource.query(`UPDATE audit_entry SET reason = 'rewritten'`)).rejects.toThrow(/cannot be changed/);
    await expect(t.dataSource.query(`DELETE FROM audit_entry`)).rejects.toThrow(/cannot be changed/);
  });
});

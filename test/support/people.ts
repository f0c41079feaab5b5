import type { TestApp } from './test-app.js';

/**
 * Logs in a new NPC of State `iso3` (creating the State's organisation if needed), the way an
 * administrator would: organisation, invitation, accepted invitation.
 */
export async function newNpcOf(t: TestApp, iso3: string, email = `npc.${iso3.toLowerCase()}.${Date.now()}@example.org`): Promise<string> {
  const admin = await t.login('admin@example.org');
  const orgs = await t.gql<{ organisations: { id: string; stateIso3: string | null; type: string }[] }>(
    '{ organisations(type: MEMBER_STATE) { id stateIso3 type } }',
    {},
    admin,
  );
  let organisationId = orgs.data?.organisations.find((o) => o.stateIso3 === iso3)?.id;
  if (!organisationId) {
    const created = await t.gql<{ createOrganisation: { id: string } }>(
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { type: 'MEMBER_STATE', name: `State of ${iso3}`, stateIso3: iso3 } },
      admin,
    );
    organisationId = created.data!.createOrganisation.id;
  }
  return invitedAndAccepted(t, admin, { email, displayName: `NPC of ${iso3}`, organisationId, role: 'NPC' });
}

/** Logs in a new donor of a new foundation; returns the token and the organisation id. */
export async function newFoundationDonor(t: TestApp, name: string): Promise<{ token: string; organisationId: string }> {
  const admin = await t.login('admin@example.org');
  const created = await t.gql<{ createOrganisation: { id: string } }>(
    'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { type: 'FOUNDATION', name } },
    admin,
  );
  const organisationId = created.data!.createOrganisation.id;
  const email = `donor.${Date.now()}.${Math.random().toString(36).slice(2, 6)}@example.org`;
  return { token: await invitedAndAccepted(t, admin, { email, displayName: `Donor of ${name}`, organisationId, role: 'DONOR' }), organisationId };
}

/**
 * Logs in a new reviewer of the UN regional centre `code` (creating the centre's organisation if
 * the platform has none yet).
 */
export async function newReviewerOf(t: TestApp, code: string): Promise<{ token: string; organisationId: string }> {
  const admin = await t.login('admin@example.org');
  const orgs = await t.gql<{ organisations: { id: string; regionalOrganisationCode: string | null }[] }>(
    '{ organisations(type: UN_REGIONAL_CENTRE) { id regionalOrganisationCode } }',
    {},
    admin,
  );
  let organisationId = orgs.data?.organisations.find((o) => o.regionalOrganisationCode === code)?.id;
  if (!organisationId) {
    const created = await t.gql<{ createOrganisation: { id: string } }>(
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { type: 'UN_REGIONAL_CENTRE', name: `Regional centre ${code}`, acronym: code, regionalOrganisationCode: code } },
      admin,
    );
    organisationId = created.data!.createOrganisation.id;
  }
  const email = `reviewer.${code.toLowerCase()}.${Date.now()}@example.org`;
  return {
    token: await invitedAndAccepted(t, admin, { email, displayName: `Reviewer of ${code}`, organisationId, role: 'REGIONAL_REVIEWER' }),
    organisationId,
  };
}

/** The administrator invites a person; the person accepts at once. Returns their access token. */
async function invitedAndAccepted(
  t: TestApp,
  admin: string,
  input: { email: string; displayName: string; organisationId: string; role: string },
): Promise<string> {
  const invited = await t.gql<{ inviteUser: { acceptUrl: string } }>(
    'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }',
    { input },
    admin,
  );
  const token = new URL(invited.data!.inviteUser.acceptUrl).searchParams.get('token');
  const accepted = await t.gql<{ acceptInvitation: { accessToken: string } }>(
    'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
    { input: { token, password: 'a long enough test passphrase' } },
  );
  if (!accepted.data) throw new Error(`could not make ${input.displayName}: ${JSON.stringify(accepted.errors)}`);
  return accepted.data.acceptInvitation.accessToken;
}

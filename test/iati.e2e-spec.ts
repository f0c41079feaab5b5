import { randomUUID } from 'node:crypto';
import { isReasonCode } from '#libs/core';
import { childrenNamed, expectValidIati, findAll, parseXml, type ParsedElement } from '../libs/open-data/src/iati/iati-xml.fixtures.js';
import { ok, publishNeed } from './support/market.js';
import { newFoundationDonor, newNpcOf } from './support/people.js';
import { openProposal, organisationId, TRANCHES, type OpenProposal } from './support/proposals.js';
import { type TestApp, startTestApp } from './support/test-app.js';

/** The IATI 2.03 activity files over real HTTP: visibility, mapping, refusals; every file validated against the schema. */
describe('IATI activity files', () => {
  let t: TestApp;
  let npc: string;
  let togoNpc: string;
  let moderator: string;
  let germanDonor: string;
  let outsider: { token: string; organisationId: string };
  let germany: string;

  // Proposals in several states, made once (see beforeAll).
  let funded: OpenProposal;
  let open: OpenProposal;
  let onHold: OpenProposal;
  let twoStates: OpenProposal;
  let leone: OpenProposal;
  let draft: { id: string; reference: string };

  const TITLE = `Marking & tracing <phase 1> "pilot" — وسم الأسلحة · 武器标识 · Маркировка оружия · Marquage d’Élodie · señalización`;

  async function get(path: string, token?: string) {
    const response = await fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }

  /** The whole file as `token` reads it: served as XML, valid against the schema, parsed. */
  async function activitiesFile(token?: string): Promise<ParsedElement> {
    const { status, headers, body } = await get('/iati/activities.xml', token);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const file = parseXml(body);
    if (file.children.length) await expectValidIati(body);
    return file;
  }

  /** One proposal's file, validated; its activity. */
  async function activityFile(id: string, token?: string): Promise<ParsedElement> {
    const { status, body } = await get(`/iati/activities/${id}.xml`, token);
    expect({ status, body: status === 200 ? '' : body }).toEqual({ status: 200, body: '' });
    await expectValidIati(body);
    const activities = childrenNamed(parseXml(body), 'iati-activity');
    expect(activities).toHaveLength(1);
    return activities[0];
  }

  /** A refusal as JSON: the code and a registered reason. */
  async function refusal(path: string, token?: string) {
    const { status, headers, body } = await get(path, token);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    const { error } = JSON.parse(body) as { error: { code: string; reason: string; params: Record<string, unknown>; message: string } };
    expect(isReasonCode(error.reason)).toBe(true);
    return { status, ...error };
  }

  const identifier = (p: { reference: string }) => `XX-UNODA-${p.reference}`;
  const identifiers = (file: ParsedElement) => childrenNamed(file, 'iati-activity').map((a) => childrenNamed(a, 'iati-identifier')[0].text);
  const step = (name: string, input: Record<string, unknown>, token: string) =>
    ok(t.gql(`mutation ($input: ProposalTransitionInput!) { ${name}(input: $input) { id status } }`, { input }, token));
  const record = async (input: Record<string, unknown>, token: string) =>
    (
      await ok(
        t.gql<{ recordContribution: { id: string } }>(
          'mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { id } }',
          { input },
          token,
        ),
      )
    ).recordContribution.id;

  beforeAll(async () => {
    t = await startTestApp();
    [npc, moderator, germanDonor] = await Promise.all([
      t.login('npc.ghana@example.org'),
      t.login('moderator@example.org'),
      t.login('donor.germany@example.org'),
    ]);
    togoNpc = await newNpcOf(t, 'TGO');
    outsider = await newFoundationDonor(t, 'IATI Test Foundation');
    germany = await organisationId(t, moderator, 'Germany');
    const people = { npc, moderator };

    // Funded: six scripts and XML's special characters in its title; commitments, one disbursed, a pledge and an intent.
    funded = await openProposal(t, people, { title: TITLE, summary: 'Machines & training: "<all>" in 6 languages — ملخص · 摘要 · резюме · résumé' });
    await record({ proposalId: funded.id, organisationId: outsider.organisationId, status: 'PLEDGED', amount: '500.00' }, outsider.token);
    await record({ proposalId: funded.id, organisationId: germany, status: 'INTENT', amount: '700.00' }, moderator);
    const first = await record({ proposalId: funded.id, status: 'COMMITTED', amount: '150000.50', trancheNumber: 1 }, germanDonor);
    await ok(
      t.gql(
        'mutation ($input: ContributionTransitionInput!) { disburseContribution(input: $input) { id } }',
        { input: { contributionId: first } },
        germanDonor,
      ),
    );
    await record({ proposalId: funded.id, status: 'COMMITTED', amount: '49999.50', trancheNumber: 2 }, germanDonor);

    open = await openProposal(t, people, { title: 'Open for funding' });
    onHold = await openProposal(t, people, { title: 'On hold' });
    await step('holdProposal', { proposalId: onHold.id, reason: 'Waiting for the new armoury' }, moderator);
    leone = await openProposal(t, people, { title: 'In leones', currency: 'SLE' });

    // Two requesting States, their needs budgeted 150,000 and 50,000 US dollars: 75 % and 25 %.
    const needs = [
      await publishNeed(t, npc, moderator, { title: 'Ghana’s share', budget: { amount: '150000.00', currency: 'USD' } }),
      await publishNeed(t, togoNpc, moderator, { stateIso3: 'TGO', title: 'Togo’s share', budget: { amount: '50000.00', currency: 'USD' } }),
    ];
    // Ghana's NPC endorses in openProposal; the proposal opens when Togo's does too.
    twoStates = await openProposal(t, people, { title: 'Marking in Ghana and Togo', implementingAgency: 'ECOWAS Small Arms Unit' }, needs);
    await step('endorseProposal', { proposalId: twoStates.id }, togoNpc);

    const need = await publishNeed(t, npc, moderator, { title: 'Still a draft' });
    draft = (
      await ok(
        t.gql<{ compileProposal: { id: string; reference: string } }>(
          'mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { id reference } }',
          {
            input: { needIds: [need.id], title: 'Draft', summary: 'Draft', scope: 'Draft', implementingAgency: 'Agency', currency: 'USD', tranches: TRANCHES },
          },
          moderator,
        ),
      )
    ).compileProposal;
  });
  afterAll(() => t.close());

  it('shows the public the funded proposals only; logged-in users the market; parties and UNODA their own besides; a draft never', async () => {
    expect(identifiers(await activitiesFile())).toEqual([identifier(funded)]);
    // A donor that is party to none: the market, not what is on hold.
    expect(new Set(identifiers(await activitiesFile(germanDonor)))).toEqual(new Set([funded, open, twoStates].map(identifier)));
    // Ghana's NPC is party to all of them: the one on hold too.
    expect(new Set(identifiers(await activitiesFile(npc)))).toEqual(new Set([funded, open, onHold, twoStates].map(identifier)));
    // Togo's NPC is party to one; the rest as any logged-in user.
    expect(new Set(identifiers(await activitiesFile(togoNpc)))).toEqual(new Set([funded, open, twoStates].map(identifier)));
    const all = identifiers(await activitiesFile(moderator));
    expect(new Set(all)).toEqual(new Set([funded, open, onHold, twoStates].map(identifier)));
    expect(all).not.toContain(identifier(draft));
  });

  it('says a funded proposal with its six scripts, special characters, budget and ledger: commitments and the disbursement, no pledge or intent', async () => {
    const activity = await activityFile(funded.id);
    expect(findAll(childrenNamed(activity, 'title')[0], 'narrative').map((n) => n.text)).toEqual([TITLE]);
    expect(findAll(childrenNamed(activity, 'description')[0], 'narrative')[0].text).toBe(
      'Machines & training: "<all>" in 6 languages — ملخص · 摘要 · резюме · résumé',
    );
    expect(childrenNamed(activity, 'activity-status')[0].attrs.code).toBe('1');
    expect(childrenNamed(activity, 'recipient-country').map((c) => [c.attrs.code, c.attrs.percentage])).toEqual([['GH', '100']]);
    expect(childrenNamed(activity, 'sector').map((s) => [s.attrs.vocabulary, s.attrs.code, s.attrs.percentage])).toEqual([
      ['1', '15240', '100'],
      ['99', 'MARKING', '100'],
    ]);
    expect(childrenNamed(activity, 'budget').map((b) => childrenNamed(b, 'value')[0].text)).toEqual(['150000.50', '49999.50']);
    const today = new Date().toISOString().slice(0, 10);
    expect(
      childrenNamed(activity, 'transaction').map((tr) => [
        childrenNamed(tr, 'transaction-type')[0].attrs.code,
        childrenNamed(tr, 'value')[0].text,
        childrenNamed(tr, 'value')[0].attrs.currency,
        childrenNamed(tr, 'transaction-date')[0].attrs['iso-date'],
        childrenNamed(tr, 'provider-org')[0].children[0].text,
      ]),
    ).toEqual([
      ['2', '150000.50', 'USD', today, 'Germany, Federal Foreign Office'],
      ['3', '150000.50', 'USD', today, 'Germany, Federal Foreign Office'],
      ['2', '49999.50', 'USD', today, 'Germany, Federal Foreign Office'],
    ]);
    const roles = childrenNamed(activity, 'participating-org').map((o) => o.attrs.role);
    expect(roles).toEqual(['1', '2', '4']);
    expect(findAll(activity, 'narrative').map((n) => n.text)).not.toContain('IATI Test Foundation');
  });

  it('shares two requesting States by their needs’ budgets: percentages summing to 100', async () => {
    const activity = await activityFile(twoStates.id, moderator);
    expect(childrenNamed(activity, 'recipient-country').map((c) => [c.attrs.code, c.attrs.percentage])).toEqual([
      ['GH', '75'],
      ['TG', '25'],
    ]);
    expect(childrenNamed(activity, 'participating-org').filter((o) => o.attrs.role === '2')).toHaveLength(2);
  });

  it('says a proposal on hold is suspended, for its parties', async () => {
    expect(childrenNamed(await activityFile(onHold.id, npc), 'activity-status')[0].attrs.code).toBe('6');
    expect((await refusal(`/iati/activities/${onHold.id}.xml`, germanDonor)).code).toBe('NOT_FOUND');
  });

  it('refuses what the caller may not see, a draft, a bad id and an unknown one', async () => {
    expect(await refusal(`/iati/activities/${open.id}.xml`)).toMatchObject({ status: 404, code: 'NOT_FOUND', reason: 'proposal.notFound' });
    expect(await refusal(`/iati/activities/${draft.id}.xml`, moderator)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await refusal(`/iati/activities/${randomUUID()}.xml`, moderator)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await refusal('/iati/activities/not-an-id.xml')).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    // A bad token is refused, as on /graphql, never read as anonymous (on the exports' downloads too, by the same filter).
    expect(await refusal('/iati/activities.xml', 'not.a.token')).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await refusal('/exports/any-link', 'not.a.token')).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('refuses a proposal whose currency IATI does not list, with the reason; the whole file leaves it out', async () => {
    expect(await refusal(`/iati/activities/${leone.id}.xml`, moderator)).toMatchObject({
      status: 409,
      code: 'CONFLICT',
      reason: 'iati.currencyNotInCodelist',
      params: { reference: leone.reference, currency: 'SLE' },
    });
    expect(identifiers(await activitiesFile(moderator))).not.toContain(identifier(leone));
  });

  it('tells the open-data page the licence and where the IATI file is', async () => {
    const { openData } = await ok(
      t.gql<{ openData: Record<string, unknown> }>(
        '{ openData { licence { id url } iatiActivitiesUrl iatiActivityUrlTemplate iatiReportingOrgRef iatiReportingOrgName } }',
      ),
    );
    expect(openData).toEqual({
      licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      iatiActivitiesUrl: '/iati/activities.xml',
      iatiActivityUrlTemplate: '/iati/activities/{id}.xml',
      iatiReportingOrgRef: 'XX-UNODA',
      iatiReportingOrgName: 'United Nations Office for Disarmament Affairs',
    });
    // The path answers.
    expect((await get(openData.iatiActivitiesUrl as string)).status).toBe(200);
  });
});

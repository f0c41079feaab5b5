import { OffersFreshnessTask, OffersService } from '#libs/offers';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

const FIELDS = `id organisationId status version returnReason visibility availableUntil availableActions contactEmail
  budget { currency total minPerProject maxPerProject remaining totalUsd remainingUsd }
  eligibility { everywhere regions states regionalOrganisations }`;
const CREATE = `mutation ($input: CreateOfferInput!) { createOffer(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateOfferInput!) { updateOffer(input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { offer(id: $id) { ${FIELDS} } }`;
const act = (name: string) => `mutation ($input: OfferTransitionInput!) { ${name}(input: $input) { ${FIELDS} } }`;

interface OfferData {
  id: string;
  organisationId: string;
  status: string;
  version: number;
  returnReason: string | null;
  availableActions: string[];
  contactEmail: string | null;
  budget: {
    currency: string;
    total: string;
    minPerProject: string | null;
    maxPerProject: string | null;
    remaining: string;
    totalUsd: string | null;
    remainingUsd: string | null;
  };
  eligibility: { everywhere: boolean; regions: string[]; states: string[]; regionalOrganisations: string[] };
}

describe('offers: writing, moderation and the life cycle', () => {
  let t: TestApp;
  let donor: string;
  let moderator: string;
  let npc: string;
  let germany: string;
  let unoda: string;

  const base = () => ({
    organisationId: germany,
    title: 'Armoury security for the Sahel',
    description: 'Equipment and training to secure police and gendarmerie armouries, with stock management software.',
    assistanceTypes: ['EQUIPMENT', 'TRAINING'],
    thematicAreas: ['STOCKPILE_MANAGEMENT'],
    eligibleRegions: ['202'],
    budgetCurrency: 'EUR',
    budgetTotal: '1000000.00',
    budgetMinPerProject: '50000',
    budgetMaxPerProject: '400000',
    availableFrom: '2026-01-01',
    availableUntil: '2028-12-31',
    workingLanguages: ['EN', 'FR'],
    contactEmail: 'desk@example.org',
    visibility: 'PUBLIC',
  });
  const count = async () => Number((await t.dataSource.query('SELECT count(*)::int AS n FROM offer'))[0].n);
  const create = async (change: Record<string, unknown> = {}, token = donor) =>
    (await t.gql<{ createOffer: OfferData }>(CREATE, { input: { ...base(), ...change } }, token)).data!.createOffer;
  const move = (name: string, input: Record<string, unknown>, token: string) => t.gql<Record<string, OfferData>>(act(name), { input }, token);

  beforeAll(async () => {
    t = await startTestApp();
    [donor, moderator, npc] = await Promise.all([t.login('donor.germany@example.org'), t.login('moderator@example.org'), t.login('npc.ghana@example.org')]);
    const orgs = await t.gql<{ organisations: { id: string; name: string; type: string }[] }>('{ organisations { id name type } }', {}, donor);
    germany = orgs.data!.organisations.find((o) => o.name.startsWith('Germany'))!.id;
    unoda = orgs.data!.organisations.find((o) => o.type === 'UNODA')!.id;
  });
  afterAll(() => t.close());

  it('lets a donor write a draft offer for its organisation, with exact amounts and USD equivalents', async () => {
    const offer = await create();
    expect(offer).toMatchObject({ status: 'DRAFT', version: 1, organisationId: germany });
    expect(offer.budget).toEqual({
      currency: 'EUR',
      total: '1000000.00',
      minPerProject: '50000.00',
      maxPerProject: '400000.00',
      remaining: '1000000.00',
      totalUsd: '1080000.00',
      remainingUsd: '1080000.00',
    });
    expect([...offer.availableActions].sort()).toEqual(['SUBMIT', 'WITHDRAW']);
  });

  it.each([
    [{ budgetMinPerProject: '500000', budgetMaxPerProject: '100000' }, 'input.budgetMinPerProject', /above the maximum/],
    [{ budgetMaxPerProject: '2000000' }, 'input.budgetMaxPerProject', /above the total/],
    [{ budgetCurrency: 'XYZ' }, 'input.budgetCurrency', /unknown currency/],
    [{ budgetTotal: '-10' }, 'input.budgetTotal', /positive/],
    [{ availableFrom: '2027-01-01', availableUntil: '2026-06-01' }, 'input.availableUntil', /before the window starts/],
    [{ thematicAreas: ['UNICORNS'] }, 'input.thematicAreas', /UNICORNS/],
    [{ assistanceTypes: ['CASH'] }, 'input.assistanceTypes', /CASH/],
    [{ eligibleStates: ['ATL'] }, 'input.eligibleStates', /ATL/],
    [{ eligibleRegions: ['999'] }, 'input.eligibleRegions', /999/],
    [{ eligibleRegionalOrganisations: ['NOPE'] }, 'input.eligibleRegionalOrganisations', /NOPE/],
    [{ eligibleRegions: [] }, 'input.eligibleEverywhere', /who may benefit/],
    [{ title: 'x'.repeat(201) }, 'input.title', /at most 200/],
    [{ contactEmail: 'not an e-mail' }, 'input.contactEmail', /e-mail/],
  ])('refuses %j naming %s, writing nothing', async (change, field, message) => {
    const before = await count();
    const response = await t.gql(CREATE, { input: { ...base(), ...change } }, donor);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const fields = (response.errors?.[0].extensions?.fields as { field: string; message: string }[] | undefined) ?? [];
    expect(fields.find((f) => f.field === field)?.message ?? response.errors?.[0].message).toMatch(message);
    expect(await count()).toBe(before);
  });

  it('refuses acting for another organisation, and non-donors making offers', async () => {
    const before = await count();
    expect(errorCode(await t.gql(CREATE, { input: { ...base(), organisationId: unoda } }, donor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE, { input: base() }, npc))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE, { input: base() }, moderator))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE, { input: base() }))).toBe('UNAUTHENTICATED');
    expect(await count()).toBe(before);
  });

  it('edits with a version check, keeping the budget coherent', async () => {
    const offer = await create();
    const edited = await t.gql<{ updateOffer: OfferData }>(UPDATE, { input: { offerId: offer.id, expectedVersion: 1, budgetTotal: '1200000.00' } }, donor);
    expect(edited.data?.updateOffer.budget).toMatchObject({ total: '1200000.00', remaining: '1200000.00' });
    expect(errorCode(await t.gql(UPDATE, { input: { offerId: offer.id, expectedVersion: 1, title: 'Stale' } }, donor))).toBe('CONFLICT');
    const incoherent = await t.gql(UPDATE, { input: { offerId: offer.id, expectedVersion: 2, budgetMaxPerProject: '1300000' } }, donor);
    expect(errorCode(incoherent)).toBe('BAD_USER_INPUT');
    expect(incoherent.errors?.[0].message).toContain('input.budgetMaxPerProject');
    const [a, b] = await Promise.all([
      t.gql(UPDATE, { input: { offerId: offer.id, expectedVersion: 2, title: 'A' } }, donor),
      t.gql(UPDATE, { input: { offerId: offer.id, expectedVersion: 2, title: 'B' } }, donor),
    ]);
    expect([errorCode(a) ?? 'OK', errorCode(b) ?? 'OK'].sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('goes draft -> submitted -> returned -> submitted -> published, audited and announced', async () => {
    const offer = await create();
    expect((await move('submitOffer', { offerId: offer.id }, donor)).data?.submitOffer.status).toBe('SUBMITTED');
    expect(errorCode(await move('returnOffer', { offerId: offer.id }, moderator))).toBe('BAD_USER_INPUT');
    const returned = (await move('returnOffer', { offerId: offer.id, reason: 'Say which agencies implement.' }, moderator)).data!.returnOffer;
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: 'Say which agencies implement.' });
    await move('submitOffer', { offerId: offer.id }, donor);
    expect((await move('publishOffer', { offerId: offer.id }, moderator)).data?.publishOffer.status).toBe('PUBLISHED');
    expect((await move('withdrawOffer', { offerId: offer.id }, donor)).data?.withdrawOffer.status).toBe('WITHDRAWN');
    const audit = await t.dataSource.query(
      `SELECT from_state || '>' || to_state AS step FROM audit_entry WHERE entity_id = $1 AND action = 'offer.transitioned' ORDER BY occurred_at, id`,
      [offer.id],
    );
    expect(audit.map((a: { step: string }) => a.step)).toEqual([
      'DRAFT>SUBMITTED',
      'SUBMITTED>RETURNED',
      'RETURNED>SUBMITTED',
      'SUBMITTED>PUBLISHED',
      'PUBLISHED>WITHDRAWN',
    ]);
    const events = await t.dataSource.query('SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY occurred_at, id', [offer.id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'offer.created',
      'offer.submitted',
      'offer.returned',
      'offer.submitted',
      'offer.published',
      'offer.withdrawn',
    ]);
  });

  it.each([
    ['a donor publishing', 'publishOffer', () => donor, 'FORBIDDEN'],
    ['a moderator submitting', 'submitOffer', () => moderator, 'FORBIDDEN'],
    ['an NPC returning', 'returnOffer', () => npc, 'FORBIDDEN'],
  ])('refuses %s, changing nothing', async (_, mutation, token, code) => {
    const offer = await create();
    await move('submitOffer', { offerId: offer.id }, donor);
    expect(errorCode(await move(mutation, { offerId: offer.id, reason: 'x' }, token()))).toBe(code);
    expect((await t.dataSource.query('SELECT status FROM offer WHERE id = $1', [offer.id]))[0].status).toBe('SUBMITTED');
  });

  it('refuses a transition the status does not allow (CONFLICT)', async () => {
    const offer = await create();
    expect(errorCode(await move('publishOffer', { offerId: offer.id }, moderator))).toBe('CONFLICT');
    expect(errorCode(await move('reopenOffer', { offerId: offer.id }, donor))).toBe('CONFLICT');
  });

  it('keeps drafts and private offers to the donor and UNODA; contact points to logged-in users', async () => {
    const draft = await create();
    expect(errorCode(await t.gql(GET, { id: draft.id }, npc))).toBe('NOT_FOUND');
    expect((await t.gql<{ offer: OfferData }>(GET, { id: draft.id }, moderator)).data?.offer.status).toBe('DRAFT');
    const secret = await create({ visibility: 'PRIVATE' });
    await move('submitOffer', { offerId: secret.id }, donor);
    await move('publishOffer', { offerId: secret.id }, moderator);
    expect(errorCode(await t.gql(GET, { id: secret.id }, npc))).toBe('NOT_FOUND');
    const open = await create();
    await move('submitOffer', { offerId: open.id }, donor);
    await move('publishOffer', { offerId: open.id }, moderator);
    expect((await t.gql<{ offer: OfferData }>(GET, { id: open.id })).data?.offer.contactEmail).toBeNull();
    expect((await t.gql<{ offer: OfferData }>(GET, { id: open.id }, npc)).data?.offer.contactEmail).toBe('desk@example.org');
  });

  it('is exhausted when what remains reaches zero, and expires when its window ends', async () => {
    const offer = await create({ budgetTotal: '100000.00', budgetMinPerProject: null, budgetMaxPerProject: null });
    await move('submitOffer', { offerId: offer.id }, donor);
    await move('publishOffer', { offerId: offer.id }, moderator);
    const offers = t.app.get(OffersService);
    await t.dataSource.transaction((m) => offers.reduceRemaining(m, offer.id, '60000.00', 'commitment A'));
    await expect(t.dataSource.transaction((m) => offers.reduceRemaining(m, offer.id, '50000.00', 'too much'))).rejects.toThrow(/40000.00/);
    const exhausted = await t.dataSource.transaction((m) => offers.reduceRemaining(m, offer.id, '40000.00', 'commitment B'));
    expect(exhausted).toMatchObject({ status: 'EXHAUSTED', budgetRemaining: '0.00' });
    expect(await t.dataSource.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 AND type = 'offer.exhausted'`, [offer.id])).toHaveLength(1);

    const short = await create({ availableUntil: '2027-01-31' });
    await move('submitOffer', { offerId: short.id }, donor);
    await move('publishOffer', { offerId: short.id }, moderator);
    const result = await t.app.get(OffersFreshnessTask).run('2027-02-01');
    expect(result.expired).toBeGreaterThanOrEqual(1);
    expect((await t.gql<{ offer: OfferData }>(GET, { id: short.id }, donor)).data?.offer.status).toBe('EXPIRED');
    // Expired as of the simulated date; its window still runs today, so it can go back to moderation.
    expect((await move('reopenOffer', { offerId: short.id }, donor)).data?.reopenOffer.status).toBe('SUBMITTED');
  });

  it('lists submitted offers to moderators and moderates a batch, all or nothing', async () => {
    const a = await create();
    const b = await create();
    await move('submitOffer', { offerId: a.id }, donor);
    const queue = await t.gql<{ offerModerationQueue: { edges: { node: { status: string } }[] } }>(
      '{ offerModerationQueue { edges { node { status } } } }',
      {},
      moderator,
    );
    expect(queue.data!.offerModerationQueue.edges.every((e) => e.node.status === 'SUBMITTED')).toBe(true);
    expect(errorCode(await t.gql('{ offerModerationQueue { edges { cursor } } }', {}, donor))).toBe('FORBIDDEN');
    const mixed = await t.gql(
      'mutation ($input: ModerateOffersInput!) { moderateOffers(input: $input) { id } }',
      {
        input: { offerIds: [a.id, b.id], action: 'PUBLISH' },
      },
      moderator,
    );
    expect(errorCode(mixed)).toBe('CONFLICT');
    expect((await t.dataSource.query('SELECT status FROM offer WHERE id = $1', [a.id]))[0].status).toBe('SUBMITTED');
    const ok = await t.gql<{ moderateOffers: { status: string }[] }>(
      'mutation ($input: ModerateOffersInput!) { moderateOffers(input: $input) { status } }',
      {
        input: { offerIds: [a.id], action: 'PUBLISH' },
      },
      moderator,
    );
    expect(ok.data?.moderateOffers).toEqual([{ status: 'PUBLISHED' }]);
  });

  it('keeps the original text and serves a translation', async () => {
    const offer = await create();
    const set = await t.gql(
      'mutation ($input: SetOfferTranslationInput!) { setOfferTranslation(input: $input) { id } }',
      {
        input: { offerId: offer.id, language: 'FR', kind: 'VERIFIED', title: 'Sécurité des armureries au Sahel', description: 'Équipement et formation.' },
      },
      donor,
    );
    expect(set.errors).toBeUndefined();
    const read = await t.gql<{ offer: { title: string; text: { title: string; isOriginal: boolean } } }>(
      'query ($id: ID!) { offer(id: $id) { title text(lang: FR) { title isOriginal } } }',
      { id: offer.id },
      donor,
    );
    expect(read.data?.offer).toEqual({ title: base().title, text: { title: 'Sécurité des armureries au Sahel', isOriginal: false } });
    const kind = await t.gql<{ offer: { text: { translationKind: string } } }>(
      'query ($id: ID!) { offer(id: $id) { text(lang: FR) { translationKind } } }',
      { id: offer.id },
      donor,
    );
    expect(kind.data?.offer.text.translationKind).toBe('VERIFIED');
  });

  it('refuses a translation with an unknown kind or empty texts, naming each, and stores nothing', async () => {
    const offer = await create();
    const translate = (input: Record<string, unknown>) =>
      t.gql(
        'mutation ($input: SetOfferTranslationInput!) { setOfferTranslation(input: $input) { id } }',
        {
          input: { offerId: offer.id, language: 'ES', kind: 'VERIFIED', title: 'Seguridad', description: 'Equipo.', ...input },
        },
        donor,
      );
    const fieldsOf = (response: Awaited<ReturnType<typeof translate>>) =>
      ((response.errors?.[0].extensions?.fields as { field: string; reason: string }[] | undefined) ?? []).map((f) => `${f.field}: ${f.reason}`);
    const guessed = await translate({ kind: 'GUESSED' });
    expect(errorCode(guessed)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(guessed)).toEqual(['input.kind: field.wrongType']);
    const empty = await translate({ title: '  ', description: 'x'.repeat(5001) });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(empty)).toEqual(['input.title: field.lengthOutOfRange', 'input.description: field.lengthOutOfRange']);
    expect(await t.dataSource.query('SELECT 1 FROM offer_translation WHERE offer_id = $1', [offer.id])).toEqual([]);
  });

  it('shows a donor profile with its open offers and what remains', async () => {
    const profile = await t.gql<{
      donorProfile: {
        organisation: { name: string };
        openOffers: { status: string }[];
        remaining: { currency: string; amount: string }[];
        thematicAreaCodes: string[];
      };
    }>(
      'query ($id: ID!) { donorProfile(organisationId: $id) { organisation { name } openOffers { status } remaining { currency amount } thematicAreaCodes } }',
      { id: germany },
    );
    const p = profile.data!.donorProfile;
    expect(p.organisation.name).toMatch(/^Germany/);
    expect(p.openOffers.length).toBeGreaterThan(0);
    expect(p.openOffers.every((o) => o.status === 'PUBLISHED')).toBe(true);
    expect(p.remaining.find((r) => r.currency === 'EUR')?.amount).toMatch(/^\d+\.\d{2}$/);
    expect(p.thematicAreaCodes).toContain('MARKING'); // a demo offer
  });
});

import type { TestApp } from './test-app.js';

/** Needs and offers written and published through the API, as their owners and UNODA would. */

export interface Published {
  id: string;
  version: number;
}

const NEED = {
  stateIso3: 'GHA',
  title: 'Marking machines for the police',
  problem: 'Police weapons carry no national marking and cannot be traced when lost or stolen; 9,000 weapons in 10 armouries.',
  proposedActivities: '1. Buy two marking machines. 2. Train 12 armourers. 3. Mark 9,000 weapons.',
  thematicAreas: ['MARKING'],
  assistanceTypes: ['EQUIPMENT'],
  budget: { amount: '200000.00', currency: 'USD' },
  timeframeStart: '2027-01-01',
  timeframeEnd: '2027-12-31',
  visibility: 'PUBLIC',
};

const OFFER = {
  title: 'Marking and record-keeping equipment',
  description: 'Marking machines, record-keeping software and training for police and armed forces armourers.',
  assistanceTypes: ['EQUIPMENT', 'TRAINING'],
  thematicAreas: ['MARKING', 'RECORD_KEEPING'],
  eligibleRegions: ['011'],
  budgetCurrency: 'USD',
  budgetTotal: '1000000.00',
  budgetMaxPerProject: '300000.00',
  availableFrom: '2026-01-01',
  availableUntil: '2028-12-31',
  workingLanguages: ['EN', 'FR'],
  visibility: 'PUBLIC',
};

export async function ok<T>(response: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> {
  const result = await response;
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** A need of `input.stateIso3` (default Ghana), created by its NPC, submitted and published. */
export async function publishNeed(t: TestApp, npc: string, moderator: string, input: Record<string, unknown> = {}): Promise<Published> {
  const { createNeed } = await ok(
    t.gql<{ createNeed: { id: string } }>('mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }', { input: { ...NEED, ...input } }, npc),
  );
  await ok(t.gql('mutation ($input: NeedTransitionInput!) { submitNeed(input: $input) { id } }', { input: { needId: createNeed.id } }, npc));
  const { publishNeed: published } = await ok(
    t.gql<{ publishNeed: Published }>(
      'mutation ($input: NeedTransitionInput!) { publishNeed(input: $input) { id version } }',
      { input: { needId: createNeed.id } },
      moderator,
    ),
  );
  return published;
}

export async function updateNeed(t: TestApp, npc: string, need: Published, change: Record<string, unknown>): Promise<Published> {
  const { updateNeed: updated } = await ok(
    t.gql<{ updateNeed: Published }>(
      'mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { id version } }',
      {
        input: { needId: need.id, expectedVersion: need.version, ...change },
      },
      npc,
    ),
  );
  return updated;
}

/** An offer of `organisationId`, created by its donor, submitted and published. */
export async function publishOffer(
  t: TestApp,
  donor: string,
  moderator: string,
  organisationId: string,
  input: Record<string, unknown> = {},
): Promise<Published> {
  const { createOffer } = await ok(
    t.gql<{ createOffer: { id: string } }>(
      'mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
      {
        input: { ...OFFER, organisationId, ...input },
      },
      donor,
    ),
  );
  await ok(t.gql('mutation ($input: OfferTransitionInput!) { submitOffer(input: $input) { id } }', { input: { offerId: createOffer.id } }, donor));
  const { publishOffer: published } = await ok(
    t.gql<{ publishOffer: Published }>(
      'mutation ($input: OfferTransitionInput!) { publishOffer(input: $input) { id version } }',
      {
        input: { offerId: createOffer.id },
      },
      moderator,
    ),
  );
  return published;
}

/** The stored match of a pair, straight from the database. */
export async function matchRow(
  t: TestApp,
  needId: string,
  offerId: string,
): Promise<{ id: string; status: string; score: string | null; fits: boolean; version: number } | undefined> {
  const [row] = await t.dataSource.query('SELECT id, status, score::text, fits, version FROM match WHERE need_id = $1 AND offer_id = $2', [needId, offerId]);
  return row;
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isScalarType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';
import type { StateMachine } from '#libs/core';
import { MATCH_LIFE_CYCLE, MatchAction, MatchStatus } from '#libs/matching';
import { EDITABLE_STATUSES, NEED_LIFE_CYCLE, NeedAction, NeedStatus } from '#libs/needs';
import { EDITABLE_OFFER_STATUSES, OFFER_LIFE_CYCLE, OfferAction, OfferStatus } from '#libs/offers';
import {
  CONTRIBUTION_LIFE_CYCLE,
  ContributionAction,
  ContributionStatus,
  DRAFT_STATUSES,
  PROPOSAL_LIFE_CYCLE,
  ProposalAction,
  ProposalStatus,
} from '#libs/proposals';
import { ok, publishNeed, publishOffer } from './support/market.js';
import { newFoundationDonor, newNpcOf } from './support/people.js';
import { openProposal, organisationId } from './support/proposals.js';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * The order in which a change is refused (docs/ARCHITECTURE.md, Errors): a record the caller may
 * not see is NOT_FOUND; a change the caller may not make is FORBIDDEN; a status that does not
 * allow it is a CONFLICT saying the status; only then is the version compared. Checked for every
 * mutation that takes an `expectedVersion` (read from schema.gql, so a new one must be added
 * to RULES below), in every status of its record, always with a wrong version.
 */

const ROOT = resolve(import.meta.dirname, '..');
const STALE = /changed by someone else/;

type Actor = 'npc' | 'otherNpc' | 'moderator' | 'donor' | 'otherDonor' | 'reviewer';
type Subject = 'need' | 'offer' | 'proposal' | 'match' | 'contribution' | 'criteria';

interface Rule {
  /** Who may make this change (on records in the right status). */
  allowed: Actor;
  /** Who may not, though they hold a role the operation's guard lets through where one exists. */
  outsider: Actor;
  /** The statuses that allow it: none for a record without a life cycle. */
  allowedFrom?: readonly string[];
  /** Refusals that rightly come before the version in an allowed status (the record's own state). */
  beforeVersion?: RegExp;
}

const from = <S extends string, A extends string>(machine: StateMachine<S, A>, action: A): readonly S[] => machine.rules.find((r) => r.action === action)!.from;

const RULES: Record<string, Rule> = {
  updateNeed: { allowed: 'npc', outsider: 'otherNpc', allowedFrom: EDITABLE_STATUSES },
  submitNeed: { allowed: 'npc', outsider: 'otherNpc', allowedFrom: from(NEED_LIFE_CYCLE, NeedAction.SUBMIT) },
  returnNeed: { allowed: 'moderator', outsider: 'npc', allowedFrom: from(NEED_LIFE_CYCLE, NeedAction.RETURN) },
  publishNeed: { allowed: 'moderator', outsider: 'npc', allowedFrom: from(NEED_LIFE_CYCLE, NeedAction.PUBLISH) },
  closeNeed: { allowed: 'npc', outsider: 'otherNpc', allowedFrom: from(NEED_LIFE_CYCLE, NeedAction.CLOSE) },
  withdrawNeed: { allowed: 'npc', outsider: 'otherNpc', allowedFrom: from(NEED_LIFE_CYCLE, NeedAction.WITHDRAW) },
  reopenNeed: { allowed: 'npc', outsider: 'otherNpc', allowedFrom: from(NEED_LIFE_CYCLE, NeedAction.REOPEN) },

  updateOffer: { allowed: 'donor', outsider: 'otherDonor', allowedFrom: EDITABLE_OFFER_STATUSES },
  submitOffer: { allowed: 'donor', outsider: 'otherDonor', allowedFrom: from(OFFER_LIFE_CYCLE, OfferAction.SUBMIT) },
  returnOffer: { allowed: 'moderator', outsider: 'donor', allowedFrom: from(OFFER_LIFE_CYCLE, OfferAction.RETURN) },
  publishOffer: { allowed: 'moderator', outsider: 'donor', allowedFrom: from(OFFER_LIFE_CYCLE, OfferAction.PUBLISH) },
  withdrawOffer: { allowed: 'donor', outsider: 'otherDonor', allowedFrom: from(OFFER_LIFE_CYCLE, OfferAction.WITHDRAW) },
  reopenOffer: { allowed: 'donor', outsider: 'otherDonor', allowedFrom: from(OFFER_LIFE_CYCLE, OfferAction.REOPEN) },

  updateProposalDraft: { allowed: 'moderator', outsider: 'donor', allowedFrom: DRAFT_STATUSES },
  submitProposalForEndorsement: { allowed: 'moderator', outsider: 'npc', allowedFrom: from(PROPOSAL_LIFE_CYCLE, ProposalAction.SUBMIT_FOR_ENDORSEMENT) },
  endorseProposal: { allowed: 'npc', outsider: 'otherNpc', allowedFrom: from(PROPOSAL_LIFE_CYCLE, ProposalAction.ENDORSE_FOR_REVIEW) },
  returnProposal: { allowed: 'npc', outsider: 'otherNpc', allowedFrom: from(PROPOSAL_LIFE_CYCLE, ProposalAction.RETURN) },
  declineProposal: { allowed: 'npc', outsider: 'otherNpc', allowedFrom: from(PROPOSAL_LIFE_CYCLE, ProposalAction.DECLINE) },
  approveProposalReview: { allowed: 'reviewer', outsider: 'npc', allowedFrom: from(PROPOSAL_LIFE_CYCLE, ProposalAction.APPROVE_REVIEW) },
  returnProposalFromReview: { allowed: 'reviewer', outsider: 'npc', allowedFrom: from(PROPOSAL_LIFE_CYCLE, ProposalAction.RETURN_FROM_REVIEW) },
  startProposalImplementation: { allowed: 'npc', outsider: 'otherNpc', allowedFrom: from(PROPOSAL_LIFE_CYCLE, ProposalAction.START_IMPLEMENTATION) },
  completeProposal: {
    allowed: 'moderator',
    outsider: 'npc',
    allowedFrom: from(PROPOSAL_LIFE_CYCLE, ProposalAction.COMPLETE),
    beforeVersion: /Outcome reports are still due/,
  },
  closeProposal: { allowed: 'moderator', outsider: 'npc', allowedFrom: from(PROPOSAL_LIFE_CYCLE, ProposalAction.CLOSE) },
  holdProposal: { allowed: 'moderator', outsider: 'npc', allowedFrom: from(PROPOSAL_LIFE_CYCLE, ProposalAction.HOLD) },
  resumeProposal: { allowed: 'moderator', outsider: 'npc', allowedFrom: from(PROPOSAL_LIFE_CYCLE, ProposalAction.RESUME) },
  withdrawProposal: { allowed: 'npc', outsider: 'otherNpc', allowedFrom: from(PROPOSAL_LIFE_CYCLE, ProposalAction.WITHDRAW) },

  confirmMatch: { allowed: 'moderator', outsider: 'npc', allowedFrom: from(MATCH_LIFE_CYCLE, MatchAction.CONFIRM) },
  dismissMatch: { allowed: 'moderator', outsider: 'donor', allowedFrom: from(MATCH_LIFE_CYCLE, MatchAction.DISMISS) },
  acceptInterest: { allowed: 'npc', outsider: 'otherNpc', allowedFrom: from(MATCH_LIFE_CYCLE, MatchAction.ACCEPT_INTEREST) },
  declineInterest: { allowed: 'npc', outsider: 'otherNpc', allowedFrom: from(MATCH_LIFE_CYCLE, MatchAction.DECLINE_INTEREST) },

  pledgeContribution: { allowed: 'donor', outsider: 'otherDonor', allowedFrom: from(CONTRIBUTION_LIFE_CYCLE, ContributionAction.PLEDGE) },
  commitContribution: { allowed: 'donor', outsider: 'otherDonor', allowedFrom: from(CONTRIBUTION_LIFE_CYCLE, ContributionAction.COMMIT) },
  disburseContribution: { allowed: 'donor', outsider: 'otherDonor', allowedFrom: from(CONTRIBUTION_LIFE_CYCLE, ContributionAction.DISBURSE) },
  cancelContribution: { allowed: 'donor', outsider: 'otherDonor', allowedFrom: from(CONTRIBUTION_LIFE_CYCLE, ContributionAction.CANCEL) },

  updateStandingCriteria: { allowed: 'donor', outsider: 'otherDonor' },
};

/** Each record type: its id field, its table, every status it can be in, and how to read one. */
const SUBJECTS: Record<Subject, { idField: string; table: string; statuses: readonly string[]; read: string }> = {
  need: { idField: 'needId', table: 'need', statuses: Object.values(NeedStatus), read: 'query ($id: ID!) { need(id: $id) { id } }' },
  offer: { idField: 'offerId', table: 'offer', statuses: Object.values(OfferStatus), read: 'query ($id: ID!) { offer(id: $id) { id } }' },
  proposal: { idField: 'proposalId', table: 'proposal', statuses: Object.values(ProposalStatus), read: 'query ($id: ID!) { proposal(id: $id) { id } }' },
  match: { idField: 'matchId', table: 'match', statuses: Object.values(MatchStatus), read: 'query ($id: ID!) { match(id: $id) { id } }' },
  // A contribution is seen with its proposal.
  contribution: { idField: 'contributionId', table: 'contribution', statuses: Object.values(ContributionStatus), read: '' },
  criteria: { idField: 'criteriaId', table: 'standing_criteria', statuses: [], read: '' },
};

const schema = buildSchema(readFileSync(resolve(ROOT, 'schema.gql'), 'utf8'));

/** The mutations whose input carries an `expectedVersion`, with the input type, from schema.gql. */
function versionedMutations(): Map<string, GraphQLInputObjectType> {
  const found = new Map<string, GraphQLInputObjectType>();
  for (const field of Object.values(schema.getMutationType()!.getFields())) {
    for (const arg of field.args) {
      const type = getNamedType(arg.type);
      if (isInputObjectType(type) && 'expectedVersion' in type.getFields()) found.set(field.name, type);
    }
  }
  return found;
}

/** The batch moderations (a list of ids, an action, a reason), with the input type, from schema.gql. */
function batchModerations(): Map<string, GraphQLInputObjectType> {
  const found = new Map<string, GraphQLInputObjectType>();
  for (const field of Object.values(schema.getMutationType()!.getFields())) {
    const type = getNamedType(field.args.find((a) => a.name === 'input')?.type);
    if (!type || !isInputObjectType(type)) continue;
    const fields = type.getFields();
    if (fields.action && fields.reason && Object.keys(fields).some((f) => /Ids$/.test(f))) found.set(field.name, type);
  }
  return found;
}

function subjectOf(type: GraphQLInputObjectType): Subject {
  const fields = Object.keys(type.getFields());
  const subject = (Object.keys(SUBJECTS) as Subject[]).find((s) => fields.includes(SUBJECTS[s].idField));
  if (!subject) throw new Error(`${type.name}: no known record id among ${fields.join(', ')}`);
  return subject;
}

/** A complete input: the record, a wrong version, a reason where one is taken, a value for anything else required. */
function inputFor(type: GraphQLInputObjectType, subject: Subject, id: string, version: number): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    if (field.name === SUBJECTS[subject].idField) input[field.name] = id;
    else if (field.name === 'expectedVersion') input[field.name] = version;
    else if (field.name === 'reason') input[field.name] = 'Checking the order of refusals.';
    else if (isNonNullType(field.type) && field.defaultValue === undefined) input[field.name] = sample(field.type, `${type.name}.${field.name}`);
  }
  return input;
}

function sample(type: GraphQLInputType, where: string): unknown {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isScalarType(named) && named.name === 'String') return 'Checking the order of refusals';
  if (isScalarType(named) && named.name === 'Int') return 1;
  if (isScalarType(named) && named.name === 'Boolean') return false;
  throw new Error(`${where}: say what to send for a required ${named.name}`);
}

describe('errors come in order: visibility, permission, status, then version', () => {
  const mutations = versionedMutations();
  const batches = batchModerations();
  /** A second record of each kind, for batches. */
  const seconds = {} as Record<'need' | 'offer' | 'match', string>;
  const titles = {} as Record<string, string>;
  let t: TestApp;
  const tokens = {} as Record<Actor, string>;
  const records = {} as Record<Subject, string>;
  let proposalOfContribution: string;

  const setStatus = (subject: Subject, status: string) =>
    t.dataSource.query(`UPDATE "${SUBJECTS[subject].table}" SET status = $2 WHERE id = $1`, [records[subject], status]);
  const row = async (subject: Subject): Promise<{ version: number; status: string | null }> =>
    (
      await t.dataSource.query(
        `SELECT version, ${SUBJECTS[subject].statuses.length ? 'status' : 'NULL AS status'} FROM "${SUBJECTS[subject].table}" WHERE id = $1`,
        [records[subject]],
      )
    )[0];
  const visibleTo = async (subject: Subject, actor: Actor): Promise<boolean> => {
    const [query, id] = subject === 'contribution' ? [SUBJECTS.proposal.read, proposalOfContribution] : [SUBJECTS[subject].read, records[subject]];
    return errorCode(await t.gql(query, { id }, tokens[actor])) === undefined;
  };
  /** Sends the mutation with a version that is not the record's, and checks that nothing was written. */
  const attempt = async (name: string, actor: Actor): Promise<GraphQLResponse> => {
    const type = mutations.get(name)!;
    const subject = subjectOf(type);
    const before = await row(subject);
    const response = await t.gql(
      `mutation ($input: ${type.name}!) { ${name}(input: $input) { __typename } }`,
      {
        input: inputFor(type, subject, records[subject], before.version + 1000),
      },
      tokens[actor],
    );
    expect(await row(subject)).toEqual(before);
    return response;
  };
  const described = (name: string, status: string | null, actor: Actor, response: GraphQLResponse) =>
    `${name} by ${actor} on a ${status ?? 'record'}: ${errorCode(response)} ${response.errors?.[0]?.message ?? '(no error)'}`;

  beforeAll(async () => {
    t = await startTestApp();
    [tokens.npc, tokens.moderator, tokens.donor, tokens.reviewer] = await Promise.all([
      t.login('npc.ghana@example.org'),
      t.login('moderator@example.org'),
      t.login('donor.germany@example.org'),
      t.login('reviewer.unrec@example.org'),
    ]);
    tokens.otherNpc = await newNpcOf(t, 'KEN');
    tokens.otherDonor = (await newFoundationDonor(t, 'Order of Errors Foundation')).token;
    const germany = await organisationId(t, tokens.moderator, 'Germany');

    const need = await publishNeed(t, tokens.npc, tokens.moderator, { title: 'Order of errors: marking machines' });
    const offer = await publishOffer(t, tokens.donor, tokens.moderator, germany, { title: 'Order of errors: marking equipment' });
    records.need = need.id;
    records.offer = offer.id;
    const { expressInterest } = await ok(
      t.gql<{ expressInterest: { id: string } }>(
        'mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }',
        {
          input: { needId: need.id, offerId: offer.id },
        },
        tokens.donor,
      ),
    );
    records.match = expressInterest.id;
    const need2 = await publishNeed(t, tokens.npc, tokens.moderator, { title: 'Order of errors: training of armourers' });
    const offer2 = await publishOffer(t, tokens.donor, tokens.moderator, germany, { title: 'Order of errors: record-keeping software' });
    const second = await ok(
      t.gql<{ expressInterest: { id: string } }>(
        'mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }',
        {
          input: { needId: need2.id, offerId: offer.id },
        },
        tokens.donor,
      ),
    );
    Object.assign(seconds, { need: need2.id, offer: offer2.id, match: second.expressInterest.id });
    Object.assign(titles, {
      [need.id]: ['need "Order of errors: marking machines"'],
      [need2.id]: ['need "Order of errors: training of armourers"'],
      [offer.id]: ['offer "Order of errors: marking equipment"'],
      [offer2.id]: ['offer "Order of errors: record-keeping software"'],
      [records.match]: ['need "Order of errors: marking machines"', 'offer "Order of errors: marking equipment"'],
      [second.expressInterest.id]: ['need "Order of errors: training of armourers"', 'offer "Order of errors: marking equipment"'],
    });

    // With a technical review, so that the regional centre is a party and its reviewer acts on it.
    const proposal = await openProposal(
      t,
      { npc: tokens.npc, moderator: tokens.moderator },
      {
        title: 'Order of errors',
        technicalReview: true,
        reviewDeadline: '2027-03-31',
      },
    );
    await ok(
      t.gql(
        'mutation ($input: ProposalTransitionInput!) { approveProposalReview(input: $input) { id } }',
        { input: { proposalId: proposal.id } },
        tokens.reviewer,
      ),
    );
    records.proposal = proposal.id;
    // The ledger's records live on a proposal of their own, kept open for funding.
    const funded = await openProposal(t, { npc: tokens.npc, moderator: tokens.moderator }, { title: 'Order of errors: ledger' });
    proposalOfContribution = funded.id;
    const { recordContribution } = await ok(
      t.gql<{ recordContribution: { id: string } }>(
        'mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { id } }',
        {
          input: { proposalId: funded.id, organisationId: germany, status: 'INTENT', amount: '1000' },
        },
        tokens.donor,
      ),
    );
    records.contribution = recordContribution.id;
    const { createStandingCriteria } = await ok(
      t.gql<{ createStandingCriteria: { id: string } }>(
        'mutation ($input: CreateStandingCriteriaInput!) { createStandingCriteria(input: $input) { id } }',
        {
          input: { organisationId: germany, name: 'Order of errors', thematicAreas: ['MARKING'] },
        },
        tokens.donor,
      ),
    );
    records.criteria = createStandingCriteria.id;
  });
  afterAll(() => t?.close());

  it('covers every mutation that takes an expectedVersion', () => {
    expect(mutations.size).toBeGreaterThan(30);
    expect([...mutations.keys()].sort()).toEqual(Object.keys(RULES).sort());
  });

  it('refuses someone who may not make the change with FORBIDDEN or NOT_FOUND, in every status, whatever version they send', async () => {
    const wrong: string[] = [];
    for (const [name, rule] of Object.entries(RULES)) {
      const subject = subjectOf(mutations.get(name)!);
      for (const status of SUBJECTS[subject].statuses.length ? SUBJECTS[subject].statuses : [null]) {
        if (status) await setStatus(subject, status);
        const response = await attempt(name, rule.outsider);
        if (!['FORBIDDEN', 'NOT_FOUND'].includes(errorCode(response) ?? '')) wrong.push(described(name, status, rule.outsider, response));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('tells someone who may make the change that the status does not allow it, not that their version is stale', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [name, rule] of Object.entries(RULES)) {
      const subject = subjectOf(mutations.get(name)!);
      for (const status of SUBJECTS[subject].statuses.filter((s) => !rule.allowedFrom!.includes(s))) {
        await setStatus(subject, status);
        const response = await attempt(name, rule.allowed);
        const visible = await visibleTo(subject, rule.allowed);
        const right = visible
          ? errorCode(response) === 'CONFLICT' && new RegExp(`\\b${status}\\b`).test(response.errors![0].message) && !STALE.test(response.errors![0].message)
          : errorCode(response) === 'NOT_FOUND';
        if (!right) wrong.push(described(name, status, rule.allowed, response));
        if (visible) checked += 1;
      }
    }
    expect(wrong).toEqual([]);
    // Most of these are status conflicts, not records hidden from the actor.
    expect(checked).toBeGreaterThan(150);
  });

  it('still refuses a stale version from someone who may make the change, in a status that allows it', async () => {
    const wrong: string[] = [];
    for (const [name, rule] of Object.entries(RULES)) {
      const subject = subjectOf(mutations.get(name)!);
      const status = rule.allowedFrom?.[0] ?? null;
      if (status) await setStatus(subject, status);
      if (name === 'endorseProposal') {
        await t.dataSource.query('UPDATE proposal_party SET endorsed_at = NULL, endorsed_by_user_id = NULL WHERE proposal_id = $1', [records.proposal]);
      }
      const response = await attempt(name, rule.allowed);
      const message = response.errors?.[0]?.message ?? '';
      if (errorCode(response) !== 'CONFLICT' || !(rule.beforeVersion ?? STALE).test(message)) wrong.push(described(name, status, rule.allowed, response));
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a batch moderation without a required reason as BAD_USER_INPUT, naming each record by its title, all or nothing', async () => {
    const machines: Record<string, StateMachine<string, string>> = { need: NEED_LIFE_CYCLE, offer: OFFER_LIFE_CYCLE, match: MATCH_LIFE_CYCLE };
    let checked = 0;
    for (const [name, type] of batches) {
      const listField = Object.keys(type.getFields()).find((f) => /Ids$/.test(f))!;
      const subject = listField.replace(/Ids$/, '') as 'need' | 'offer' | 'match';
      const actions = getNamedType(type.getFields().action.type);
      if (!isEnumType(actions)) throw new Error(`${type.name}.action is not an enum`);
      for (const { value: action } of actions.getValues()) {
        const rule = machines[subject].rules.find((r) => r.action === action)!;
        if (!rule.requiresReason) continue;
        const ids = [records[subject], seconds[subject]];
        for (const id of ids) await t.dataSource.query(`UPDATE "${SUBJECTS[subject].table}" SET status = $2 WHERE id = $1`, [id, rule.from[0]]);
        for (const reason of [undefined, '   ']) {
          const response = await t.gql(
            `mutation ($input: ${type.name}!) { ${name}(input: $input) { __typename } }`,
            {
              input: { [listField]: ids, action, reason },
            },
            tokens.moderator,
          );
          const where = `${name} ${action} (reason ${JSON.stringify(reason)})`;
          expect([where, errorCode(response)]).toEqual([where, 'BAD_USER_INPUT']);
          const fields = response.errors![0].extensions!.fields as { field: string; message: string }[];
          expect(fields.map((f) => f.field)).toEqual([`input.${listField}[0]`, `input.${listField}[1]`]);
          ids.forEach((id, i) => {
            for (const title of titles[id]) {
              expect(fields[i].message).toContain(title);
              expect(response.errors![0].message).toContain(title);
            }
            expect(fields[i].message).toMatch(/reason/);
          });
          const statuses = await t.dataSource.query(`SELECT status FROM "${SUBJECTS[subject].table}" WHERE id = ANY($1::uuid[])`, [ids]);
          expect(statuses.map((r: { status: string }) => r.status)).toEqual([rule.from[0], rule.from[0]]);
          checked += 1;
        }
      }
    }
    expect(batches.size).toBe(3);
    expect(checked).toBe(6);
  });
});

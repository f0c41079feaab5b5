import { ConflictError, ForbiddenError, Role, type TransitionActor } from '#libs/core';
import {
  C,
  F,
  gridCases,
  isAllowed,
  itFollowsTheTable,
  itNeedsAReason,
  itNeedsNoReason,
  type Outcome,
} from '../../core/src/workflow/state-machine.fixtures.js';
import { OfferStatus as S } from './offer.enums.js';
import { EDITABLE_OFFER_STATUSES, OFFER_LIFE_CYCLE, OfferAction } from './offer.state-machine.js';

const ACTORS = {
  /** A donor of the organisation that made the offer. */
  ownDonor: { roles: [Role.DONOR], owns: true },
  /** A donor of another organisation. */
  otherDonor: { roles: [Role.DONOR], owns: false },
  moderator: { roles: [Role.UNODA_MODERATOR], owns: false },
  npc: { roles: [Role.NPC], owns: false },
  system: { system: true },
} satisfies Record<string, TransitionActor>;
type ActorName = keyof typeof ACTORS;
/** The order of the outcomes in each cell of EXPECTED. */
const ACTOR_ORDER: ActorName[] = ['ownDonor', 'otherDonor', 'moderator', 'npc', 'system'];

const ACTIONS: OfferAction[] = [
  OfferAction.SUBMIT,
  OfferAction.RETURN,
  OfferAction.PUBLISH,
  OfferAction.WITHDRAW,
  OfferAction.EXHAUST,
  OfferAction.REPLENISH,
  OfferAction.EXPIRE,
  OfferAction.REOPEN,
];

/**
 * Written by hand from the life cycle's rules: the organisation's donors submit (a draft or a
 * returned offer), withdraw (until published, included) and reopen (an expired offer, back to
 * moderation); UNODA moderators return and publish (a submitted offer); the system marks a
 * published offer exhausted or expired, and an exhausted one published again when a
 * cancelled commitment gives it something back. An actor who may never take the action is refused
 * (F, ForbiddenError) whatever the status; one who may, but not from this status, gets C
 * (ConflictError); otherwise the cell is the resulting status.
 * Per cell: own donor, other donor, moderator, NPC, system.
 */
const EXPECTED: Record<S, Record<OfferAction, readonly Outcome<S>[]>> = {
  DRAFT: {
    SUBMIT: [S.SUBMITTED, F, F, F, F],
    RETURN: [F, F, C, F, F],
    PUBLISH: [F, F, C, F, F],
    WITHDRAW: [S.WITHDRAWN, F, F, F, F],
    EXHAUST: [F, F, F, F, C],
    REPLENISH: [F, F, F, F, C],
    EXPIRE: [F, F, F, F, C],
    REOPEN: [C, F, F, F, F],
  },
  SUBMITTED: {
    SUBMIT: [C, F, F, F, F],
    RETURN: [F, F, S.RETURNED, F, F],
    PUBLISH: [F, F, S.PUBLISHED, F, F],
    WITHDRAW: [S.WITHDRAWN, F, F, F, F],
    EXHAUST: [F, F, F, F, C],
    REPLENISH: [F, F, F, F, C],
    EXPIRE: [F, F, F, F, C],
    REOPEN: [C, F, F, F, F],
  },
  RETURNED: {
    SUBMIT: [S.SUBMITTED, F, F, F, F],
    RETURN: [F, F, C, F, F],
    PUBLISH: [F, F, C, F, F],
    WITHDRAW: [S.WITHDRAWN, F, F, F, F],
    EXHAUST: [F, F, F, F, C],
    REPLENISH: [F, F, F, F, C],
    EXPIRE: [F, F, F, F, C],
    REOPEN: [C, F, F, F, F],
  },
  PUBLISHED: {
    SUBMIT: [C, F, F, F, F],
    RETURN: [F, F, C, F, F],
    PUBLISH: [F, F, C, F, F],
    WITHDRAW: [S.WITHDRAWN, F, F, F, F],
    EXHAUST: [F, F, F, F, S.EXHAUSTED],
    REPLENISH: [F, F, F, F, C],
    EXPIRE: [F, F, F, F, S.EXPIRED],
    REOPEN: [C, F, F, F, F],
  },
  EXHAUSTED: {
    SUBMIT: [C, F, F, F, F],
    RETURN: [F, F, C, F, F],
    PUBLISH: [F, F, C, F, F],
    WITHDRAW: [C, F, F, F, F],
    EXHAUST: [F, F, F, F, C],
    REPLENISH: [F, F, F, F, S.PUBLISHED],
    EXPIRE: [F, F, F, F, C],
    REOPEN: [C, F, F, F, F],
  },
  WITHDRAWN: {
    SUBMIT: [C, F, F, F, F],
    RETURN: [F, F, C, F, F],
    PUBLISH: [F, F, C, F, F],
    WITHDRAW: [C, F, F, F, F],
    EXHAUST: [F, F, F, F, C],
    REPLENISH: [F, F, F, F, C],
    EXPIRE: [F, F, F, F, C],
    REOPEN: [C, F, F, F, F],
  },
  EXPIRED: {
    SUBMIT: [C, F, F, F, F],
    RETURN: [F, F, C, F, F],
    PUBLISH: [F, F, C, F, F],
    WITHDRAW: [C, F, F, F, F],
    EXHAUST: [F, F, F, F, C],
    REPLENISH: [F, F, F, F, C],
    EXPIRE: [F, F, F, F, C],
    REOPEN: [S.SUBMITTED, F, F, F, F],
  },
};

const CASES = gridCases(Object.values(S), ACTIONS, ACTOR_ORDER, EXPECTED);

const REASON = 'Say which provinces the training covers.';

describe('OFFER_LIFE_CYCLE', () => {
  it('covers every status, action and actor (7 x 8 x 5)', () => {
    expect(Object.values(S)).toHaveLength(7);
    expect(Object.values(OfferAction)).toEqual(ACTIONS);
    expect(CASES).toHaveLength(280);
    expect(CASES.filter((c) => isAllowed(c.outcome))).toHaveLength(12);
  });

  itFollowsTheTable(OFFER_LIFE_CYCLE, ACTORS, CASES, REASON);

  it.each([
    [S.DRAFT, 'ownDonor', [OfferAction.SUBMIT, OfferAction.WITHDRAW]],
    [S.SUBMITTED, 'ownDonor', [OfferAction.WITHDRAW]],
    [S.SUBMITTED, 'moderator', [OfferAction.RETURN, OfferAction.PUBLISH]],
    [S.RETURNED, 'ownDonor', [OfferAction.SUBMIT, OfferAction.WITHDRAW]],
    [S.PUBLISHED, 'ownDonor', [OfferAction.WITHDRAW]],
    [S.PUBLISHED, 'moderator', []],
    [S.PUBLISHED, 'system', [OfferAction.EXHAUST, OfferAction.EXPIRE]],
    [S.EXPIRED, 'ownDonor', [OfferAction.REOPEN]],
    [S.EXHAUSTED, 'ownDonor', []],
    [S.EXHAUSTED, 'system', [OfferAction.REPLENISH]],
    [S.WITHDRAWN, 'ownDonor', []],
    [S.DRAFT, 'otherDonor', []],
    [S.SUBMITTED, 'npc', []],
  ] as const)('available() on a %s offer for %s is %j', (status, actor, actions) => {
    expect(OFFER_LIFE_CYCLE.available(status, ACTORS[actor])).toEqual(actions);
  });

  it('needs the DONOR role for the donor transitions, owning is not enough', () => {
    const owningNpc = { roles: [Role.NPC], owns: true };
    const owningModerator = { roles: [Role.UNODA_MODERATOR], owns: true };
    expect(() => OFFER_LIFE_CYCLE.apply(OfferAction.SUBMIT, S.DRAFT, owningNpc)).toThrow(ForbiddenError);
    expect(() => OFFER_LIFE_CYCLE.apply(OfferAction.WITHDRAW, S.PUBLISHED, owningModerator)).toThrow(ForbiddenError);
    expect(OFFER_LIFE_CYCLE.available(S.DRAFT, owningNpc)).toEqual([]);
  });

  it('gives the union of the actions of someone who is both donor of the organisation and moderator', () => {
    const both = { roles: [Role.DONOR, Role.UNODA_MODERATOR], owns: true };
    expect(OFFER_LIFE_CYCLE.available(S.SUBMITTED, both)).toEqual([OfferAction.RETURN, OfferAction.PUBLISH, OfferAction.WITHDRAW]);
    expect(OFFER_LIFE_CYCLE.apply(OfferAction.PUBLISH, S.SUBMITTED, both)).toBe(S.PUBLISHED);
  });

  it('names who may take an action when refusing it', () => {
    expect(() => OFFER_LIFE_CYCLE.apply(OfferAction.PUBLISH, S.SUBMITTED, ACTORS.ownDonor)).toThrow(/^Only UNODA_MODERATOR may publish/);
    expect(() => OFFER_LIFE_CYCLE.apply(OfferAction.SUBMIT, S.DRAFT, ACTORS.otherDonor)).toThrow(/^Only the owner's DONOR may submit/);
    expect(() => OFFER_LIFE_CYCLE.apply(OfferAction.EXHAUST, S.PUBLISHED, ACTORS.moderator)).toThrow(/^Only the system may exhaust/);
  });

  it('names the statuses an action starts from when in the wrong one', () => {
    expect(() => OFFER_LIFE_CYCLE.apply(OfferAction.WITHDRAW, S.EXPIRED, ACTORS.ownDonor)).toThrow(
      /that is EXPIRED; only one that is DRAFT or SUBMITTED or RETURNED or PUBLISHED\.$/,
    );
    expect(() => OFFER_LIFE_CYCLE.apply(OfferAction.REOPEN, S.PUBLISHED, ACTORS.ownDonor)).toThrow(/only one that is EXPIRED\.$/);
  });

  describe('RETURN', () => {
    itNeedsAReason(OFFER_LIFE_CYCLE, OfferAction.RETURN, S.SUBMITTED, ACTORS.moderator, 'is required to return an offer');

    it('returns a submitted offer with a reason', () => {
      expect(OFFER_LIFE_CYCLE.apply(OfferAction.RETURN, S.SUBMITTED, ACTORS.moderator, REASON)).toBe(S.RETURNED);
    });

    it('checks the role and the status before the reason', () => {
      expect(() => OFFER_LIFE_CYCLE.apply(OfferAction.RETURN, S.SUBMITTED, ACTORS.ownDonor)).toThrow(ForbiddenError);
      expect(() => OFFER_LIFE_CYCLE.apply(OfferAction.RETURN, S.PUBLISHED, ACTORS.moderator)).toThrow(ConflictError);
    });
  });

  itNeedsNoReason(OFFER_LIFE_CYCLE, ACTORS, [
    [OfferAction.SUBMIT, S.DRAFT, 'ownDonor', S.SUBMITTED],
    [OfferAction.PUBLISH, S.SUBMITTED, 'moderator', S.PUBLISHED],
    [OfferAction.WITHDRAW, S.PUBLISHED, 'ownDonor', S.WITHDRAWN],
    [OfferAction.EXHAUST, S.PUBLISHED, 'system', S.EXHAUSTED],
    [OfferAction.EXPIRE, S.PUBLISHED, 'system', S.EXPIRED],
    [OfferAction.REOPEN, S.EXPIRED, 'ownDonor', S.SUBMITTED],
  ]);
});

describe('EDITABLE_OFFER_STATUSES', () => {
  it('lets the donor edit a draft, a returned, a published or an expired offer', () => {
    expect([...EDITABLE_OFFER_STATUSES].sort()).toEqual([S.DRAFT, S.EXPIRED, S.PUBLISHED, S.RETURNED]);
  });

  it.each([S.SUBMITTED, S.EXHAUSTED, S.WITHDRAWN])('does not let anyone edit a %s offer', (status) => {
    expect(EDITABLE_OFFER_STATUSES.includes(status)).toBe(false);
  });
});

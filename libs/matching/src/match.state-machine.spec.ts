import { BadUserInputError, ConflictError, ForbiddenError, Role, type TransitionActor } from '#libs/core';
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
import { MatchStatus as S } from './match.enums.js';
import { ENGINE_STATUSES, MATCH_LIFE_CYCLE, MatchAction } from './match.state-machine.js';
import { DECIDED_STATUSES } from './scoring/planning.js';

const ACTORS = {
  /** A UNODA moderator (matchActor says "owns" for everyone; the moderator rules do not ask). */
  moderator: { roles: [Role.UNODA_MODERATOR], owns: true },
  /** A donor of the offer's organisation. */
  offerDonor: { roles: [Role.DONOR], owns: true },
  /** A donor of another organisation. */
  otherDonor: { roles: [Role.DONOR], owns: false },
  /** An NPC of the need's State. */
  needNpc: { roles: [Role.NPC], owns: true },
  /** An NPC of another State. */
  otherNpc: { roles: [Role.NPC], owns: false },
  system: { system: true },
} satisfies Record<string, TransitionActor>;
type ActorName = keyof typeof ACTORS;
/** The order of the outcomes in each cell of EXPECTED. */
const ACTOR_ORDER: ActorName[] = ['moderator', 'offerDonor', 'otherDonor', 'needNpc', 'otherNpc', 'system'];

const ACTIONS: MatchAction[] = [
  MatchAction.CONFIRM,
  MatchAction.DISMISS,
  MatchAction.EXPRESS_INTEREST,
  MatchAction.ACCEPT_INTEREST,
  MatchAction.DECLINE_INTEREST,
  MatchAction.SUGGEST,
  MatchAction.WITHDRAW,
];

/**
 * Written by hand from the life cycle's rules: UNODA moderators confirm a suggestion and dismiss
 * a suggestion or a confirmed match; the offer's donors express interest in any match that is not
 * already an interest; the need's State's NPCs accept or decline an expressed interest; the
 * system suggests (again) and withdraws. An actor who may never take the action is refused (F,
 * ForbiddenError) whatever the status; one who may, but not from this status, gets C
 * (ConflictError); otherwise the cell is the resulting status.
 * Per cell: moderator, offer's donor, other donor, need's NPC, other NPC, system.
 */
const EXPECTED: Record<S, Record<MatchAction, readonly Outcome<S>[]>> = {
  SUGGESTED: {
    CONFIRM: [S.CONFIRMED, F, F, F, F, F],
    DISMISS: [S.DISMISSED, F, F, F, F, F],
    EXPRESS_INTEREST: [F, S.INTEREST_EXPRESSED, F, F, F, F],
    ACCEPT_INTEREST: [F, F, F, C, F, F],
    DECLINE_INTEREST: [F, F, F, C, F, F],
    SUGGEST: [F, F, F, F, F, C],
    WITHDRAW: [F, F, F, F, F, S.WITHDRAWN],
  },
  CONFIRMED: {
    CONFIRM: [C, F, F, F, F, F],
    DISMISS: [S.DISMISSED, F, F, F, F, F],
    EXPRESS_INTEREST: [F, S.INTEREST_EXPRESSED, F, F, F, F],
    ACCEPT_INTEREST: [F, F, F, C, F, F],
    DECLINE_INTEREST: [F, F, F, C, F, F],
    SUGGEST: [F, F, F, F, F, C],
    WITHDRAW: [F, F, F, F, F, C],
  },
  DISMISSED: {
    CONFIRM: [C, F, F, F, F, F],
    DISMISS: [C, F, F, F, F, F],
    EXPRESS_INTEREST: [F, S.INTEREST_EXPRESSED, F, F, F, F],
    ACCEPT_INTEREST: [F, F, F, C, F, F],
    DECLINE_INTEREST: [F, F, F, C, F, F],
    SUGGEST: [F, F, F, F, F, S.SUGGESTED],
    WITHDRAW: [F, F, F, F, F, C],
  },
  WITHDRAWN: {
    CONFIRM: [C, F, F, F, F, F],
    DISMISS: [C, F, F, F, F, F],
    EXPRESS_INTEREST: [F, S.INTEREST_EXPRESSED, F, F, F, F],
    ACCEPT_INTEREST: [F, F, F, C, F, F],
    DECLINE_INTEREST: [F, F, F, C, F, F],
    SUGGEST: [F, F, F, F, F, S.SUGGESTED],
    WITHDRAW: [F, F, F, F, F, C],
  },
  INTEREST_EXPRESSED: {
    CONFIRM: [C, F, F, F, F, F],
    DISMISS: [C, F, F, F, F, F],
    EXPRESS_INTEREST: [F, C, F, F, F, F],
    ACCEPT_INTEREST: [F, F, F, S.INTEREST_ACCEPTED, F, F],
    DECLINE_INTEREST: [F, F, F, S.INTEREST_DECLINED, F, F],
    SUGGEST: [F, F, F, F, F, C],
    WITHDRAW: [F, F, F, F, F, C],
  },
  INTEREST_ACCEPTED: {
    CONFIRM: [C, F, F, F, F, F],
    DISMISS: [C, F, F, F, F, F],
    EXPRESS_INTEREST: [F, C, F, F, F, F],
    ACCEPT_INTEREST: [F, F, F, C, F, F],
    DECLINE_INTEREST: [F, F, F, C, F, F],
    SUGGEST: [F, F, F, F, F, C],
    WITHDRAW: [F, F, F, F, F, C],
  },
  INTEREST_DECLINED: {
    CONFIRM: [C, F, F, F, F, F],
    DISMISS: [C, F, F, F, F, F],
    EXPRESS_INTEREST: [F, C, F, F, F, F],
    ACCEPT_INTEREST: [F, F, F, C, F, F],
    DECLINE_INTEREST: [F, F, F, C, F, F],
    SUGGEST: [F, F, F, F, F, C],
    WITHDRAW: [F, F, F, F, F, C],
  },
};

const CASES = gridCases(Object.values(S), ACTIONS, ACTOR_ORDER, EXPECTED);

const REASON = 'The offer covers marking only; the need asks for destruction.';

describe('MATCH_LIFE_CYCLE', () => {
  it('covers every status, action and actor (7 x 7 x 6)', () => {
    expect(Object.values(S)).toHaveLength(7);
    expect(Object.values(MatchAction)).toEqual(ACTIONS);
    expect(CASES).toHaveLength(294);
    expect(CASES.filter((c) => isAllowed(c.outcome))).toHaveLength(12);
    expect(MATCH_LIFE_CYCLE.subject).toBe('match');
  });

  itFollowsTheTable(MATCH_LIFE_CYCLE, ACTORS, CASES, REASON);

  it.each([
    [S.SUGGESTED, 'moderator', [MatchAction.CONFIRM, MatchAction.DISMISS]],
    [S.CONFIRMED, 'moderator', [MatchAction.DISMISS]],
    [S.DISMISSED, 'moderator', []],
    [S.INTEREST_EXPRESSED, 'moderator', []],
    [S.SUGGESTED, 'offerDonor', [MatchAction.EXPRESS_INTEREST]],
    [S.WITHDRAWN, 'offerDonor', [MatchAction.EXPRESS_INTEREST]],
    [S.INTEREST_DECLINED, 'offerDonor', []],
    [S.SUGGESTED, 'otherDonor', []],
    [S.INTEREST_EXPRESSED, 'needNpc', [MatchAction.ACCEPT_INTEREST, MatchAction.DECLINE_INTEREST]],
    [S.INTEREST_EXPRESSED, 'otherNpc', []],
    [S.SUGGESTED, 'needNpc', []],
    [S.SUGGESTED, 'system', [MatchAction.WITHDRAW]],
    [S.DISMISSED, 'system', [MatchAction.SUGGEST]],
    [S.WITHDRAWN, 'system', [MatchAction.SUGGEST]],
    [S.CONFIRMED, 'system', []],
  ] as const)('available() on a %s match for %s is %j', (status, actor, actions) => {
    expect(MATCH_LIFE_CYCLE.available(status, ACTORS[actor])).toEqual(actions);
  });

  it('needs the right role, owning is not enough', () => {
    const owningNpc = { roles: [Role.NPC], owns: true };
    const owningDonor = { roles: [Role.DONOR], owns: true };
    const admin = { roles: [Role.ADMIN], owns: true };
    const reviewer = { roles: [Role.REGIONAL_REVIEWER], owns: true };
    expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.EXPRESS_INTEREST, S.SUGGESTED, owningNpc)).toThrow(ForbiddenError);
    expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.ACCEPT_INTEREST, S.INTEREST_EXPRESSED, owningDonor)).toThrow(ForbiddenError);
    expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.CONFIRM, S.SUGGESTED, admin)).toThrow(ForbiddenError);
    for (const status of Object.values(S)) {
      expect(MATCH_LIFE_CYCLE.available(status, admin)).toEqual([]);
      expect(MATCH_LIFE_CYCLE.available(status, reviewer)).toEqual([]);
      expect(MATCH_LIFE_CYCLE.available(status, { roles: [], owns: true })).toEqual([]);
    }
  });

  it('lets a moderator moderate without owning anything', () => {
    const moderator = { roles: [Role.UNODA_MODERATOR], owns: false };
    expect(MATCH_LIFE_CYCLE.apply(MatchAction.CONFIRM, S.SUGGESTED, moderator)).toBe(S.CONFIRMED);
    expect(MATCH_LIFE_CYCLE.apply(MatchAction.DISMISS, S.CONFIRMED, moderator, REASON)).toBe(S.DISMISSED);
  });

  it('gives the union of the actions of someone with several roles over the match', () => {
    const both = { roles: [Role.DONOR, Role.UNODA_MODERATOR], owns: true };
    expect(MATCH_LIFE_CYCLE.available(S.SUGGESTED, both)).toEqual([MatchAction.CONFIRM, MatchAction.DISMISS, MatchAction.EXPRESS_INTEREST]);
    const sides = { roles: [Role.NPC, Role.DONOR], owns: true };
    expect(MATCH_LIFE_CYCLE.available(S.INTEREST_EXPRESSED, sides)).toEqual([MatchAction.ACCEPT_INTEREST, MatchAction.DECLINE_INTEREST]);
    expect(MATCH_LIFE_CYCLE.available(S.CONFIRMED, sides)).toEqual([MatchAction.EXPRESS_INTEREST]);
  });

  it('never offers the engine actions to a person, nor a person action to the system', () => {
    for (const actor of ACTOR_ORDER.filter((a) => a !== 'system')) {
      for (const status of Object.values(S)) {
        const actions = MATCH_LIFE_CYCLE.available(status, ACTORS[actor]);
        expect(actions).not.toContain(MatchAction.SUGGEST);
        expect(actions).not.toContain(MatchAction.WITHDRAW);
      }
    }
    for (const status of Object.values(S)) {
      expect(MATCH_LIFE_CYCLE.available(status, ACTORS.system).every((a) => a === MatchAction.SUGGEST || a === MatchAction.WITHDRAW)).toBe(true);
    }
  });

  it('names who may take an action when refusing it', () => {
    expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.CONFIRM, S.SUGGESTED, ACTORS.offerDonor)).toThrow(/^Only UNODA_MODERATOR may confirm a match\.$/);
    expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.EXPRESS_INTEREST, S.SUGGESTED, ACTORS.otherDonor)).toThrow(/^Only the owner's DONOR may /);
    expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.ACCEPT_INTEREST, S.INTEREST_EXPRESSED, ACTORS.otherNpc)).toThrow(/^Only the owner's NPC may /);
    expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.WITHDRAW, S.SUGGESTED, ACTORS.moderator)).toThrow(/^Only the system may withdraw a match\.$/);
  });

  it('names the statuses an action starts from when in the wrong one', () => {
    expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.CONFIRM, S.DISMISSED, ACTORS.moderator)).toThrow(
      /^Cannot confirm a match that is DISMISSED; only one that is SUGGESTED\.$/,
    );
    expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.EXPRESS_INTEREST, S.INTEREST_ACCEPTED, ACTORS.offerDonor)).toThrow(
      /that is INTEREST_ACCEPTED; only one that is SUGGESTED or CONFIRMED or DISMISSED or WITHDRAWN\.$/,
    );
    expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.SUGGEST, S.CONFIRMED, ACTORS.system)).toThrow(/only one that is WITHDRAWN or DISMISSED\.$/);
  });

  it('refuses an unknown action as bad input', () => {
    expect(() => MATCH_LIFE_CYCLE.apply('MERGE' as MatchAction, S.SUGGESTED, ACTORS.moderator)).toThrow(BadUserInputError);
  });

  describe('DISMISS', () => {
    itNeedsAReason(MATCH_LIFE_CYCLE, MatchAction.DISMISS, S.SUGGESTED, ACTORS.moderator, 'is required to dismiss a match');

    it.each([S.SUGGESTED, S.CONFIRMED])('dismisses a %s match with a reason', (status) => {
      expect(MATCH_LIFE_CYCLE.apply(MatchAction.DISMISS, status, ACTORS.moderator, REASON)).toBe(S.DISMISSED);
    });

    it('checks the role and the status before the reason', () => {
      expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.DISMISS, S.SUGGESTED, ACTORS.offerDonor)).toThrow(ForbiddenError);
      expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.DISMISS, S.INTEREST_EXPRESSED, ACTORS.moderator)).toThrow(ConflictError);
    });
  });

  itNeedsNoReason(MATCH_LIFE_CYCLE, ACTORS, [
    [MatchAction.CONFIRM, S.SUGGESTED, 'moderator', S.CONFIRMED],
    [MatchAction.EXPRESS_INTEREST, S.DISMISSED, 'offerDonor', S.INTEREST_EXPRESSED],
    [MatchAction.ACCEPT_INTEREST, S.INTEREST_EXPRESSED, 'needNpc', S.INTEREST_ACCEPTED],
    [MatchAction.DECLINE_INTEREST, S.INTEREST_EXPRESSED, 'needNpc', S.INTEREST_DECLINED],
    [MatchAction.SUGGEST, S.DISMISSED, 'system', S.SUGGESTED],
    [MatchAction.WITHDRAW, S.SUGGESTED, 'system', S.WITHDRAWN],
  ]);
});

describe('ENGINE_STATUSES', () => {
  it('are the statuses the system moves from or to: SUGGESTED, WITHDRAWN and DISMISSED', () => {
    expect([...ENGINE_STATUSES].sort()).toEqual([S.DISMISSED, S.SUGGESTED, S.WITHDRAWN]);
    expect(new Set(ENGINE_STATUSES).size).toBe(ENGINE_STATUSES.length);
  });

  it('leave every status holding a decision to people: together with DECIDED_STATUSES they are all, without overlap', () => {
    for (const status of DECIDED_STATUSES) expect(ENGINE_STATUSES).not.toContain(status);
    expect([...ENGINE_STATUSES, ...DECIDED_STATUSES].sort()).toEqual(Object.values(S).sort());
  });
});

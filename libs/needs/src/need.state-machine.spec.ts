import { ConflictError, ForbiddenError, Role, type TransitionActor } from '#libs/core';
import { NeedStatus } from './need.enums.js';
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
import { EDITABLE_STATUSES, NEED_LIFE_CYCLE, NeedAction } from './need.state-machine.js';

const ACTORS = {
  ownNpc: { roles: [Role.NPC], owns: true },
  otherNpc: { roles: [Role.NPC], owns: false },
  moderator: { roles: [Role.UNODA_MODERATOR], owns: false },
  donor: { roles: [Role.DONOR], owns: false },
  system: { system: true },
} satisfies Record<string, TransitionActor>;
type ActorName = keyof typeof ACTORS;
/** The order of the letters in each cell of EXPECTED. */
const ACTOR_ORDER: ActorName[] = ['ownNpc', 'otherNpc', 'moderator', 'donor', 'system'];

const ACTIONS: NeedAction[] = [
  NeedAction.SUBMIT,
  NeedAction.RETURN,
  NeedAction.PUBLISH,
  NeedAction.CLOSE,
  NeedAction.WITHDRAW,
  NeedAction.EXPIRE,
  NeedAction.REOPEN,
  NeedAction.INCLUDE_IN_PROPOSAL,
  NeedAction.MARK_PARTIALLY_FUNDED,
  NeedAction.MARK_FUNDED,
  NeedAction.MARK_UNFUNDED,
  NeedAction.RELEASE,
  NeedAction.CLOSE_MET,
];

/** Where each action leads. */
const TARGET: Record<NeedAction, NeedStatus> = {
  SUBMIT: NeedStatus.SUBMITTED,
  RETURN: NeedStatus.RETURNED,
  PUBLISH: NeedStatus.PUBLISHED,
  CLOSE: NeedStatus.CLOSED,
  WITHDRAW: NeedStatus.WITHDRAWN,
  EXPIRE: NeedStatus.EXPIRED,
  REOPEN: NeedStatus.SUBMITTED,
  INCLUDE_IN_PROPOSAL: NeedStatus.IN_PROPOSAL,
  MARK_PARTIALLY_FUNDED: NeedStatus.PARTIALLY_FUNDED,
  MARK_FUNDED: NeedStatus.FUNDED,
  MARK_UNFUNDED: NeedStatus.IN_PROPOSAL,
  RELEASE: NeedStatus.PUBLISHED,
  CLOSE_MET: NeedStatus.CLOSED,
};

/**
 * Written by hand from the life cycle's rules: the owning State's NPCs submit (a draft or a
 * returned need), withdraw (until published), close (a published need) and reopen (an expired
 * one); UNODA moderators return and publish (a submitted need) and close (a published one); the
 * system expires (a published need) and follows its proposal: includes a published need, marks it
 * partially funded (from in proposal or funded), funded (from in proposal or partially funded),
 * unfunded (back to in proposal), releases it to the market, and closes a funded one as met. An
 * actor who may never take the action is refused (F, forbidden) whatever the status; one who may,
 * but not from this status, gets a conflict (C); A is allowed. Letters per cell: own NPC, other
 * NPC, moderator, donor, system.
 */
const PEOPLE = { SUBMIT: 'CFFFF', RETURN: 'FFCFF', PUBLISH: 'FFCFF', CLOSE: 'CFCFF', WITHDRAW: 'CFFFF', EXPIRE: 'FFFFC', REOPEN: 'CFFFF' };
const NO_PROPOSAL_STEP = {
  INCLUDE_IN_PROPOSAL: 'FFFFC',
  MARK_PARTIALLY_FUNDED: 'FFFFC',
  MARK_FUNDED: 'FFFFC',
  MARK_UNFUNDED: 'FFFFC',
  RELEASE: 'FFFFC',
  CLOSE_MET: 'FFFFC',
};
const EXPECTED: Record<NeedStatus, Record<NeedAction, string>> = {
  DRAFT: { ...NO_PROPOSAL_STEP, SUBMIT: 'AFFFF', RETURN: 'FFCFF', PUBLISH: 'FFCFF', CLOSE: 'CFCFF', WITHDRAW: 'AFFFF', EXPIRE: 'FFFFC', REOPEN: 'CFFFF' },
  SUBMITTED: { ...NO_PROPOSAL_STEP, SUBMIT: 'CFFFF', RETURN: 'FFAFF', PUBLISH: 'FFAFF', CLOSE: 'CFCFF', WITHDRAW: 'AFFFF', EXPIRE: 'FFFFC', REOPEN: 'CFFFF' },
  RETURNED: { ...NO_PROPOSAL_STEP, SUBMIT: 'AFFFF', RETURN: 'FFCFF', PUBLISH: 'FFCFF', CLOSE: 'CFCFF', WITHDRAW: 'AFFFF', EXPIRE: 'FFFFC', REOPEN: 'CFFFF' },
  PUBLISHED: {
    ...NO_PROPOSAL_STEP,
    SUBMIT: 'CFFFF',
    RETURN: 'FFCFF',
    PUBLISH: 'FFCFF',
    CLOSE: 'AFAFF',
    WITHDRAW: 'AFFFF',
    EXPIRE: 'FFFFA',
    REOPEN: 'CFFFF',
    INCLUDE_IN_PROPOSAL: 'FFFFA',
  },
  IN_PROPOSAL: { ...PEOPLE, ...NO_PROPOSAL_STEP, MARK_PARTIALLY_FUNDED: 'FFFFA', MARK_FUNDED: 'FFFFA', RELEASE: 'FFFFA' },
  PARTIALLY_FUNDED: { ...PEOPLE, ...NO_PROPOSAL_STEP, MARK_FUNDED: 'FFFFA', MARK_UNFUNDED: 'FFFFA', RELEASE: 'FFFFA' },
  FUNDED: { ...PEOPLE, ...NO_PROPOSAL_STEP, MARK_PARTIALLY_FUNDED: 'FFFFA', MARK_UNFUNDED: 'FFFFA', RELEASE: 'FFFFA', CLOSE_MET: 'FFFFA' },
  CLOSED: { ...PEOPLE, ...NO_PROPOSAL_STEP },
  WITHDRAWN: { ...PEOPLE, ...NO_PROPOSAL_STEP },
  EXPIRED: { ...PEOPLE, ...NO_PROPOSAL_STEP, REOPEN: 'AFFFF' },
};

/** A letter of EXPECTED as an outcome: A is the action's TARGET. */
const LETTER: Record<string, (action: NeedAction) => Outcome<NeedStatus>> = { A: (action) => TARGET[action], F: () => F, C: () => C };
const GRID = Object.fromEntries(
  Object.values(NeedStatus).map((status) => [
    status,
    Object.fromEntries(ACTIONS.map((action) => [action, [...EXPECTED[status][action]].map((letter) => LETTER[letter](action))])),
  ]),
) as Record<NeedStatus, Record<NeedAction, Outcome<NeedStatus>[]>>;
const CASES = gridCases(Object.values(NeedStatus), ACTIONS, ACTOR_ORDER, GRID);

const REASON = 'The budget needs a breakdown by activity.';

describe('NEED_LIFE_CYCLE', () => {
  it('covers every status, action and actor (10 x 13 x 5)', () => {
    expect(Object.values(NeedAction).sort()).toEqual([...ACTIONS].sort());
    expect(CASES).toHaveLength(650);
    expect(CASES.filter((c) => isAllowed(c.outcome))).toHaveLength(23);
    expect(new Set(Object.values(EXPECTED).flatMap((row) => Object.values(row).flatMap((cell) => [...cell])))).toEqual(new Set(['A', 'F', 'C']));
  });

  itFollowsTheTable(NEED_LIFE_CYCLE, ACTORS, CASES, REASON);

  it.each([
    [NeedStatus.DRAFT, NeedAction.SUBMIT, 'ownNpc', NeedStatus.SUBMITTED],
    [NeedStatus.RETURNED, NeedAction.SUBMIT, 'ownNpc', NeedStatus.SUBMITTED],
    [NeedStatus.SUBMITTED, NeedAction.RETURN, 'moderator', NeedStatus.RETURNED],
    [NeedStatus.SUBMITTED, NeedAction.PUBLISH, 'moderator', NeedStatus.PUBLISHED],
    [NeedStatus.PUBLISHED, NeedAction.CLOSE, 'ownNpc', NeedStatus.CLOSED],
    [NeedStatus.PUBLISHED, NeedAction.CLOSE, 'moderator', NeedStatus.CLOSED],
    [NeedStatus.DRAFT, NeedAction.WITHDRAW, 'ownNpc', NeedStatus.WITHDRAWN],
    [NeedStatus.SUBMITTED, NeedAction.WITHDRAW, 'ownNpc', NeedStatus.WITHDRAWN],
    [NeedStatus.RETURNED, NeedAction.WITHDRAW, 'ownNpc', NeedStatus.WITHDRAWN],
    [NeedStatus.PUBLISHED, NeedAction.WITHDRAW, 'ownNpc', NeedStatus.WITHDRAWN],
    [NeedStatus.PUBLISHED, NeedAction.EXPIRE, 'system', NeedStatus.EXPIRED],
    [NeedStatus.EXPIRED, NeedAction.REOPEN, 'ownNpc', NeedStatus.SUBMITTED],
  ] as const)('moves a %s need by %s (%s) to %s', (from, action, actor, to) => {
    expect(NEED_LIFE_CYCLE.apply(action, from, ACTORS[actor], REASON)).toBe(to);
  });

  it('names who may take an action when refusing it', () => {
    expect(() => NEED_LIFE_CYCLE.apply(NeedAction.PUBLISH, NeedStatus.SUBMITTED, ACTORS.ownNpc)).toThrow(ForbiddenError);
    expect(() => NEED_LIFE_CYCLE.apply(NeedAction.PUBLISH, NeedStatus.SUBMITTED, ACTORS.ownNpc)).toThrow('Only UNODA_MODERATOR may publish a need.');
    expect(() => NEED_LIFE_CYCLE.apply(NeedAction.SUBMIT, NeedStatus.DRAFT, ACTORS.otherNpc)).toThrow("Only the owner's NPC may submit a need.");
    expect(() => NEED_LIFE_CYCLE.apply(NeedAction.EXPIRE, NeedStatus.PUBLISHED, ACTORS.moderator)).toThrow('Only the system may expire a need.');
  });

  it('names the statuses an action starts from when in the wrong one', () => {
    expect(() => NEED_LIFE_CYCLE.apply(NeedAction.SUBMIT, NeedStatus.PUBLISHED, ACTORS.ownNpc)).toThrow(
      'Cannot submit a need that is PUBLISHED; only one that is DRAFT or RETURNED.',
    );
  });

  describe('RETURN', () => {
    itNeedsAReason(NEED_LIFE_CYCLE, NeedAction.RETURN, NeedStatus.SUBMITTED, ACTORS.moderator, 'is required to return a need');

    it('returns a submitted need with a reason', () => {
      expect(NEED_LIFE_CYCLE.apply(NeedAction.RETURN, NeedStatus.SUBMITTED, ACTORS.moderator, REASON)).toBe(NeedStatus.RETURNED);
    });

    it('checks the role and the status before the reason', () => {
      expect(() => NEED_LIFE_CYCLE.apply(NeedAction.RETURN, NeedStatus.SUBMITTED, ACTORS.ownNpc)).toThrow(ForbiddenError);
      expect(() => NEED_LIFE_CYCLE.apply(NeedAction.RETURN, NeedStatus.DRAFT, ACTORS.moderator)).toThrow(ConflictError);
    });
  });

  // Every step the table allows but RETURN, taken without a reason (none, or null).
  const WITHOUT_REASON = CASES.filter((c) => isAllowed(c.outcome) && c.action !== NeedAction.RETURN);
  it('takes every action but RETURN without a reason', () => {
    expect(new Set(WITHOUT_REASON.map((c) => c.action))).toEqual(new Set(ACTIONS.filter((a) => a !== NeedAction.RETURN)));
  });
  itNeedsNoReason(
    NEED_LIFE_CYCLE,
    ACTORS,
    WITHOUT_REASON.map((c) => [c.action, c.status, c.actor, c.outcome as NeedStatus] as const),
  );

  it('lets an actor with several roles take what each role allows', () => {
    const both = { roles: [Role.NPC, Role.UNODA_MODERATOR], owns: true };
    expect(NEED_LIFE_CYCLE.available(NeedStatus.SUBMITTED, both).sort()).toEqual([NeedAction.PUBLISH, NeedAction.RETURN, NeedAction.WITHDRAW]);
  });

  it('lets the State edit drafts, returned and published needs only', () => {
    expect([...EDITABLE_STATUSES].sort()).toEqual([NeedStatus.DRAFT, NeedStatus.PUBLISHED, NeedStatus.RETURNED]);
  });
});

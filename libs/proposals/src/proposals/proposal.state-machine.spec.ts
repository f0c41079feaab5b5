import { ForbiddenError, Role, type TransitionActor } from '#libs/core';
import { allowedCases, itFollowsTheTable, itNeedsAReason } from '../../../core/src/workflow/state-machine.fixtures.js';
import { ProposalStatus as S } from './proposal.enums.js';
import { PROPOSAL_LIFE_CYCLE, ProposalAction as A } from './proposal.state-machine.js';

const ACTORS = {
  moderator: { roles: [Role.UNODA_MODERATOR], owns: true },
  /** An NPC of a requesting State. */
  stateNpc: { roles: [Role.NPC], owns: true },
  /** A reviewer of the proposal's regional centre. */
  centreReviewer: { roles: [Role.REGIONAL_REVIEWER], owns: true },
  donor: { roles: [Role.DONOR], owns: true },
  system: { system: true },
} satisfies Record<string, TransitionActor>;
type Actor = keyof typeof ACTORS;

const FUNDING = [S.OPEN_FOR_FUNDING, S.UNDER_NEGOTIATION, S.PARTIALLY_FUNDED, S.FUNDED];
const rows = (action: A, from: S[], by: Actor[], to: S): [A, S, Actor, S][] => from.flatMap((f) => by.map((b): [A, S, Actor, S] => [action, f, b, to]));

/**
 * Written by hand from docs/PROPOSALS.md: every (action, from, actor) that succeeds and where it
 * leads; everything else is refused.
 */
const ALLOWED: [A, S, Actor, S][] = [
  ...rows(A.SUBMIT_FOR_ENDORSEMENT, [S.DRAFT, S.RETURNED], ['moderator'], S.AWAITING_ENDORSEMENT),
  ...rows(A.ENDORSE, [S.AWAITING_ENDORSEMENT], ['stateNpc'], S.OPEN_FOR_FUNDING),
  ...rows(A.ENDORSE_FOR_REVIEW, [S.AWAITING_ENDORSEMENT], ['stateNpc'], S.TECHNICAL_REVIEW),
  ...rows(A.RETURN, [S.AWAITING_ENDORSEMENT], ['stateNpc'], S.RETURNED),
  ...rows(A.DECLINE, [S.AWAITING_ENDORSEMENT], ['stateNpc'], S.DECLINED),
  ...rows(A.APPROVE_REVIEW, [S.TECHNICAL_REVIEW], ['centreReviewer'], S.OPEN_FOR_FUNDING),
  ...rows(A.RETURN_FROM_REVIEW, [S.TECHNICAL_REVIEW], ['centreReviewer'], S.RETURNED),
  ...rows(A.LAPSE_REVIEW, [S.TECHNICAL_REVIEW], ['system'], S.OPEN_FOR_FUNDING),
  ...rows(A.START_NEGOTIATION, [S.OPEN_FOR_FUNDING], ['system'], S.UNDER_NEGOTIATION),
  ...rows(A.MARK_PARTIALLY_FUNDED, [S.OPEN_FOR_FUNDING, S.UNDER_NEGOTIATION, S.FUNDED], ['system'], S.PARTIALLY_FUNDED),
  ...rows(A.MARK_FUNDED, [S.OPEN_FOR_FUNDING, S.UNDER_NEGOTIATION, S.PARTIALLY_FUNDED], ['system'], S.FUNDED),
  ...rows(A.MARK_UNFUNDED, [S.PARTIALLY_FUNDED, S.FUNDED], ['system'], S.OPEN_FOR_FUNDING),
  ...rows(A.START_IMPLEMENTATION, [S.FUNDED], ['moderator', 'stateNpc'], S.IN_IMPLEMENTATION),
  ...rows(A.COMPLETE, [S.IN_IMPLEMENTATION], ['moderator'], S.COMPLETED),
  ...rows(A.CLOSE, [S.COMPLETED], ['moderator'], S.CLOSED),
  ...rows(
    A.WITHDRAW,
    [S.DRAFT, S.AWAITING_ENDORSEMENT, S.RETURNED, S.TECHNICAL_REVIEW, S.OPEN_FOR_FUNDING, S.UNDER_NEGOTIATION, S.PARTIALLY_FUNDED, S.ON_HOLD],
    ['moderator', 'stateNpc'],
    S.WITHDRAWN,
  ),
  ...rows(A.HOLD, FUNDING, ['moderator'], S.ON_HOLD),
  ...rows(A.RESUME, [S.ON_HOLD], ['moderator'], S.OPEN_FOR_FUNDING),
  ...rows(A.EXPIRE, [S.OPEN_FOR_FUNDING, S.UNDER_NEGOTIATION, S.PARTIALLY_FUNDED], ['system'], S.EXPIRED),
];

const CASES = allowedCases(Object.values(S), Object.values(A), Object.keys(ACTORS) as Actor[], ALLOWED);

describe('PROPOSAL_LIFE_CYCLE', () => {
  it('covers 19 actions, 15 statuses and 5 actors', () => {
    expect(CASES).toHaveLength(19 * 15 * 5);
  });

  itFollowsTheTable(PROPOSAL_LIFE_CYCLE, ACTORS, CASES, 'Because the meeting said so.');

  it('an NPC of another State or a reviewer of another centre holds no role here', () => {
    const otherNpc = { roles: [Role.NPC], owns: false };
    expect(() => PROPOSAL_LIFE_CYCLE.apply(A.ENDORSE, S.AWAITING_ENDORSEMENT, otherNpc)).toThrow(ForbiddenError);
    expect(() => PROPOSAL_LIFE_CYCLE.apply(A.APPROVE_REVIEW, S.TECHNICAL_REVIEW, { roles: [Role.REGIONAL_REVIEWER], owns: false })).toThrow(ForbiddenError);
  });

  for (const action of [A.RETURN, A.DECLINE, A.RETURN_FROM_REVIEW, A.WITHDRAW, A.HOLD]) {
    const rule = PROPOSAL_LIFE_CYCLE.rules.find((r) => r.action === action)!;
    const actor = rule.by.includes('SYSTEM') ? ACTORS.system : { roles: rule.by.map((p) => (p === 'SYSTEM' ? Role.ADMIN : p.role)), owns: true };
    itNeedsAReason(PROPOSAL_LIFE_CYCLE, action, rule.from[0], actor);
  }
});

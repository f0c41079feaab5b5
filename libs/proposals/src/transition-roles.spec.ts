import 'reflect-metadata';
import { ROLES_KEY, Role, transitionRoles } from '#libs/core';
import { CONTRIBUTION_LIFE_CYCLE, ContributionAction } from './funding/contribution.state-machine.js';
import { FundingResolver } from './funding/funding.resolver.js';
import { OUTCOME_STEP } from './meetings/meeting.enums.js';
import { MeetingsResolver } from './meetings/meetings.resolver.js';
import { PROPOSAL_LIFE_CYCLE, ProposalAction as P } from './proposals/proposal.state-machine.js';
import { ProposalsResolver } from './proposals/proposals.resolver.js';

/** The roles the guard asks for a resolver method (its @Roles). */
const rolesOf = (resolver: { prototype: object }, method: string): Role[] | undefined =>
  Reflect.getMetadata(ROLES_KEY, (resolver.prototype as Record<string, object>)[method]);

/** Every mutation that exists to take a step of a life cycle, and the steps it takes. */
const PROPOSAL_STEPS: [string, P[]][] = [
  ['submitProposalForEndorsement', [P.SUBMIT_FOR_ENDORSEMENT]],
  ['endorseProposal', [P.ENDORSE, P.ENDORSE_FOR_REVIEW]],
  ['returnProposal', [P.RETURN]],
  ['declineProposal', [P.DECLINE]],
  ['approveProposalReview', [P.APPROVE_REVIEW]],
  ['returnProposalFromReview', [P.RETURN_FROM_REVIEW]],
  ['withdrawProposal', [P.WITHDRAW]],
  ['holdProposal', [P.HOLD]],
  ['resumeProposal', [P.RESUME]],
  ['startProposalImplementation', [P.START_IMPLEMENTATION]],
  ['closeProposal', [P.CLOSE]],
];
const CONTRIBUTION_STEPS: [string, ContributionAction[]][] = [
  ['pledgeContribution', [ContributionAction.PLEDGE]],
  ['commitContribution', [ContributionAction.COMMIT]],
  ['disburseContribution', [ContributionAction.DISBURSE]],
  ['cancelContribution', [ContributionAction.CANCEL]],
];

describe("@Roles of the proposals' transition mutations: the life cycles' `by:` lists are the source", () => {
  it.each(PROPOSAL_STEPS)('%s asks for the roles the proposal life cycle lets take its steps', (method, actions) => {
    expect(rolesOf(ProposalsResolver, method)).toEqual(transitionRoles(PROPOSAL_LIFE_CYCLE, ...actions));
  });

  it('completeProposal asks for the roles that may complete a proposal', () => {
    expect(rolesOf(FundingResolver, 'completeProposal')).toEqual(transitionRoles(PROPOSAL_LIFE_CYCLE, P.COMPLETE));
  });

  it.each(CONTRIBUTION_STEPS)('%s asks for the roles the contribution life cycle lets take its step', (method, actions) => {
    expect(rolesOf(FundingResolver, method)).toEqual(transitionRoles(CONTRIBUTION_LIFE_CYCLE, ...actions));
  });

  it("recordMeetingOutcome (UNODA's) asks for no role the life cycle would refuse for the steps an outcome takes", () => {
    const permitted = transitionRoles(PROPOSAL_LIFE_CYCLE, ...Object.values(OUTCOME_STEP));
    expect(rolesOf(MeetingsResolver, 'recordMeetingOutcome')).toEqual([Role.UNODA_MODERATOR]);
    expect(permitted).toEqual(expect.arrayContaining(rolesOf(MeetingsResolver, 'recordMeetingOutcome')!));
  });
});

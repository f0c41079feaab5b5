import { Role, transitionRoles } from '#libs/core';
import { itAsksTheRolesOfItsSteps, rolesOf, type TransitionSteps } from '../../core/src/workflow/transition-roles.fixtures.js';
import { CONTRIBUTION_LIFE_CYCLE, ContributionAction } from './funding/contribution.state-machine.js';
import { FundingResolver } from './funding/funding.resolver.js';
import { OUTCOME_STEP } from './meetings/meeting.enums.js';
import { MeetingsResolver } from './meetings/meetings.resolver.js';
import { PROPOSAL_LIFE_CYCLE, ProposalAction as P } from './proposals/proposal.state-machine.js';
import { ProposalsResolver } from './proposals/proposals.resolver.js';

/** Every mutation that exists to take a step of a life cycle, and the steps it takes. */
const PROPOSAL_STEPS: TransitionSteps<P> = [
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
const CONTRIBUTION_STEPS: TransitionSteps<ContributionAction> = [
  ['pledgeContribution', [ContributionAction.PLEDGE]],
  ['commitContribution', [ContributionAction.COMMIT]],
  ['disburseContribution', [ContributionAction.DISBURSE]],
  ['cancelContribution', [ContributionAction.CANCEL]],
];

describe("@Roles of the proposals' transition mutations: the life cycles' `by:` lists are the source", () => {
  itAsksTheRolesOfItsSteps(ProposalsResolver, PROPOSAL_LIFE_CYCLE, PROPOSAL_STEPS);

  itAsksTheRolesOfItsSteps(FundingResolver, PROPOSAL_LIFE_CYCLE, [['completeProposal', [P.COMPLETE]]]);

  itAsksTheRolesOfItsSteps(FundingResolver, CONTRIBUTION_LIFE_CYCLE, CONTRIBUTION_STEPS);

  it("recordMeetingOutcome (UNODA's) asks for no role the life cycle would refuse for the steps an outcome takes", () => {
    const permitted = transitionRoles(PROPOSAL_LIFE_CYCLE, ...Object.values(OUTCOME_STEP));
    expect(rolesOf(MeetingsResolver, 'recordMeetingOutcome')).toEqual([Role.UNODA_MODERATOR]);
    expect(permitted).toEqual(expect.arrayContaining(rolesOf(MeetingsResolver, 'recordMeetingOutcome')!));
  });
});

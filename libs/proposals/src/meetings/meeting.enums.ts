import { registerEnumType } from '@nestjs/graphql';
import { ProposalAction } from '../proposals/proposal.state-machine.js';

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  /** It took place: its agenda and outcomes are the record. */
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });

/** The proposal steps a meeting's outcome may take (UNODA records them). */
export enum MeetingOutcomeAction {
  HOLD = 'HOLD',
  RESUME = 'RESUME',
  WITHDRAW = 'WITHDRAW',
  START_IMPLEMENTATION = 'START_IMPLEMENTATION',
}
registerEnumType(MeetingOutcomeAction, { name: 'MeetingOutcomeAction' });

export const OUTCOME_STEP: Record<MeetingOutcomeAction, ProposalAction> = {
  [MeetingOutcomeAction.HOLD]: ProposalAction.HOLD,
  [MeetingOutcomeAction.RESUME]: ProposalAction.RESUME,
  [MeetingOutcomeAction.WITHDRAW]: ProposalAction.WITHDRAW,
  [MeetingOutcomeAction.START_IMPLEMENTATION]: ProposalAction.START_IMPLEMENTATION,
};

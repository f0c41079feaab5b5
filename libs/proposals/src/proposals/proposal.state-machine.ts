import { registerEnumType } from '@nestjs/graphql';
import { Role, StateMachine } from '#libs/core';
import { ProposalStatus as S } from './proposal.enums.js';

export enum ProposalAction {
  SUBMIT_FOR_ENDORSEMENT = 'SUBMIT_FOR_ENDORSEMENT',
  /** The last requesting State's endorsement, without a technical review. */
  ENDORSE = 'ENDORSE',
  /** The last requesting State's endorsement, when a technical review is asked for. */
  ENDORSE_FOR_REVIEW = 'ENDORSE_FOR_REVIEW',
  RETURN = 'RETURN',
  DECLINE = 'DECLINE',
  APPROVE_REVIEW = 'APPROVE_REVIEW',
  RETURN_FROM_REVIEW = 'RETURN_FROM_REVIEW',
  /** The system: the review deadline passed without a review. */
  LAPSE_REVIEW = 'LAPSE_REVIEW',
  /** The system: a party proposed a revision. */
  START_NEGOTIATION = 'START_NEGOTIATION',
  /** The system, following the ledger: some, all or none of the target committed. */
  MARK_PARTIALLY_FUNDED = 'MARK_PARTIALLY_FUNDED',
  MARK_FUNDED = 'MARK_FUNDED',
  MARK_UNFUNDED = 'MARK_UNFUNDED',
  START_IMPLEMENTATION = 'START_IMPLEMENTATION',
  COMPLETE = 'COMPLETE',
  CLOSE = 'CLOSE',
  WITHDRAW = 'WITHDRAW',
  HOLD = 'HOLD',
  RESUME = 'RESUME',
  EXPIRE = 'EXPIRE',
}
registerEnumType(ProposalAction, { name: 'ProposalAction' });

const MODERATOR = { role: Role.UNODA_MODERATOR } as const;
/** An NPC of a requesting State. */
const STATE_NPC = { role: Role.NPC, ownOnly: true } as const;
/** A reviewer of the proposal's regional centre. */
const CENTRE_REVIEWER = { role: Role.REGIONAL_REVIEWER, ownOnly: true } as const;

/** Funding statuses: the ledger moves a proposal among them (see ProposalsService.syncFunding). */
export const FUNDING_STATUSES: readonly S[] = [S.OPEN_FOR_FUNDING, S.UNDER_NEGOTIATION, S.PARTIALLY_FUNDED, S.FUNDED];

/**
 * The life cycle of a proposal (docs/PROPOSALS.md). UNODA compiles and submits it; each
 * requesting State endorses, returns or declines it; the regional centre reviews it when asked;
 * donors fund it through the ledger, which moves it between the funding statuses; UNODA starts
 * implementation (or the State), completes it once every outcome report is in, and closes it.
 */
export const PROPOSAL_LIFE_CYCLE = new StateMachine<S, ProposalAction>('proposal', [
  {
    action: ProposalAction.SUBMIT_FOR_ENDORSEMENT,
    from: [S.DRAFT, S.RETURNED],
    to: S.AWAITING_ENDORSEMENT,
    by: [MODERATOR],
    describedAs: 'submit for endorsement',
  },
  { action: ProposalAction.ENDORSE, from: [S.AWAITING_ENDORSEMENT], to: S.OPEN_FOR_FUNDING, by: [STATE_NPC] },
  { action: ProposalAction.ENDORSE_FOR_REVIEW, from: [S.AWAITING_ENDORSEMENT], to: S.TECHNICAL_REVIEW, by: [STATE_NPC], describedAs: 'endorse' },
  { action: ProposalAction.RETURN, from: [S.AWAITING_ENDORSEMENT], to: S.RETURNED, by: [STATE_NPC], requiresReason: true },
  { action: ProposalAction.DECLINE, from: [S.AWAITING_ENDORSEMENT], to: S.DECLINED, by: [STATE_NPC], requiresReason: true },
  { action: ProposalAction.APPROVE_REVIEW, from: [S.TECHNICAL_REVIEW], to: S.OPEN_FOR_FUNDING, by: [CENTRE_REVIEWER], describedAs: 'approve the review of' },
  {
    action: ProposalAction.RETURN_FROM_REVIEW,
    from: [S.TECHNICAL_REVIEW],
    to: S.RETURNED,
    by: [CENTRE_REVIEWER],
    requiresReason: true,
    describedAs: 'return from review',
  },
  { action: ProposalAction.LAPSE_REVIEW, from: [S.TECHNICAL_REVIEW], to: S.OPEN_FOR_FUNDING, by: ['SYSTEM'], describedAs: 'lapse the review of' },
  { action: ProposalAction.START_NEGOTIATION, from: [S.OPEN_FOR_FUNDING], to: S.UNDER_NEGOTIATION, by: ['SYSTEM'], describedAs: 'start negotiating' },
  {
    action: ProposalAction.MARK_PARTIALLY_FUNDED,
    from: [S.OPEN_FOR_FUNDING, S.UNDER_NEGOTIATION, S.FUNDED],
    to: S.PARTIALLY_FUNDED,
    by: ['SYSTEM'],
  },
  { action: ProposalAction.MARK_FUNDED, from: [S.OPEN_FOR_FUNDING, S.UNDER_NEGOTIATION, S.PARTIALLY_FUNDED], to: S.FUNDED, by: ['SYSTEM'] },
  { action: ProposalAction.MARK_UNFUNDED, from: [S.PARTIALLY_FUNDED, S.FUNDED], to: S.OPEN_FOR_FUNDING, by: ['SYSTEM'] },
  { action: ProposalAction.START_IMPLEMENTATION, from: [S.FUNDED], to: S.IN_IMPLEMENTATION, by: [MODERATOR, STATE_NPC] },
  { action: ProposalAction.COMPLETE, from: [S.IN_IMPLEMENTATION], to: S.COMPLETED, by: [MODERATOR] },
  { action: ProposalAction.CLOSE, from: [S.COMPLETED], to: S.CLOSED, by: [MODERATOR] },
  {
    action: ProposalAction.WITHDRAW,
    from: [S.DRAFT, S.AWAITING_ENDORSEMENT, S.RETURNED, S.TECHNICAL_REVIEW, S.OPEN_FOR_FUNDING, S.UNDER_NEGOTIATION, S.PARTIALLY_FUNDED, S.ON_HOLD],
    to: S.WITHDRAWN,
    by: [MODERATOR, STATE_NPC],
    requiresReason: true,
  },
  { action: ProposalAction.HOLD, from: [...FUNDING_STATUSES], to: S.ON_HOLD, by: [MODERATOR], requiresReason: true },
  // Back to open; the ledger then puts it where its commitments say (see syncFunding).
  { action: ProposalAction.RESUME, from: [S.ON_HOLD], to: S.OPEN_FOR_FUNDING, by: [MODERATOR] },
  { action: ProposalAction.EXPIRE, from: [S.OPEN_FOR_FUNDING, S.UNDER_NEGOTIATION, S.PARTIALLY_FUNDED], to: S.EXPIRED, by: ['SYSTEM'] },
]);

/** Statuses in which UNODA may still edit the draft (content and first budget). */
export const DRAFT_STATUSES: readonly S[] = [S.DRAFT, S.RETURNED];

/** Statuses in which a proposal is over: its needs go back to the market unless it was completed. */
export const ENDED_STATUSES: readonly S[] = [S.CLOSED, S.WITHDRAWN, S.DECLINED, S.EXPIRED];

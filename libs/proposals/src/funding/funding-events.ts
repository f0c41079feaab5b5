import type { ProposalEventBase } from '../proposals/proposal-events.js';
import type { ContributionStatus } from './contribution.enums.js';
import type { ContributionAction } from './contribution.state-machine.js';

/** The event type of a step of a contribution: `contribution.<action>`, in lower case. */
export type ContributionStepEvent<A extends ContributionAction = ContributionAction> = `contribution.${Lowercase<`${A}`>}`;

/** Event types of the funding, as written to the outbox. */
export const FUNDING_EVENTS = {
  recorded: 'contribution.recorded',
  transition: <A extends ContributionAction>(action: A) => `contribution.${action.toLowerCase()}` as ContributionStepEvent<A>,
  redirected: 'contribution.redirected',
  outcomeReported: 'proposal.outcome_reported',
} as const;

export const REVISION_EVENTS = {
  agreed: 'proposal.revision_agreed',
} as const;

/** What every event of a contribution carries: its proposal, donor, status and money. */
export interface ContributionEventBase {
  proposalId: string;
  reference: string;
  organisationId: string;
  status: ContributionStatus;
  amount: string;
  currency: string;
}

/** The payload of each event type of the funding. */
export type FundingEventPayloads = {
  'contribution.recorded': ContributionEventBase;
  /** Recorded on the proposal it was moved to; the contribution it replaces, cancelled. */
  'contribution.redirected': ContributionEventBase & { fromProposalId: string; fromContributionId: string };
  /** An outcome report (aggregate: the proposal), by a party's organisation. */
  'proposal.outcome_reported': ProposalEventBase & { organisationId: string; reportId: string };
  /** A revision (its number) agreed by all who must accept it (aggregate: the proposal). */
  'proposal.revision_agreed': ProposalEventBase & { revision: number };
} & { [T in ContributionStepEvent]: ContributionEventBase & { from: ContributionStatus; to: ContributionStatus; reason?: string } };

import type { TypedEvent } from '#libs/core';
import type { ProposalStatus } from './proposal.enums.js';
import type { ProposalAction } from './proposal.state-machine.js';

/** The event type of a step of a proposal's life cycle: `proposal.<action>`, in lower case. */
export type ProposalStepEvent<A extends ProposalAction = ProposalAction> = `proposal.${Lowercase<`${A}`>}`;

/** Event types of proposals written by ProposalsService, as written to the outbox. */
export const PROPOSAL_EVENTS = {
  created: 'proposal.created',
  changed: 'proposal.changed',
  endorsed: 'proposal.endorsed',
  partyAdded: 'proposal.party_added',
  documentAdded: 'proposal.document_added',
  transition: <A extends ProposalAction>(action: A) => `proposal.${action.toLowerCase()}` as ProposalStepEvent<A>,
} as const;

/** Event types of ProposalDeadlinesTask. */
export const DEADLINE_EVENTS = {
  /** A donor with open intents or pledges on an expired proposal is asked whether to redirect them. */
  redirectPledges: 'proposal.pledges_to_redirect',
} as const;

/** What every event of a proposal carries (ProposalsService.event): its reference and status. */
export interface ProposalEventBase {
  reference: string;
  status: ProposalStatus;
}

/** A step: from, to, and the reason when one was given. */
export interface ProposalStepPayload extends ProposalEventBase {
  from: ProposalStatus;
  to: ProposalStatus;
  reason?: string;
}

/** The payload of each event type of proposals (the deal room's and the funding's have their own maps). */
export type ProposalEventPayloads = {
  'proposal.created': ProposalEventBase;
  /** The draft changed; or a document made public or private (its id, and whether it is public now). */
  'proposal.changed': ProposalEventBase & { documentId?: string; public?: boolean };
  /** Requesting States endorsed it (their ISO3 codes). */
  'proposal.endorsed': ProposalEventBase & { states: string[] };
  'proposal.party_added': ProposalEventBase & { organisationId: string };
  'proposal.document_added': ProposalEventBase & { documentId: string; name: string; version: number };
  /** ProposalDeadlinesTask, at expiry: one event per donor with open intents or pledges. */
  'proposal.pledges_to_redirect': ProposalEventBase & { organisationId: string; contributionIds: string[]; amount: string; currency: string };
} & { [T in ProposalStepEvent]: ProposalStepPayload };

/** An event of a proposal, its payload checked against its type. */
export type ProposalEvent<T extends keyof ProposalEventPayloads = keyof ProposalEventPayloads> = TypedEvent<ProposalEventPayloads, T>;

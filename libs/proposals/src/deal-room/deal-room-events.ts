import type { ProposalEventBase } from '../proposals/proposal-events.js';
import { REVISION_EVENTS } from '../funding/funding-events.js';

/** Event types of the deal room (aggregate: the proposal). */
export const DEAL_ROOM_EVENTS = {
  message: 'proposal.message_posted',
  revisionProposed: 'proposal.revision_proposed',
  revisionAccepted: 'proposal.revision_accepted',
  revisionAgreed: REVISION_EVENTS.agreed,
} as const;

/** The payload of each event type of the deal room (a revision agreed is the funding's: FundingEventPayloads). */
export type DealRoomEventPayloads = {
  /** A message, and the organisation of the party that wrote it. */
  'proposal.message_posted': ProposalEventBase & { messageId: string; organisationId: string };
  /** A revision (its number) proposed or accepted by a party's organisation. */
  'proposal.revision_proposed': ProposalEventBase & { revision: number; organisationId: string };
  'proposal.revision_accepted': ProposalEventBase & { revision: number; organisationId: string };
};

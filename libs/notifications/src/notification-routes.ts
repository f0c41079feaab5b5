import { registerEnumType } from '@nestjs/graphql';

/**
 * What a notification is about, for preferences: each user chooses per category how e-mail
 * reaches them. Urgent categories (something to do, a deadline, one's account) are always sent
 * at once: they cannot be put in a digest or turned off.
 */
export enum NotificationCategory {
  /** Something to do: returned for edits, endorsement asked, interest to answer, pledges to redirect. */
  ACTION_REQUIRED = 'ACTION_REQUIRED',
  /** Deadlines near or passed: valid-until dates, funding and review deadlines, outcome reports due. */
  DEADLINES = 'DEADLINES',
  /** One's account: invitations. */
  ACCOUNT = 'ACCOUNT',
  NEEDS = 'NEEDS',
  OFFERS = 'OFFERS',
  /** Matches suggested, confirmed, answered; needs fitting a donor's standing criteria. */
  MATCHES = 'MATCHES',
  PROPOSALS = 'PROPOSALS',
  /** Messages and revisions in a proposal's deal room. */
  DEAL_ROOM = 'DEAL_ROOM',
  /** Pledges, commitments, disbursements; proposals and needs funded. */
  FUNDING = 'FUNDING',
  MEETINGS = 'MEETINGS',
  /** UNODA's queue: needs and offers submitted, proposals endorsed. */
  MODERATION = 'MODERATION',
}
registerEnumType(NotificationCategory, { name: 'NotificationCategory' });

export const URGENT_CATEGORIES: readonly NotificationCategory[] = [NotificationCategory.ACTION_REQUIRED, NotificationCategory.DEADLINES, NotificationCategory.ACCOUNT];

/** How e-mail of a category reaches a user. The in-app inbox always gets everything. */
export enum DeliveryMode {
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  OFF = 'OFF',
}
registerEnumType(DeliveryMode, { name: 'NotificationDeliveryMode' });

/** The mode of a category for users who have not chosen (chatty categories default to a digest). */
export const DEFAULT_MODES: Record<NotificationCategory, DeliveryMode> = {
  [NotificationCategory.ACTION_REQUIRED]: DeliveryMode.IMMEDIATE,
  [NotificationCategory.DEADLINES]: DeliveryMode.IMMEDIATE,
  [NotificationCategory.ACCOUNT]: DeliveryMode.IMMEDIATE,
  [NotificationCategory.NEEDS]: DeliveryMode.IMMEDIATE,
  [NotificationCategory.OFFERS]: DeliveryMode.IMMEDIATE,
  [NotificationCategory.MATCHES]: DeliveryMode.DAILY,
  [NotificationCategory.PROPOSALS]: DeliveryMode.IMMEDIATE,
  [NotificationCategory.DEAL_ROOM]: DeliveryMode.IMMEDIATE,
  [NotificationCategory.FUNDING]: DeliveryMode.IMMEDIATE,
  [NotificationCategory.MEETINGS]: DeliveryMode.IMMEDIATE,
  [NotificationCategory.MODERATION]: DeliveryMode.DAILY,
};

/**
 * Who receives an event, resolved set-based from the event row (see NotificationRecipients):
 * - MODERATORS: UNODA moderators;
 * - STATE_NPCS: NPCs of payload.stateIso3;
 * - NEED_STATE_NPCS: NPCs of the State of the need payload.needId (or the aggregate need);
 * - ORG_DONORS: donors of payload.organisationId;
 * - OFFER_DONORS: donors of the organisation of the offer payload.offerId (or the aggregate offer);
 * - ORG_MEMBERS: NPCs and donors of payload.organisationId;
 * - PROPOSAL_PARTIES: members of the proposal's parties in their party role (the State's NPCs,
 *   donors, UNODA moderators, the centre's reviewers); the proposal is the aggregate for
 *   `proposal.*`, else payload.proposalId;
 * - GIS_MEMBERS: every NPC, donor, moderator and reviewer;
 * - INVITEE: the user invited (payload.invitationId), before the account is active.
 * The person who caused the event is never notified of it.
 */
export type Audience =
  | 'MODERATORS'
  | 'STATE_NPCS'
  | 'NEED_STATE_NPCS'
  | 'ORG_DONORS'
  | 'OFFER_DONORS'
  | 'ORG_MEMBERS'
  | 'PROPOSAL_PARTIES'
  | 'GIS_MEMBERS'
  | 'INVITEE';

/** What a notification links to. */
export type LinkTarget = 'need' | 'offer' | 'match' | 'proposal' | 'meeting' | 'invitation';

export interface NotificationRoute {
  category: NotificationCategory;
  audiences: readonly Audience[];
  link: LinkTarget;
}

const route = (category: NotificationCategory, link: LinkTarget, ...audiences: Audience[]): NotificationRoute => ({ category, audiences, link });
const C = NotificationCategory;

/**
 * Every event that notifies someone, and whom. One map, mirrored in docs/NOTIFICATIONS.md (a
 * test keeps them equal). Events not here notify nobody (SILENT_EVENTS lists them on purpose).
 */
export const NOTIFICATION_ROUTES: Readonly<Record<string, NotificationRoute>> = {
  'user.invited': route(C.ACCOUNT, 'invitation', 'INVITEE'),

  'need.submitted': route(C.MODERATION, 'need', 'MODERATORS'),
  'need.reopened': route(C.MODERATION, 'need', 'MODERATORS'),
  'need.withdrawn': route(C.MODERATION, 'need', 'MODERATORS'),
  'need.returned': route(C.ACTION_REQUIRED, 'need', 'STATE_NPCS'),
  'need.published': route(C.NEEDS, 'need', 'STATE_NPCS'),
  'need.closed': route(C.NEEDS, 'need', 'STATE_NPCS'),
  'need.met': route(C.NEEDS, 'need', 'STATE_NPCS'),
  'need.expired': route(C.DEADLINES, 'need', 'STATE_NPCS'),
  'need.expiry_reminder': route(C.DEADLINES, 'need', 'STATE_NPCS'),
  'need.in_proposal': route(C.PROPOSALS, 'need', 'STATE_NPCS'),
  'need.released': route(C.PROPOSALS, 'need', 'STATE_NPCS'),
  'need.partially_funded': route(C.FUNDING, 'need', 'STATE_NPCS'),
  'need.funded': route(C.FUNDING, 'need', 'STATE_NPCS'),
  'need.unfunded': route(C.FUNDING, 'need', 'STATE_NPCS'),

  'standing_criteria.matched': route(C.MATCHES, 'need', 'ORG_DONORS'),

  'offer.submitted': route(C.MODERATION, 'offer', 'MODERATORS'),
  'offer.reopened': route(C.MODERATION, 'offer', 'MODERATORS'),
  'offer.withdrawn': route(C.MODERATION, 'offer', 'MODERATORS'),
  'offer.returned': route(C.ACTION_REQUIRED, 'offer', 'ORG_DONORS'),
  'offer.published': route(C.OFFERS, 'offer', 'ORG_DONORS'),
  'offer.exhausted': route(C.OFFERS, 'offer', 'ORG_DONORS'),
  'offer.replenished': route(C.OFFERS, 'offer', 'ORG_DONORS'),
  'offer.expired': route(C.DEADLINES, 'offer', 'ORG_DONORS'),

  'match.suggested': route(C.MATCHES, 'match', 'NEED_STATE_NPCS', 'OFFER_DONORS'),
  'match.confirmed': route(C.MATCHES, 'match', 'NEED_STATE_NPCS', 'OFFER_DONORS'),
  'match.dismissed': route(C.MATCHES, 'match', 'NEED_STATE_NPCS', 'OFFER_DONORS'),
  'match.interest_expressed': route(C.ACTION_REQUIRED, 'match', 'NEED_STATE_NPCS'),
  'match.interest_accepted': route(C.MATCHES, 'match', 'OFFER_DONORS'),
  'match.interest_declined': route(C.MATCHES, 'match', 'OFFER_DONORS'),

  'proposal.submit_for_endorsement': route(C.ACTION_REQUIRED, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.endorsed': route(C.MODERATION, 'proposal', 'MODERATORS'),
  'proposal.endorse': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.endorse_for_review': route(C.ACTION_REQUIRED, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.return': route(C.ACTION_REQUIRED, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.decline': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.approve_review': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.return_from_review': route(C.ACTION_REQUIRED, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.lapse_review': route(C.DEADLINES, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.start_negotiation': route(C.DEAL_ROOM, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.mark_partially_funded': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.mark_funded': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.mark_unfunded': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.start_implementation': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.complete': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.close': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.withdraw': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.hold': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.resume': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.expire': route(C.DEADLINES, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.party_added': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.document_added': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.message_posted': route(C.DEAL_ROOM, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.revision_proposed': route(C.DEAL_ROOM, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.revision_accepted': route(C.DEAL_ROOM, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.revision_agreed': route(C.DEAL_ROOM, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.outcome_reported': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.pledges_to_redirect': route(C.ACTION_REQUIRED, 'proposal', 'ORG_DONORS'),

  'contribution.recorded': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'contribution.pledge': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'contribution.commit': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'contribution.disburse': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'contribution.report': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'contribution.cancel': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'contribution.redirected': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),

  'meeting.scheduled': route(C.MEETINGS, 'meeting', 'GIS_MEMBERS'),
  'meeting.agenda_changed': route(C.MEETINGS, 'meeting', 'GIS_MEMBERS'),
  'meeting.held': route(C.MEETINGS, 'meeting', 'GIS_MEMBERS'),
  'meeting.cancelled': route(C.MEETINGS, 'meeting', 'GIS_MEMBERS'),
  'meeting.outcome_recorded': route(C.MEETINGS, 'proposal', 'PROPOSAL_PARTIES'),

  'reminder.need_valid_until': route(C.DEADLINES, 'need', 'STATE_NPCS'),
  'reminder.funding_deadline': route(C.DEADLINES, 'proposal', 'PROPOSAL_PARTIES'),
  'reminder.review_deadline': route(C.DEADLINES, 'proposal', 'PROPOSAL_PARTIES'),
  'reminder.outcome_report_due': route(C.DEADLINES, 'proposal', 'ORG_MEMBERS'),
};

/**
 * Events that notify nobody, on purpose: drafts and edits seen by their authors only, machine
 * bookkeeping. A test fails when an event is emitted that is in neither list.
 */
export const SILENT_EVENTS: readonly string[] = [
  'exchange_rate.changed',
  'national_report.imported',
  'need.created',
  'need.changed',
  'need.translated',
  'need.reconfirmed',
  'offer.created',
  'offer.changed',
  'offer.translated',
  'proposal.created',
  'proposal.changed',
];

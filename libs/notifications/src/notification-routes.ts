import { registerEnumType } from '@nestjs/graphql';
import { Role } from '#libs/core';
import type { DomainEventType } from './event-payloads.js';

/**
 * What a notification is about, for preferences: each user chooses per category how e-mail
 * reaches them. Urgent categories (something to do, a deadline, one's account) are always sent
 * at once: they cannot be put in a digest or turned off.
 */
export enum NotificationCategory {
  /** Something to do: returned for edits, endorsement or review asked, interest to answer, a funded proposal to start, pledges to redirect. */
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

export const URGENT_CATEGORIES: readonly NotificationCategory[] = [
  NotificationCategory.ACTION_REQUIRED,
  NotificationCategory.DEADLINES,
  NotificationCategory.ACCOUNT,
];

/** How e-mail of a category reaches a user. The in-app inbox always gets everything. */
export enum DeliveryMode {
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  OFF = 'OFF',
}
registerEnumType(DeliveryMode, { name: 'NotificationDeliveryMode' });

/**
 * The mode of a category for users who have not chosen. Urgent categories (something the
 * recipient must do, a deadline, their account) come at once; everything else goes to the inbox
 * and a daily digest, except what answers the recipient's own action (a route's `answers`) and
 * the first message of a deal-room conversation burst (a route's `burst`), which come at once
 * too (see `fanOutSql`). A user's own choice for a category replaces all of this but urgency.
 */
export const DEFAULT_MODES: Record<NotificationCategory, DeliveryMode> = {
  [NotificationCategory.ACTION_REQUIRED]: DeliveryMode.IMMEDIATE,
  [NotificationCategory.DEADLINES]: DeliveryMode.IMMEDIATE,
  [NotificationCategory.ACCOUNT]: DeliveryMode.IMMEDIATE,
  [NotificationCategory.NEEDS]: DeliveryMode.DAILY,
  [NotificationCategory.OFFERS]: DeliveryMode.DAILY,
  [NotificationCategory.MATCHES]: DeliveryMode.DAILY,
  [NotificationCategory.PROPOSALS]: DeliveryMode.DAILY,
  [NotificationCategory.DEAL_ROOM]: DeliveryMode.DAILY,
  [NotificationCategory.FUNDING]: DeliveryMode.DAILY,
  [NotificationCategory.MEETINGS]: DeliveryMode.DAILY,
  [NotificationCategory.MODERATION]: DeliveryMode.DAILY,
};

/**
 * A deal room's conversation burst: a message posted less than this after the room's previous
 * message belongs to the same burst, and only the burst's first message is e-mailed at once.
 */
export const DEAL_ROOM_QUIET_MINUTES = 30;

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
  'MODERATORS' | 'STATE_NPCS' | 'NEED_STATE_NPCS' | 'ORG_DONORS' | 'OFFER_DONORS' | 'ORG_MEMBERS' | 'PROPOSAL_PARTIES' | 'GIS_MEMBERS' | 'INVITEE';

/** What a notification links to. */
export type LinkTarget = 'need' | 'offer' | 'match' | 'proposal' | 'meeting' | 'invitation';

/** The roles a recipient can be reached in (each audience's, see AUDIENCE_ROLES). */
export const RECIPIENT_ROLES = [Role.NPC, Role.DONOR, Role.UNODA_MODERATOR, Role.REGIONAL_REVIEWER] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** The roles in which each audience reaches people (the fan-out knows each recipient's). */
export const AUDIENCE_ROLES: Record<Audience, readonly RecipientRole[]> = {
  MODERATORS: [Role.UNODA_MODERATOR],
  STATE_NPCS: [Role.NPC],
  NEED_STATE_NPCS: [Role.NPC],
  ORG_DONORS: [Role.DONOR],
  OFFER_DONORS: [Role.DONOR],
  ORG_MEMBERS: [Role.NPC, Role.DONOR],
  PROPOSAL_PARTIES: RECIPIENT_ROLES,
  GIS_MEMBERS: RECIPIENT_ROLES,
  INVITEE: RECIPIENT_ROLES,
};

export interface NotificationRoute {
  /** The category of every recipient, or with `actors`, of those who must act on it. */
  category: NotificationCategory;
  audiences: readonly Audience[];
  link: LinkTarget;
  /**
   * Only the recipients reached in these roles must act on it. With `informs`, they get it in
   * `category` (urgent, so always at once) and the others in `informs`, as news. Without (a
   * category that is not urgent), everyone gets `category` and it comes at once by default to
   * these roles only (a choice for the category still applies). Absent: everyone alike.
   */
  actors?: readonly RecipientRole[];
  informs?: NotificationCategory;
  /**
   * It answers these earlier events of the same record (and revision): whoever caused one of them
   * gets it at once by default (their need published, their interest accepted, their proposal endorsed).
   */
  answers?: readonly DomainEventType[];
  /** A deal-room message: by default only the first of a conversation burst is e-mailed at once. */
  burst?: boolean;
}

const route = (category: NotificationCategory, link: LinkTarget, ...audiences: Audience[]): NotificationRoute => ({ category, audiences, link });
/** Those in `actors` must act (in the route's urgent category); everyone else reads it in `informs`. */
const actedOnBy = (actors: RecipientRole[], informs: NotificationCategory): Pick<NotificationRoute, 'actors' | 'informs'> => ({ actors, informs });
/** Those in `actors` must act: at once by default for them, in the route's (not urgent) category like everyone. */
const toActOn = (...actors: RecipientRole[]): Pick<NotificationRoute, 'actors'> => ({ actors });
const answering = (...answers: DomainEventType[]): Pick<NotificationRoute, 'answers'> => ({ answers });
const C = NotificationCategory;
const { NPC, DONOR, UNODA_MODERATOR: UNODA, REGIONAL_REVIEWER: REVIEWER } = Role;

/**
 * Every event that notifies someone, whom, in which category, and what of it comes at once by
 * default: the one home of that rule (urgent categories for those who must act, `answers`,
 * `burst`; DEFAULT_MODES for the rest). One map, mirrored in docs/NOTIFICATIONS.md (a
 * test keeps them equal). Events not here notify nobody (SILENT_EVENTS lists them on purpose).
 */
export const NOTIFICATION_ROUTES: Readonly<Record<string, NotificationRoute>> = {
  'user.invited': route(C.ACCOUNT, 'invitation', 'INVITEE'),

  'need.submitted': route(C.MODERATION, 'need', 'MODERATORS'),
  'need.reopened': route(C.MODERATION, 'need', 'MODERATORS'),
  'need.withdrawn': route(C.MODERATION, 'need', 'MODERATORS'),
  'need.returned': route(C.ACTION_REQUIRED, 'need', 'STATE_NPCS'),
  'need.published': { ...route(C.NEEDS, 'need', 'STATE_NPCS'), ...answering('need.submitted', 'need.reopened') },
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
  'offer.published': { ...route(C.OFFERS, 'offer', 'ORG_DONORS'), ...answering('offer.submitted', 'offer.reopened') },
  'offer.exhausted': route(C.OFFERS, 'offer', 'ORG_DONORS'),
  'offer.replenished': route(C.OFFERS, 'offer', 'ORG_DONORS'),
  'offer.expired': route(C.DEADLINES, 'offer', 'ORG_DONORS'),

  'match.suggested': route(C.MATCHES, 'match', 'NEED_STATE_NPCS', 'OFFER_DONORS'),
  'match.confirmed': route(C.MATCHES, 'match', 'NEED_STATE_NPCS', 'OFFER_DONORS'),
  'match.dismissed': route(C.MATCHES, 'match', 'NEED_STATE_NPCS', 'OFFER_DONORS'),
  'match.interest_expressed': route(C.ACTION_REQUIRED, 'match', 'NEED_STATE_NPCS'),
  'match.interest_accepted': { ...route(C.MATCHES, 'match', 'OFFER_DONORS'), ...answering('match.interest_expressed') },
  'match.interest_declined': { ...route(C.MATCHES, 'match', 'OFFER_DONORS'), ...answering('match.interest_expressed') },

  'proposal.submit_for_endorsement': { ...route(C.ACTION_REQUIRED, 'proposal', 'PROPOSAL_PARTIES'), ...actedOnBy([NPC], C.PROPOSALS) },
  'proposal.endorsed': { ...route(C.MODERATION, 'proposal', 'MODERATORS'), ...answering('proposal.submit_for_endorsement') },
  'proposal.endorse': { ...route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'), ...answering('proposal.submit_for_endorsement', 'proposal.endorsed') },
  'proposal.endorse_for_review': {
    ...route(C.ACTION_REQUIRED, 'proposal', 'PROPOSAL_PARTIES'),
    ...actedOnBy([REVIEWER], C.PROPOSALS),
    ...answering('proposal.submit_for_endorsement', 'proposal.endorsed'),
  },
  'proposal.return': { ...route(C.ACTION_REQUIRED, 'proposal', 'PROPOSAL_PARTIES'), ...actedOnBy([UNODA], C.PROPOSALS), ...answering('proposal.endorsed') },
  'proposal.decline': { ...route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'), ...answering('proposal.submit_for_endorsement') },
  'proposal.approve_review': { ...route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'), ...answering('proposal.submit_for_endorsement', 'proposal.endorsed') },
  'proposal.return_from_review': {
    ...route(C.ACTION_REQUIRED, 'proposal', 'PROPOSAL_PARTIES'),
    ...actedOnBy([UNODA], C.PROPOSALS),
    ...answering('proposal.endorsed'),
  },
  'proposal.lapse_review': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.start_negotiation': route(C.DEAL_ROOM, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.mark_partially_funded': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.mark_funded': { ...route(C.ACTION_REQUIRED, 'proposal', 'PROPOSAL_PARTIES'), ...actedOnBy([NPC, UNODA], C.FUNDING) },
  'proposal.mark_unfunded': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.start_implementation': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.complete': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.close': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.withdraw': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.hold': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.resume': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.expire': { ...route(C.DEADLINES, 'proposal', 'PROPOSAL_PARTIES'), ...actedOnBy([UNODA], C.PROPOSALS) },
  'proposal.party_added': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.document_added': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.message_posted': { ...route(C.DEAL_ROOM, 'proposal', 'PROPOSAL_PARTIES'), burst: true },
  'proposal.revision_proposed': { ...route(C.DEAL_ROOM, 'proposal', 'PROPOSAL_PARTIES'), ...toActOn(NPC, UNODA, DONOR) },
  'proposal.revision_accepted': route(C.DEAL_ROOM, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.revision_agreed': {
    ...route(C.DEAL_ROOM, 'proposal', 'PROPOSAL_PARTIES'),
    ...answering('proposal.revision_proposed', 'proposal.revision_accepted'),
  },
  'proposal.outcome_reported': route(C.PROPOSALS, 'proposal', 'PROPOSAL_PARTIES'),
  'proposal.pledges_to_redirect': route(C.ACTION_REQUIRED, 'proposal', 'ORG_DONORS'),

  'contribution.recorded': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'contribution.pledge': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'contribution.commit': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'contribution.disburse': {
    ...route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
    ...answering('contribution.recorded', 'contribution.pledge', 'contribution.commit'),
  },
  'contribution.report': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
  'contribution.cancel': {
    ...route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),
    ...answering('contribution.recorded', 'contribution.pledge', 'contribution.commit'),
  },
  'contribution.redirected': route(C.FUNDING, 'proposal', 'PROPOSAL_PARTIES'),

  'meeting.scheduled': route(C.MEETINGS, 'meeting', 'GIS_MEMBERS'),
  'meeting.agenda_changed': route(C.MEETINGS, 'meeting', 'GIS_MEMBERS'),
  'meeting.held': route(C.MEETINGS, 'meeting', 'GIS_MEMBERS'),
  'meeting.cancelled': route(C.MEETINGS, 'meeting', 'GIS_MEMBERS'),
  'meeting.outcome_recorded': route(C.MEETINGS, 'proposal', 'PROPOSAL_PARTIES'),

  'reminder.need_valid_until': route(C.DEADLINES, 'need', 'STATE_NPCS'),
  'reminder.funding_deadline': { ...route(C.DEADLINES, 'proposal', 'PROPOSAL_PARTIES'), ...actedOnBy([DONOR, UNODA], C.FUNDING) },
  'reminder.review_deadline': { ...route(C.DEADLINES, 'proposal', 'PROPOSAL_PARTIES'), ...actedOnBy([REVIEWER], C.PROPOSALS) },
  'reminder.outcome_report_due': route(C.DEADLINES, 'proposal', 'ORG_MEMBERS'),
} satisfies { [T in DomainEventType]?: NotificationRoute };

/** The category of a route's notification for a recipient reached in `role`. */
export function categoryFor(r: NotificationRoute, role: RecipientRole): NotificationCategory {
  return !r.informs || r.actors!.includes(role) ? r.category : r.informs;
}

/** How e-mail reaches each role by default, per category: the table of docs/NOTIFICATIONS.md. */
export type DefaultDelivery = 'immediate' | 'daily digest' | 'weekly digest' | 'in-app only' | 'immediate to act on, else daily digest' | '—';

/**
 * Per role and category, what default preferences do with the e-mail: `—` where the role never
 * gets that category; otherwise its default mode (digest categories still e-mail at once what
 * answers the recipient's own action and the first message of a deal-room burst).
 */
export function defaultDeliveryByRole(): Record<RecipientRole, Record<NotificationCategory, DefaultDelivery>> {
  const words: Record<DeliveryMode, DefaultDelivery> = { IMMEDIATE: 'immediate', DAILY: 'daily digest', WEEKLY: 'weekly digest', OFF: 'in-app only' };
  const table = {} as Record<RecipientRole, Record<NotificationCategory, DefaultDelivery>>;
  for (const role of RECIPIENT_ROLES) {
    const received = new Set(
      Object.values(NOTIFICATION_ROUTES)
        .filter((r) => r.audiences.some((a) => AUDIENCE_ROLES[a].includes(role)))
        .map((r) => categoryFor(r, role)),
    );
    const toAct = new Set(
      Object.values(NOTIFICATION_ROUTES)
        .filter((r) => !r.informs && r.actors?.includes(role) && !URGENT_CATEGORIES.includes(r.category) && DEFAULT_MODES[r.category] === DeliveryMode.DAILY)
        .map((r) => r.category),
    );
    table[role] = Object.fromEntries(
      Object.values(NotificationCategory).map((c) => [
        c,
        !received.has(c) ? '—' : toAct.has(c) ? 'immediate to act on, else daily digest' : words[DEFAULT_MODES[c]],
      ]),
    ) as Record<NotificationCategory, DefaultDelivery>;
  }
  return table;
}

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
] satisfies DomainEventType[];

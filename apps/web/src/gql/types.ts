export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, written as an RFC 3339 date-time with its offset, e.g. 2026-03-01T09:30:00Z or 2026-03-01T10:30:00+01:00 (given in UTC). */
  DateTime: { input: string; output: string; }
  /** An exact decimal number written as a string, e.g. "1250000.50" (up to 18 digits and 12 decimals). */
  Decimal: { input: string; output: string; }
  /** A calendar date without time zone, written YYYY-MM-DD (0001-01-01 to 9999-12-31). */
  LocalDate: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** The password to set: 12 to 128 characters. */
  password: Scalars['String']['input'];
  /** The token from the invitation link. */
  token: Scalars['String']['input'];
};

export type AddProposalDocumentInput = {
  /** e.g. application/pdf */
  mediaType?: InputMaybe<Scalars['String']['input']>;
  /** A name already used adds the next version of that document. */
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  proposalId: Scalars['ID']['input'];
  /** Public: anyone who may see the proposal reads this version. Default: the parties only. */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where the file is (http or https). */
  url: Scalars['String']['input'];
};

export type AddProposalDonorInput = {
  organisationId: Scalars['ID']['input'];
  proposalId: Scalars['ID']['input'];
};

export type AgendaItemInput = {
  meetingId: Scalars['ID']['input'];
  /** What to discuss about it. */
  note?: InputMaybe<Scalars['String']['input']>;
  proposalId: Scalars['ID']['input'];
};

export type BudgetLineInput = {
  /** Exact amount in the proposal's currency. */
  amount: Scalars['Decimal']['input'];
  description: Scalars['String']['input'];
};

export type CloseNeedInput = {
  closeReason: NeedCloseReason;
  /** When given, refused with CONFLICT if the need changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  needId: Scalars['ID']['input'];
  /** Why (required to return a need for edits). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type CompileProposalInput = {
  /** Allow commitments beyond the target (default no). */
  allowOverFunding?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217 code: one currency for the whole proposal. */
  currency: Scalars['String']['input'];
  /** Donor organisations interested from the start (parties). */
  donorOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Past this date, a proposal not yet funded expires. */
  fundingDeadline?: InputMaybe<Scalars['LocalDate']['input']>;
  implementingAgency: Scalars['String']['input'];
  /** Matches of these needs that led to the proposal. */
  matchIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Published needs: one State, or several for a regional proposal. */
  needIds: Array<Scalars['ID']['input']>;
  /** The UN regional centre that reviews it and is a party (UNREC, UNLIREC, UNRCPD; it must have its organisation on the platform). Left out: the centre of the requesting States' region, when they share one. */
  regionalCentreCode?: InputMaybe<Scalars['String']['input']>;
  reviewDeadline?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The scope of work: activities, outputs, who does what. */
  scope: Scalars['String']['input'];
  summary: Scalars['String']['input'];
  /** Ask the regional centre for a technical review after endorsement. */
  technicalReview?: InputMaybe<Scalars['Boolean']['input']>;
  title: Scalars['String']['input'];
  /** Tranches in order (numbered from 1), each with its budget lines. */
  tranches: Array<TrancheInput>;
};

export type ContributionKind =
  | 'IN_KIND'
  | 'MONEY';

export type ContributionStatus =
  | 'CANCELLED'
  | 'COMMITTED'
  | 'DISBURSED'
  | 'INTENT'
  | 'PLEDGED'
  | 'REPORTED';

export type ContributionTransitionInput = {
  contributionId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why (required to cancel). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type CreateNeedInput = {
  alreadyDone?: InputMaybe<Scalars['String']['input']>;
  /** Assistance type codes. */
  assistanceTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Null removes the budget. */
  budget?: InputMaybe<MoneyInput>;
  itiParagraphs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Language the text is written in; default the author's. */
  language?: InputMaybe<Language>;
  /** MOSAIC module codes. */
  mosaicModules?: InputMaybe<Array<Scalars['String']['input']>>;
  nationalContribution?: InputMaybe<Scalars['String']['input']>;
  poaParagraphs?: InputMaybe<Array<Scalars['String']['input']>>;
  priorityRank?: InputMaybe<Scalars['Int']['input']>;
  problem: Scalars['String']['input'];
  proposedActivities: Scalars['String']['input'];
  /** ISO alpha-3 of the State asking. */
  stateIso3: Scalars['String']['input'];
  /** Thematic area codes. */
  thematicAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  timeframeEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  timeframeStart?: InputMaybe<Scalars['LocalDate']['input']>;
  title: Scalars['String']['input'];
  /** Default: the end of the current biennial reporting cycle. */
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
  visibility?: InputMaybe<NeedVisibility>;
};

export type CreateOfferInput = {
  /** Assistance type codes. */
  assistanceTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The first day of the window. */
  availableFrom: Scalars['LocalDate']['input'];
  /** Null: until the money runs out. */
  availableUntil?: InputMaybe<Scalars['LocalDate']['input']>;
  /** ISO 4217 code of every amount. */
  budgetCurrency: Scalars['String']['input'];
  budgetMaxPerProject?: InputMaybe<Scalars['Decimal']['input']>;
  budgetMinPerProject?: InputMaybe<Scalars['Decimal']['input']>;
  budgetTotal: Scalars['Decimal']['input'];
  conditions?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  /** Anyone may benefit. */
  eligibleEverywhere?: InputMaybe<Scalars['Boolean']['input']>;
  /** Regional organisation codes (e.g. ECOWAS). */
  eligibleRegionalOrganisations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** M49 region, subregion or intermediate-region codes. */
  eligibleRegions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO alpha-3 of Member States. */
  eligibleStates?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Language of the text; default the author's. */
  language?: InputMaybe<Language>;
  modality?: InputMaybe<Scalars['String']['input']>;
  /** The donor organisation making the offer (one of yours). */
  organisationId: Scalars['ID']['input'];
  /** Thematic area codes. */
  thematicAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  visibility?: InputMaybe<OfferVisibility>;
  workingLanguages?: InputMaybe<Array<Language>>;
};

export type CreateOrganisationInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Code of the regional organisation or UN regional centre (required for UN_REGIONAL_CENTRE). */
  regionalOrganisationCode?: InputMaybe<Scalars['String']['input']>;
  /** ISO alpha-3 of the State; required for MEMBER_STATE and DONOR_GOVERNMENT. */
  stateIso3?: InputMaybe<Scalars['String']['input']>;
  type: OrganisationType;
};

export type CreateStandingCriteriaInput = {
  /** Assistance type codes; empty = any. */
  assistanceTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  budgetUsdMax?: InputMaybe<Scalars['Decimal']['input']>;
  budgetUsdMin?: InputMaybe<Scalars['Decimal']['input']>;
  /** Empty = any language. */
  languages?: InputMaybe<Array<Language>>;
  name: Scalars['String']['input'];
  /** Your donor organisation. */
  organisationId: Scalars['ID']['input'];
  /** M49 area codes; with states, empty = anywhere. */
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO alpha-3; with regions, empty = anywhere. */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Thematic area codes; empty = any. */
  thematicAreas?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Narrows a dashboard to the needs of one reporting year and/or one region. */
export type DashboardFilter = {
  /** An M49 region code (002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** The year of the national report the need came from (else the year it was published). */
  reportingYear?: InputMaybe<Scalars['Int']['input']>;
};

export type EndMeetingInput = {
  meetingId: Scalars['ID']['input'];
  /** Minutes (held), or why (cancelled: required). */
  summary?: InputMaybe<Scalars['String']['input']>;
};

export type ExportFormat =
  | 'CSV'
  | 'XLSX';

export type ExpressInterestInput = {
  /** A word to the requesting State (up to 2000 characters). */
  message?: InputMaybe<Scalars['String']['input']>;
  needId: Scalars['ID']['input'];
  /** One of your organisation's published offers. */
  offerId: Scalars['ID']['input'];
};

export type FlowStage =
  | 'MATCH_TO_PROPOSAL'
  | 'PROPOSAL_TO_FUNDED'
  | 'PUBLICATION_TO_FIRST_MATCH'
  | 'SUBMISSION_TO_PUBLICATION';

export type FundingDimension =
  | 'REGION'
  | 'REPORTING_YEAR'
  | 'STATE'
  | 'THEMATIC_AREA';

export type ImportFileFormat =
  | 'CSV'
  | 'JSON'
  | 'XLSX';

export type ImportNationalReportInput = {
  /** The file, base64-encoded (at most 5 MB once decoded). See docs/IMPORT.md. */
  contentBase64: Scalars['String']['input'];
  /** Validate and report without writing anything. */
  dryRun?: Scalars['Boolean']['input'];
  format: ImportFileFormat;
  /** Report metadata, where the file does not carry it (CSV). */
  instrument?: InputMaybe<Instrument>;
  language?: InputMaybe<Language>;
  reportingYear?: InputMaybe<Scalars['Int']['input']>;
  sourceReference?: InputMaybe<Scalars['String']['input']>;
  /** ISO alpha-3 of the State whose report it is. */
  stateIso3: Scalars['String']['input'];
};

export type Instrument =
  | 'ITI'
  | 'POA';

/** Whether an invitation link can still be used, and if not, why. */
export type InvitationStatus =
  /** Past its expiry: an administrator must invite the person again. */
  | 'EXPIRED'
  /** The link can be used: set a password to join. */
  | 'PENDING'
  /** Withdrawn: replaced by a newer invitation, or the account was disabled. */
  | 'REVOKED'
  /** Already used: the person has an account and logs in with e-mail and password. */
  | 'USED';

export type InviteUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  /** Language of the invitation and notifications; English if not given. */
  preferredLanguage?: InputMaybe<Language>;
  role: Role;
};

/** One of the six official UN languages. */
export type Language =
  | 'AR'
  | 'EN'
  | 'ES'
  | 'FR'
  | 'RU'
  | 'ZH';

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MatchAction =
  | 'ACCEPT_INTEREST'
  | 'CONFIRM'
  | 'DECLINE_INTEREST'
  | 'DISMISS'
  | 'EXPRESS_INTEREST'
  | 'SUGGEST'
  | 'WITHDRAW';

/** A weighted criterion of the match score. */
export type MatchCriterion =
  | 'BUDGET'
  | 'LANGUAGE'
  | 'TEXT'
  | 'THEME'
  | 'TIMEFRAME'
  | 'TYPE';

export type MatchDecisionInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  matchId: Scalars['ID']['input'];
  /** Why (required to dismiss). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Why the need's State may benefit from the offer. */
export type MatchEligibilityBasis =
  | 'EVERYWHERE'
  | 'M49_AREA'
  | 'REGIONAL_ORGANISATION'
  | 'STATE';

export type MatchFilter = {
  /** Lowest score, from 0 to 1. */
  minScore?: InputMaybe<Scalars['Float']['input']>;
  /** The offers' donor organisations. */
  organisations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The needs' States in this M49 region, e.g. "002" (Africa). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** The needs' States (ISO alpha-3). */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default: the live ones (suggested, confirmed and interests). */
  statuses?: InputMaybe<Array<MatchStatus>>;
  /** Only strong suggestions (score at or above MATCH_STRONG_SCORE). */
  strongOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** The needs' thematic areas (any of). */
  thematicAreas?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A condition every match must meet before it is scored. */
export type MatchHardFilter =
  | 'NOT_ELIGIBLE'
  | 'NOT_LISTED'
  | 'NO_THEMATIC_RELATION'
  | 'WINDOW_ENDED'
  | 'WINDOW_TOO_LATE';

export type MatchModerationAction =
  | 'CONFIRM'
  | 'DISMISS';

export type MatchOrigin =
  | 'ENGINE'
  | 'INTEREST';

export type MatchRunStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING';

export type MatchRunTrigger =
  | 'COMMAND'
  | 'NIGHTLY'
  | 'SETTINGS_CHANGED'
  | 'STAFF';

export type MatchSort =
  | 'NEWEST'
  | 'OLDEST_IN_STATUS'
  | 'SCORE';

export type MatchStatus =
  | 'CONFIRMED'
  | 'DISMISSED'
  | 'INTEREST_ACCEPTED'
  | 'INTEREST_DECLINED'
  | 'INTEREST_EXPRESSED'
  | 'SUGGESTED'
  | 'WITHDRAWN';

export type MeetingIntentInput = {
  /** In the proposal's currency. */
  amount: Scalars['Decimal']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ContributionKind>;
  meetingId: Scalars['ID']['input'];
  /** The donor organisation; left out, your own. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  proposalId: Scalars['ID']['input'];
  trancheNumber?: InputMaybe<Scalars['Int']['input']>;
};

export type MeetingOutcomeAction =
  | 'HOLD'
  | 'RESUME'
  | 'START_IMPLEMENTATION'
  | 'WITHDRAW';

export type MeetingOutcomeInput = {
  /** A step the outcome takes for the proposal (the outcome is its reason). */
  action?: InputMaybe<MeetingOutcomeAction>;
  meetingId: Scalars['ID']['input'];
  /** What the meeting concluded. */
  outcome: Scalars['String']['input'];
  proposalId: Scalars['ID']['input'];
};

export type MeetingPackInput = {
  /** Left out: your language. */
  language?: InputMaybe<Language>;
  meetingId: Scalars['ID']['input'];
};

export type MeetingStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'SCHEDULED';

export type ModerateMatchesInput = {
  action: MatchModerationAction;
  matchIds: Array<Scalars['ID']['input']>;
  /** Why (required to dismiss). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ModerateNeedsInput = {
  action: ModerationAction;
  needIds: Array<Scalars['ID']['input']>;
  /** Required to return needs for edits; shown to the States. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ModerateOffersInput = {
  action: OfferModerationAction;
  offerIds: Array<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ModerationAction =
  | 'PUBLISH'
  | 'RETURN';

export type MoneyInput = {
  amount: Scalars['Decimal']['input'];
  /** ISO 4217 code. */
  currency: Scalars['String']['input'];
};

export type NeedAction =
  | 'CLOSE'
  | 'CLOSE_MET'
  | 'EXPIRE'
  | 'INCLUDE_IN_PROPOSAL'
  | 'MARK_FUNDED'
  | 'MARK_PARTIALLY_FUNDED'
  | 'MARK_UNFUNDED'
  | 'PUBLISH'
  | 'RELEASE'
  | 'REOPEN'
  | 'RETURN'
  | 'SUBMIT'
  | 'WITHDRAW';

export type NeedCloseReason =
  | 'MET'
  | 'NO_LONGER_NEEDED'
  | 'SUPERSEDED';

export type NeedContentInput = {
  alreadyDone?: InputMaybe<Scalars['String']['input']>;
  /** Assistance type codes. */
  assistanceTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Null removes the budget. */
  budget?: InputMaybe<MoneyInput>;
  itiParagraphs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** MOSAIC module codes. */
  mosaicModules?: InputMaybe<Array<Scalars['String']['input']>>;
  nationalContribution?: InputMaybe<Scalars['String']['input']>;
  poaParagraphs?: InputMaybe<Array<Scalars['String']['input']>>;
  priorityRank?: InputMaybe<Scalars['Int']['input']>;
  problem?: InputMaybe<Scalars['String']['input']>;
  proposedActivities?: InputMaybe<Scalars['String']['input']>;
  /** Thematic area codes. */
  thematicAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  timeframeEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  timeframeStart?: InputMaybe<Scalars['LocalDate']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Default: the end of the current biennial reporting cycle. */
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
  visibility?: InputMaybe<NeedVisibility>;
};

export type NeedFilter = {
  /** Any of these assistance types. */
  assistanceTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  budgetUsdMax?: InputMaybe<Scalars['Decimal']['input']>;
  budgetUsdMin?: InputMaybe<Scalars['Decimal']['input']>;
  /** M49 region code, e.g. "002" (Africa). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Needs of the members of this regional organisation. */
  regionalOrganisationCode?: InputMaybe<Scalars['String']['input']>;
  /** ISO alpha-3 codes. */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default: PUBLISHED. */
  statuses?: InputMaybe<Array<NeedStatus>>;
  /** M49 subregion code. */
  subregionCode?: InputMaybe<Scalars['String']['input']>;
  /** Any of these thematic areas. */
  thematicAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  validUntilFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validUntilTo?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type NeedSort =
  | 'BUDGET_USD_DESC'
  | 'NEWEST'
  /** Longest in their current status first (the moderation queue order). */
  | 'OLDEST_IN_STATUS'
  | 'PRIORITY'
  | 'QUALITY'
  /** Best text matches first (the default when searching). */
  | 'RELEVANCE'
  | 'VALID_UNTIL';

export type NeedStatus =
  | 'CLOSED'
  | 'DRAFT'
  /** Past its valid-until date without being reconfirmed. */
  | 'EXPIRED'
  | 'FUNDED'
  | 'IN_PROPOSAL'
  | 'PARTIALLY_FUNDED'
  | 'PUBLISHED'
  /** Returned to the State for edits, with the moderator's reasons. */
  | 'RETURNED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type NeedTransitionInput = {
  /** When given, refused with CONFLICT if the need changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  needId: Scalars['ID']['input'];
  /** Why (required to return a need for edits). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type NeedVisibility =
  | 'PRIVATE'
  | 'PUBLIC'
  | 'STATES_AND_DONORS';

export type NotificationCategory =
  | 'ACCOUNT'
  | 'ACTION_REQUIRED'
  | 'DEADLINES'
  | 'DEAL_ROOM'
  | 'FUNDING'
  | 'MATCHES'
  | 'MEETINGS'
  | 'MODERATION'
  | 'NEEDS'
  | 'OFFERS'
  | 'PROPOSALS';

export type NotificationDeliveryMode =
  | 'DAILY'
  | 'IMMEDIATE'
  | 'OFF'
  | 'WEEKLY';

export type OfferAction =
  | 'EXHAUST'
  | 'EXPIRE'
  | 'PUBLISH'
  | 'REOPEN'
  | 'REPLENISH'
  | 'RETURN'
  | 'SUBMIT'
  | 'WITHDRAW';

export type OfferFilter = {
  /** Any of these assistance types. */
  assistanceTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Available on this date. */
  availableOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Offers this State (ISO alpha-3) is eligible for. */
  eligibleFor?: InputMaybe<Scalars['String']['input']>;
  /** Offers of these donor organisations. */
  organisations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Projects of this USD size are possible (within min/max per project). */
  projectUsd?: InputMaybe<Scalars['Decimal']['input']>;
  /** At least this much USD remaining. */
  remainingUsdMin?: InputMaybe<Scalars['Decimal']['input']>;
  /** Default: PUBLISHED. */
  statuses?: InputMaybe<Array<OfferStatus>>;
  /** Any of these thematic areas. */
  thematicAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The donor works in any of these languages. */
  workingLanguages?: InputMaybe<Array<Language>>;
};

export type OfferModerationAction =
  | 'PUBLISH'
  | 'RETURN';

export type OfferSort =
  | 'AVAILABLE_UNTIL'
  | 'NEWEST'
  | 'OLDEST_IN_STATUS'
  | 'RELEVANCE'
  | 'REMAINING_USD_DESC';

export type OfferStatus =
  | 'DRAFT'
  | 'EXHAUSTED'
  | 'EXPIRED'
  | 'PUBLISHED'
  | 'RETURNED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type OfferTransitionInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  offerId: Scalars['ID']['input'];
  /** Why (required to return an offer for edits). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type OfferVisibility =
  | 'PRIVATE'
  | 'PUBLIC'
  | 'STATES_AND_DONORS';

export type OrganisationType =
  /** A government acting as a donor (development agency, ministry). */
  | 'DONOR_GOVERNMENT'
  /** A foundation or non-governmental organisation. */
  | 'FOUNDATION'
  | 'INTERNATIONAL_ORGANISATION'
  | 'MEMBER_STATE'
  | 'REGIONAL_ORGANISATION'
  | 'UNODA'
  | 'UN_REGIONAL_CENTRE';

export type PostProposalMessageInput = {
  /** Up to 5000 characters. */
  body: Scalars['String']['input'];
  proposalId: Scalars['ID']['input'];
};

export type ProposalAction =
  | 'APPROVE_REVIEW'
  | 'CLOSE'
  | 'COMPLETE'
  | 'DECLINE'
  | 'ENDORSE'
  | 'ENDORSE_FOR_REVIEW'
  | 'EXPIRE'
  | 'HOLD'
  | 'LAPSE_REVIEW'
  | 'MARK_FUNDED'
  | 'MARK_PARTIALLY_FUNDED'
  | 'MARK_UNFUNDED'
  | 'RESUME'
  | 'RETURN'
  | 'RETURN_FROM_REVIEW'
  | 'START_IMPLEMENTATION'
  | 'START_NEGOTIATION'
  | 'SUBMIT_FOR_ENDORSEMENT'
  | 'WITHDRAW';

export type ProposalFilter = {
  /** Only proposals your organisations are parties to. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Proposals these organisations are parties to. */
  parties?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Requesting States (ISO alpha-3). */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
  statuses?: InputMaybe<Array<ProposalStatus>>;
};

export type ProposalPartyKind =
  | 'DONOR'
  | 'REGIONAL_CENTRE'
  | 'STATE'
  | 'UNODA';

export type ProposalRevisionStatus =
  | 'AGREED'
  | 'DRAFT'
  | 'OPEN'
  | 'SUPERSEDED';

export type ProposalSort =
  | 'FUNDING_DEADLINE'
  | 'NEWEST'
  | 'OLDEST_IN_STATUS'
  /** Nearest review deadline first (those without one last): a regional centre's review queue. */
  | 'REVIEW_DEADLINE';

export type ProposalStatus =
  | 'AWAITING_ENDORSEMENT'
  | 'CLOSED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'FUNDED'
  | 'IN_IMPLEMENTATION'
  | 'ON_HOLD'
  | 'OPEN_FOR_FUNDING'
  | 'PARTIALLY_FUNDED'
  | 'RETURNED'
  | 'TECHNICAL_REVIEW'
  | 'UNDER_NEGOTIATION'
  | 'WITHDRAWN';

export type ProposalTransitionInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  proposalId: Scalars['ID']['input'];
  /** Why (required to return, decline, withdraw or hold). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ProposeRevisionInput = {
  /** The latest revision number you read: if another was proposed since, you get CONFLICT and nothing is lost. */
  basedOnRevision: Scalars['Int']['input'];
  /** What changes and why (posted in the deal room). */
  note: Scalars['String']['input'];
  proposalId: Scalars['ID']['input'];
  /** The new scope; left out, the agreed scope is kept. */
  scope?: InputMaybe<Scalars['String']['input']>;
  /** The whole new budget, tranches in order. */
  tranches: Array<TrancheInput>;
};

export type RecordContributionInput = {
  /** In the proposal's currency; for help in kind, its value. */
  amount: Scalars['Decimal']['input'];
  /** ISO 4217; if given it must be the proposal's currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** What is given (required in kind). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** MONEY (default) or IN_KIND. */
  kind?: InputMaybe<ContributionKind>;
  /** One of the donor's offers to draw on: commitment reduces what remains of it. */
  offerId?: InputMaybe<Scalars['ID']['input']>;
  /** The donor organisation; left out, your own (if you act for one). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  proposalId: Scalars['ID']['input'];
  /** INTENT, PLEDGED (default) or COMMITTED. UNODA records intents only. */
  status?: InputMaybe<ContributionStatus>;
  /** The tranche it funds; left out, the proposal as a whole. */
  trancheNumber?: InputMaybe<Scalars['Int']['input']>;
};

export type RedirectContributionInput = {
  contributionId: Scalars['ID']['input'];
  /** The proposal to give it to instead (same currency). */
  toProposalId: Scalars['ID']['input'];
};

/** Where a new refresh token is sent: in the response body, or in an HttpOnly cookie for the web app. */
export type RefreshTokenDelivery =
  /** In the payload's refreshToken, for API clients that keep it themselves. */
  | 'BODY'
  /** In the HttpOnly cookie gis_refresh (the web app), never readable by scripts; the payload's refreshToken is then null. Only from the site itself: Origin header of this site, JSON POST. */
  | 'COOKIE';

export type RegionalOrganisationKind =
  | 'REGIONAL'
  | 'SUBREGIONAL'
  | 'UN_REGIONAL_CENTRE';

export type RevisionChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

export type RevisionDecisionInput = {
  proposalId: Scalars['ID']['input'];
  revision: Scalars['Int']['input'];
};

export type Role =
  | 'ADMIN'
  | 'DONOR'
  | 'NPC'
  | 'REGIONAL_REVIEWER'
  | 'UNODA_MODERATOR';

export type ScheduleMeetingInput = {
  location?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

export type SetExchangeRateInput = {
  /** ISO 4217 code, e.g. EUR. */
  currencyCode: Scalars['String']['input'];
  /** First day the rate applies. */
  effectiveDate: Scalars['LocalDate']['input'];
  /** Where the rate comes from, e.g. "UN operational rate". */
  source?: InputMaybe<Scalars['String']['input']>;
  /** US dollars for one unit of the currency, e.g. "1.0834". */
  usdPerUnit: Scalars['Decimal']['input'];
};

export type SetNeedTranslationInput = {
  alreadyDone?: InputMaybe<Scalars['String']['input']>;
  kind: TranslationKind;
  language: Language;
  nationalContribution?: InputMaybe<Scalars['String']['input']>;
  needId: Scalars['ID']['input'];
  problem: Scalars['String']['input'];
  proposedActivities: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type SetOfferTranslationInput = {
  description: Scalars['String']['input'];
  kind: TranslationKind;
  language: Language;
  offerId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type SetProposalDocumentPublicInput = {
  /** The document version. */
  documentId: Scalars['ID']['input'];
  /** true: anyone who may see the proposal reads it; false: the parties only. */
  public: Scalars['Boolean']['input'];
};

export type SetUserStatusInput = {
  /** ACTIVE or DISABLED. */
  status: UserStatus;
  userId: Scalars['ID']['input'];
};

export type SubmitOutcomeReportInput = {
  /** A link to the full report. */
  documentUrl?: InputMaybe<Scalars['String']['input']>;
  /** The party you report for; left out, your own among the parties. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  proposalId: Scalars['ID']['input'];
  /** What was done and achieved. */
  summary: Scalars['String']['input'];
};

export type TrancheInput = {
  lines: Array<BudgetLineInput>;
  /** The proposal's needs this tranche carries: a need is funded when the tranches that carry it are. A need no tranche names is carried by all. */
  needIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
};

export type TranslationKind =
  | 'MACHINE'
  | 'VERIFIED';

export type UnsubscribeOutcome =
  | 'DONE'
  | 'INVALID'
  | 'URGENT';

export type UpdateMeInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  preferredLanguage?: InputMaybe<Language>;
  /** IANA time zone, e.g. Africa/Accra. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateNeedInput = {
  alreadyDone?: InputMaybe<Scalars['String']['input']>;
  /** Assistance type codes. */
  assistanceTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Null removes the budget. */
  budget?: InputMaybe<MoneyInput>;
  /** The version you read; a newer one on the server means someone else changed it (CONFLICT). */
  expectedVersion: Scalars['Int']['input'];
  itiParagraphs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** MOSAIC module codes. */
  mosaicModules?: InputMaybe<Array<Scalars['String']['input']>>;
  nationalContribution?: InputMaybe<Scalars['String']['input']>;
  needId: Scalars['ID']['input'];
  poaParagraphs?: InputMaybe<Array<Scalars['String']['input']>>;
  priorityRank?: InputMaybe<Scalars['Int']['input']>;
  problem?: InputMaybe<Scalars['String']['input']>;
  proposedActivities?: InputMaybe<Scalars['String']['input']>;
  /** Thematic area codes. */
  thematicAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  timeframeEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  timeframeStart?: InputMaybe<Scalars['LocalDate']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Default: the end of the current biennial reporting cycle. */
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
  visibility?: InputMaybe<NeedVisibility>;
};

export type UpdateOfferInput = {
  /** Assistance type codes. */
  assistanceTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  availableFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Null: until the money runs out. */
  availableUntil?: InputMaybe<Scalars['LocalDate']['input']>;
  /** ISO 4217 code of every amount. */
  budgetCurrency?: InputMaybe<Scalars['String']['input']>;
  budgetMaxPerProject?: InputMaybe<Scalars['Decimal']['input']>;
  budgetMinPerProject?: InputMaybe<Scalars['Decimal']['input']>;
  budgetTotal?: InputMaybe<Scalars['Decimal']['input']>;
  conditions?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Anyone may benefit. */
  eligibleEverywhere?: InputMaybe<Scalars['Boolean']['input']>;
  /** Regional organisation codes (e.g. ECOWAS). */
  eligibleRegionalOrganisations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** M49 region, subregion or intermediate-region codes. */
  eligibleRegions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO alpha-3 of Member States. */
  eligibleStates?: InputMaybe<Array<Scalars['String']['input']>>;
  expectedVersion: Scalars['Int']['input'];
  modality?: InputMaybe<Scalars['String']['input']>;
  offerId: Scalars['ID']['input'];
  /** Thematic area codes. */
  thematicAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  visibility?: InputMaybe<OfferVisibility>;
  workingLanguages?: InputMaybe<Array<Language>>;
};

export type UpdateProposalDraftInput = {
  /** Allow commitments beyond the target (default no). */
  allowOverFunding?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217 code: one currency for the whole proposal. */
  currency?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  /** Past this date, a proposal not yet funded expires. */
  fundingDeadline?: InputMaybe<Scalars['LocalDate']['input']>;
  implementingAgency?: InputMaybe<Scalars['String']['input']>;
  /** The needs it carries, replacing the current list. */
  needIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  proposalId: Scalars['ID']['input'];
  /** The UN regional centre that reviews it and is a party (UNREC, UNLIREC, UNRCPD; it must have its organisation on the platform). Left out: the centre of the requesting States' region, when they share one. */
  regionalCentreCode?: InputMaybe<Scalars['String']['input']>;
  reviewDeadline?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The scope of work: activities, outputs, who does what. */
  scope?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Ask the regional centre for a technical review after endorsement. */
  technicalReview?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Tranches in order (numbered from 1), each with its budget lines. */
  tranches?: InputMaybe<Array<TrancheInput>>;
};

export type UpdateStandingCriteriaInput = {
  /** Assistance type codes; empty = any. */
  assistanceTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  budgetUsdMax?: InputMaybe<Scalars['Decimal']['input']>;
  budgetUsdMin?: InputMaybe<Scalars['Decimal']['input']>;
  criteriaId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** Empty = any language. */
  languages?: InputMaybe<Array<Language>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** M49 area codes; with states, empty = anywhere. */
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO alpha-3; with regions, empty = anywhere. */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Thematic area codes; empty = any. */
  thematicAreas?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'INVITED';

/**
 * Keys built at run time from a code the API gives (a status, a role, a language...). The
 * catalogue test checks that each family has exactly one key per value of its schema enum, so a
 * new enum value cannot ship untranslated.
 */
export const ENUM_FAMILIES = {
  needStatus: 'NeedStatus',
  needSort: 'NeedSort',
  needVisibility: 'NeedVisibility',
  needCloseReason: 'NeedCloseReason',
  instrument: 'Instrument',
  offerStatus: 'OfferStatus',
  offerSort: 'OfferSort',
  offerVisibility: 'OfferVisibility',
  language: 'Language',
  role: 'Role',
  organisationType: 'OrganisationType',
  userStatus: 'UserStatus',
  translationKind: 'TranslationKind',
  notificationCategory: 'NotificationCategory',
  notificationCategoryHint: 'NotificationCategory',
  deliveryMode: 'NotificationDeliveryMode',
  proposalStatus: 'ProposalStatus',
  proposalSort: 'ProposalSort',
  proposalPartyKind: 'ProposalPartyKind',
  proposalRevisionStatus: 'ProposalRevisionStatus',
  contributionStatus: 'ContributionStatus',
  contributionKind: 'ContributionKind',
  matchStatus: 'MatchStatus',
  matchOrigin: 'MatchOrigin',
  matchCriterion: 'MatchCriterion',
  matchHardFilter: 'MatchHardFilter',
  matchEligibilityBasis: 'MatchEligibilityBasis',
  matchRunStatus: 'MatchRunStatus',
  matchRunTrigger: 'MatchRunTrigger',
  meetingStatus: 'MeetingStatus',
  meetingOutcomeAction: 'MeetingOutcomeAction',
} as const;

export type EnumFamily = keyof typeof ENUM_FAMILIES;

/** M49 regions (the region filter); names in the catalogues as `region.<code>`. */
export const M49_REGIONS = ['002', '019', '142', '150', '009'] as const;

/** Families whose values come from elsewhere than a schema enum. */
// qualityCheck./qualityHint.: the need quality meter's check codes (QualityCheck.code, a string in the schema).
export const OTHER_FAMILIES = ['region.', 'reason.', 'field.', 'qualityCheck.', 'qualityHint.'] as const;

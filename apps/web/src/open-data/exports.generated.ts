/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../gql/types';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows a dashboard to the needs of one reporting year and/or one region. */
export type DashboardFilter = {
  /** An M49 region code (002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania). */
  regionCode?: string | null | undefined;
  /** The year of the national report the need came from (else the year it was published). */
  reportingYear?: number | null | undefined;
};

export type ExportFormat =
  | 'CSV'
  | 'XLSX';

export type FundingDimension =
  | 'REGION'
  | 'REPORTING_YEAR'
  | 'STATE'
  | 'THEMATIC_AREA';

/** One of the six official UN languages. */
export type Language =
  | 'AR'
  | 'EN'
  | 'ES'
  | 'FR'
  | 'RU'
  | 'ZH';

export type MatchFilter = {
  /** Lowest score, from 0 to 1. */
  minScore?: number | null | undefined;
  /** The offers' donor organisations. */
  organisations?: Array<string | number> | null | undefined;
  /** The needs' States in this M49 region, e.g. "002" (Africa). */
  regionCode?: string | null | undefined;
  /** The needs' States (ISO alpha-3). */
  states?: Array<string> | null | undefined;
  /** Default: the live ones (suggested, confirmed and interests). */
  statuses?: Array<MatchStatus> | null | undefined;
  /** Only strong suggestions (score at or above MATCH_STRONG_SCORE). */
  strongOnly?: boolean | null | undefined;
  /** The needs' thematic areas (any of). */
  thematicAreas?: Array<string> | null | undefined;
};

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

export type NeedFilter = {
  /** Any of these assistance types. */
  assistanceTypes?: Array<string> | null | undefined;
  budgetUsdMax?: string | null | undefined;
  budgetUsdMin?: string | null | undefined;
  /** M49 region code, e.g. "002" (Africa). */
  regionCode?: string | null | undefined;
  /** Needs of the members of this regional organisation. */
  regionalOrganisationCode?: string | null | undefined;
  /** ISO alpha-3 codes. */
  states?: Array<string> | null | undefined;
  /** Default: PUBLISHED. */
  statuses?: Array<NeedStatus> | null | undefined;
  /** M49 subregion code. */
  subregionCode?: string | null | undefined;
  /** Any of these thematic areas. */
  thematicAreas?: Array<string> | null | undefined;
  validUntilFrom?: string | null | undefined;
  validUntilTo?: string | null | undefined;
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

export type OfferFilter = {
  /** Any of these assistance types. */
  assistanceTypes?: Array<string> | null | undefined;
  /** Available on this date. */
  availableOn?: string | null | undefined;
  /** Offers this State (ISO alpha-3) is eligible for. */
  eligibleFor?: string | null | undefined;
  /** Offers of these donor organisations. */
  organisations?: Array<string | number> | null | undefined;
  /** Projects of this USD size are possible (within min/max per project). */
  projectUsd?: string | null | undefined;
  /** At least this much USD remaining. */
  remainingUsdMin?: string | null | undefined;
  /** Default: PUBLISHED. */
  statuses?: Array<OfferStatus> | null | undefined;
  /** Any of these thematic areas. */
  thematicAreas?: Array<string> | null | undefined;
  /** The donor works in any of these languages. */
  workingLanguages?: Array<Language> | null | undefined;
};

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

export type ProposalFilter = {
  /** Only proposals your organisations are parties to. */
  mine?: boolean | null | undefined;
  /** Proposals these organisations are parties to. */
  parties?: Array<string | number> | null | undefined;
  /** Requesting States (ISO alpha-3). */
  states?: Array<string> | null | undefined;
  statuses?: Array<ProposalStatus> | null | undefined;
};

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

export type ExportLinkFragment = { path: string, fileName: string };

export type ExportNeedsMutationVariables = Exact<{
  format: Types.ExportFormat;
  lang?: Types.Language | null | undefined;
  filter?: Types.NeedFilter | null | undefined;
  search?: string | null | undefined;
  sort?: Types.NeedSort | null | undefined;
}>;


export type ExportNeedsMutation = { link: { path: string, fileName: string } };

export type ExportOffersMutationVariables = Exact<{
  format: Types.ExportFormat;
  lang?: Types.Language | null | undefined;
  filter?: Types.OfferFilter | null | undefined;
  search?: string | null | undefined;
  sort?: Types.OfferSort | null | undefined;
}>;


export type ExportOffersMutation = { link: { path: string, fileName: string } };

export type ExportMyMatchesMutationVariables = Exact<{
  format: Types.ExportFormat;
  lang?: Types.Language | null | undefined;
  filter?: Types.MatchFilter | null | undefined;
  sort?: Types.MatchSort | null | undefined;
}>;


export type ExportMyMatchesMutation = { link: { path: string, fileName: string } };

export type ExportMatchQueueMutationVariables = Exact<{
  format: Types.ExportFormat;
  lang?: Types.Language | null | undefined;
  filter?: Types.MatchFilter | null | undefined;
  sort?: Types.MatchSort | null | undefined;
}>;


export type ExportMatchQueueMutation = { link: { path: string, fileName: string } };

export type ExportProposalsMutationVariables = Exact<{
  format: Types.ExportFormat;
  lang?: Types.Language | null | undefined;
  filter?: Types.ProposalFilter | null | undefined;
  sort?: Types.ProposalSort | null | undefined;
}>;


export type ExportProposalsMutation = { link: { path: string, fileName: string } };

export type ExportContributionsMutationVariables = Exact<{
  format: Types.ExportFormat;
  lang?: Types.Language | null | undefined;
  proposalId: string | number;
}>;


export type ExportContributionsMutation = { link: { path: string, fileName: string } };

export type ExportCoverageDashboardMutationVariables = Exact<{
  format: Types.ExportFormat;
  lang?: Types.Language | null | undefined;
  filter?: Types.DashboardFilter | null | undefined;
}>;


export type ExportCoverageDashboardMutation = { link: { path: string, fileName: string } };

export type ExportFundingDashboardMutationVariables = Exact<{
  format: Types.ExportFormat;
  lang?: Types.Language | null | undefined;
  dimension: Types.FundingDimension;
  filter?: Types.DashboardFilter | null | undefined;
}>;


export type ExportFundingDashboardMutation = { link: { path: string, fileName: string } };

export type ExportFlowDashboardMutationVariables = Exact<{
  format: Types.ExportFormat;
  lang?: Types.Language | null | undefined;
  filter?: Types.DashboardFilter | null | undefined;
}>;


export type ExportFlowDashboardMutation = { link: { path: string, fileName: string } };

export const ExportLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]} as unknown as DocumentNode<ExportLinkFragment, unknown>;
export const ExportNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"link"},"name":{"kind":"Name","value":"exportNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]} as unknown as DocumentNode<ExportNeedsMutation, ExportNeedsMutationVariables>;
export const ExportOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"link"},"name":{"kind":"Name","value":"exportOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]} as unknown as DocumentNode<ExportOffersMutation, ExportOffersMutationVariables>;
export const ExportMyMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportMyMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"link"},"name":{"kind":"Name","value":"exportMyMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]} as unknown as DocumentNode<ExportMyMatchesMutation, ExportMyMatchesMutationVariables>;
export const ExportMatchQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportMatchQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"link"},"name":{"kind":"Name","value":"exportMatchQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]} as unknown as DocumentNode<ExportMatchQueueMutation, ExportMatchQueueMutationVariables>;
export const ExportProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"link"},"name":{"kind":"Name","value":"exportProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]} as unknown as DocumentNode<ExportProposalsMutation, ExportProposalsMutationVariables>;
export const ExportContributionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportContributions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"link"},"name":{"kind":"Name","value":"exportContributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]} as unknown as DocumentNode<ExportContributionsMutation, ExportContributionsMutationVariables>;
export const ExportCoverageDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportCoverageDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"link"},"name":{"kind":"Name","value":"exportCoverageDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]} as unknown as DocumentNode<ExportCoverageDashboardMutation, ExportCoverageDashboardMutationVariables>;
export const ExportFundingDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportFundingDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"link"},"name":{"kind":"Name","value":"exportFundingDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]} as unknown as DocumentNode<ExportFundingDashboardMutation, ExportFundingDashboardMutationVariables>;
export const ExportFlowDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportFlowDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"link"},"name":{"kind":"Name","value":"exportFlowDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]} as unknown as DocumentNode<ExportFlowDashboardMutation, ExportFlowDashboardMutationVariables>;
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

/** One of the six official UN languages. */
export type Language =
  | 'AR'
  | 'EN'
  | 'ES'
  | 'FR'
  | 'RU'
  | 'ZH';

export type CoverageDashboardQueryVariables = Exact<{
  lang: Types.Language;
  filter?: Types.DashboardFilter | null | undefined;
}>;


export type CoverageDashboardQuery = { coverageDashboard: { needs: number, unmetCount: number, asOf: string, cells: Array<{ thematicAreaCode: string, thematicAreaName: string, regionCode: string, regionName: string, needs: number, needsBudgetUsd: string, fittingOffers: number, offersRemainingUsd: string }>, unmet: Array<{ id: string, title: string, stateIso3: string, stateName: string, budgetUsd: string | null, publishedAt: string }> } };

export type FundingDashboardQueryVariables = Exact<{
  lang: Types.Language;
  dimension: Types.FundingDimension;
  filter?: Types.DashboardFilter | null | undefined;
}>;


export type FundingDashboardQuery = { fundingDashboard: { dimension: Types.FundingDimension, asOf: string, rateDate: string | null, rows: Array<{ key: string | null, name: string | null, requestedUsd: string, pledgedUsd: string, committedUsd: string, disbursedUsd: string, gapUsd: string }>, total: { requestedUsd: string, pledgedUsd: string, committedUsd: string, disbursedUsd: string, gapUsd: string } } };

export type FlowDashboardQueryVariables = Exact<{
  filter?: Types.DashboardFilter | null | undefined;
}>;


export type FlowDashboardQuery = { flowDashboard: { publishedNeeds: number, expiredUnmatched: number, expiredUnmatchedShare: string | null, stages: Array<{ stage: Types.FlowStage, count: number, q1Days: string | null, medianDays: string | null, q3Days: string | null }> } };


export const CoverageDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"unmetCount"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thematicAreaCode"}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreaName"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"needsBudgetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"fittingOffers"}},{"kind":"Field","name":{"kind":"Name","value":"offersRemainingUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"stateName"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageDashboardQuery, CoverageDashboardQueryVariables>;
export const FundingDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requestedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"committedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"gapUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"committedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"gapUsd"}}]}}]}}]}}]} as unknown as DocumentNode<FundingDashboardQuery, FundingDashboardQueryVariables>;
export const FlowDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlowDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"expiredUnmatched"}},{"kind":"Field","name":{"kind":"Name","value":"expiredUnmatchedShare"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"q1Days"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"q3Days"}}]}}]}}]}}]} as unknown as DocumentNode<FlowDashboardQuery, FlowDashboardQueryVariables>;
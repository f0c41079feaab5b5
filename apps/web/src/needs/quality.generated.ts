/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../gql/types';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type MoneyInput = {
  amount: string;
  /** ISO 4217 code. */
  currency: string;
};

export type NeedContentInput = {
  alreadyDone?: string | null | undefined;
  /** Assistance type codes. */
  assistanceTypes?: Array<string> | null | undefined;
  /** Null removes the budget. */
  budget?: MoneyInput | null | undefined;
  itiParagraphs?: Array<string> | null | undefined;
  /** MOSAIC module codes. */
  mosaicModules?: Array<string> | null | undefined;
  nationalContribution?: string | null | undefined;
  poaParagraphs?: Array<string> | null | undefined;
  priorityRank?: number | null | undefined;
  problem?: string | null | undefined;
  proposedActivities?: string | null | undefined;
  /** Thematic area codes. */
  thematicAreas?: Array<string> | null | undefined;
  timeframeEnd?: string | null | undefined;
  timeframeStart?: string | null | undefined;
  title?: string | null | undefined;
  /** Default: the end of the current biennial reporting cycle. */
  validUntil?: string | null | undefined;
  visibility?: NeedVisibility | null | undefined;
};

export type NeedVisibility =
  | 'PRIVATE'
  | 'PUBLIC'
  | 'STATES_AND_DONORS';

export type NeedQualityPreviewQueryVariables = Exact<{
  input: Types.NeedContentInput;
}>;


export type NeedQualityPreviewQuery = { needQualityPreview: { score: number, checks: Array<{ code: string, passed: boolean, weight: number }> } };


export const NeedQualityPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedQualityPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needQualityPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]} as unknown as DocumentNode<NeedQualityPreviewQuery, NeedQualityPreviewQueryVariables>;
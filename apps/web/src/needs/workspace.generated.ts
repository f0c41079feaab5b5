/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../gql/types';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CreateNeedInput = {
  alreadyDone?: string | null | undefined;
  /** Assistance type codes. */
  assistanceTypes?: Array<string> | null | undefined;
  /** Null removes the budget. */
  budget?: MoneyInput | null | undefined;
  itiParagraphs?: Array<string> | null | undefined;
  /** Language the text is written in; default the author's. */
  language?: Language | null | undefined;
  /** MOSAIC module codes. */
  mosaicModules?: Array<string> | null | undefined;
  nationalContribution?: string | null | undefined;
  poaParagraphs?: Array<string> | null | undefined;
  priorityRank?: number | null | undefined;
  problem: string;
  proposedActivities: string;
  /** ISO alpha-3 of the State asking. */
  stateIso3: string;
  /** Thematic area codes. */
  thematicAreas?: Array<string> | null | undefined;
  timeframeEnd?: string | null | undefined;
  timeframeStart?: string | null | undefined;
  title: string;
  /** Default: the end of the current biennial reporting cycle. */
  validUntil?: string | null | undefined;
  visibility?: NeedVisibility | null | undefined;
};

/** One of the six official UN languages. */
export type Language =
  | 'AR'
  | 'EN'
  | 'ES'
  | 'FR'
  | 'RU'
  | 'ZH';

export type MoneyInput = {
  amount: string;
  /** ISO 4217 code. */
  currency: string;
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
  expectedVersion?: number | null | undefined;
  needId: string | number;
  /** Why (required to return a need for edits). */
  reason?: string | null | undefined;
};

export type NeedVisibility =
  | 'PRIVATE'
  | 'PUBLIC'
  | 'STATES_AND_DONORS';

export type UpdateNeedInput = {
  alreadyDone?: string | null | undefined;
  /** Assistance type codes. */
  assistanceTypes?: Array<string> | null | undefined;
  /** Null removes the budget. */
  budget?: MoneyInput | null | undefined;
  /** The version you read; a newer one on the server means someone else changed it (CONFLICT). */
  expectedVersion: number;
  itiParagraphs?: Array<string> | null | undefined;
  /** MOSAIC module codes. */
  mosaicModules?: Array<string> | null | undefined;
  nationalContribution?: string | null | undefined;
  needId: string | number;
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

export type MyNeedsQueryVariables = Exact<{
  lang: Types.Language;
  filter?: Types.NeedFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyNeedsQuery = { needs: { totalCount: number, edges: Array<{ node: { updatedAt: string, returnReason: string | null, id: string, title: string, status: Types.NeedStatus, originalLanguage: Types.Language, stateIso3: string, budgetUsd: string | null, validUntil: string, publishedAt: string | null, quality: { score: number } | null, state: { iso3: string, name: string }, thematicAreas: Array<{ code: string, name: string }>, budget: { amount: string, currency: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type NeedForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedForEditQuery = { need: { id: string, version: number, status: Types.NeedStatus, stateIso3: string, originalLanguage: Types.Language, title: string, problem: string, proposedActivities: string, alreadyDone: string | null, nationalContribution: string | null, thematicAreaCodes: Array<string>, assistanceTypeCodes: Array<string>, priorityRank: number | null, validUntil: string, visibility: Types.NeedVisibility, returnReason: string | null, budget: { amount: string, currency: string } | null, timeframe: { start: string | null, end: string | null } } };

export type CurrenciesQueryVariables = Exact<{
  lang: Types.Language;
}>;


export type CurrenciesQuery = { currencies: Array<{ code: string, name: string }> };

export type CreateNeedMutationVariables = Exact<{
  input: Types.CreateNeedInput;
}>;


export type CreateNeedMutation = { createNeed: { id: string, version: number, status: Types.NeedStatus } };

export type UpdateNeedMutationVariables = Exact<{
  input: Types.UpdateNeedInput;
}>;


export type UpdateNeedMutation = { updateNeed: { id: string, version: number, status: Types.NeedStatus } };

export type NeedActionResultFragment = { id: string, version: number, status: Types.NeedStatus, statusChangedAt: string, availableActions: Array<Types.NeedAction>, canEdit: boolean, canReconfirm: boolean, returnReason: string | null };

export type SubmitNeedMutationVariables = Exact<{
  input: Types.NeedTransitionInput;
}>;


export type SubmitNeedMutation = { submitNeed: { id: string, version: number, status: Types.NeedStatus, statusChangedAt: string, availableActions: Array<Types.NeedAction>, canEdit: boolean, canReconfirm: boolean, returnReason: string | null } };

export type WithdrawNeedMutationVariables = Exact<{
  input: Types.NeedTransitionInput;
}>;


export type WithdrawNeedMutation = { withdrawNeed: { id: string, version: number, status: Types.NeedStatus, statusChangedAt: string, availableActions: Array<Types.NeedAction>, canEdit: boolean, canReconfirm: boolean, returnReason: string | null } };

export const NeedActionResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canReconfirm"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]} as unknown as DocumentNode<NeedActionResultFragment, unknown>;
export const MyNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NEWEST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedRow"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"originalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<MyNeedsQuery, MyNeedsQueryVariables>;
export const NeedForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"originalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"proposedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyDone"}},{"kind":"Field","name":{"kind":"Name","value":"nationalContribution"}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityRank"}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]}}]} as unknown as DocumentNode<NeedForEditQuery, NeedForEditQueryVariables>;
export const CurrenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Currencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CurrenciesQuery, CurrenciesQueryVariables>;
export const CreateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateNeedMutation, CreateNeedMutationVariables>;
export const UpdateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateNeedMutation, UpdateNeedMutationVariables>;
export const SubmitNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedActionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canReconfirm"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]} as unknown as DocumentNode<SubmitNeedMutation, SubmitNeedMutationVariables>;
export const WithdrawNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedActionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canReconfirm"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]} as unknown as DocumentNode<WithdrawNeedMutation, WithdrawNeedMutationVariables>;
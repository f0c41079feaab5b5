/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../gql/types';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CreateStandingCriteriaInput = {
  /** Assistance type codes; empty = any. */
  assistanceTypes?: Array<string> | null | undefined;
  budgetUsdMax?: string | null | undefined;
  budgetUsdMin?: string | null | undefined;
  /** Empty = any language. */
  languages?: Array<Language> | null | undefined;
  name: string;
  /** Your donor organisation. */
  organisationId: string | number;
  /** M49 area codes; with states, empty = anywhere. */
  regions?: Array<string> | null | undefined;
  /** ISO alpha-3; with regions, empty = anywhere. */
  states?: Array<string> | null | undefined;
  /** Thematic area codes; empty = any. */
  thematicAreas?: Array<string> | null | undefined;
};

/** One of the six official UN languages. */
export type Language =
  | 'AR'
  | 'EN'
  | 'ES'
  | 'FR'
  | 'RU'
  | 'ZH';

export type UpdateStandingCriteriaInput = {
  /** Assistance type codes; empty = any. */
  assistanceTypes?: Array<string> | null | undefined;
  budgetUsdMax?: string | null | undefined;
  budgetUsdMin?: string | null | undefined;
  criteriaId: string | number;
  expectedVersion: number;
  /** Empty = any language. */
  languages?: Array<Language> | null | undefined;
  name?: string | null | undefined;
  /** M49 area codes; with states, empty = anywhere. */
  regions?: Array<string> | null | undefined;
  /** ISO alpha-3; with regions, empty = anywhere. */
  states?: Array<string> | null | undefined;
  /** Thematic area codes; empty = any. */
  thematicAreas?: Array<string> | null | undefined;
};

export type CriteriaFieldsFragment = { id: string, version: number, name: string, active: boolean, thematicAreaCodes: Array<string>, assistanceTypeCodes: Array<string>, regions: Array<string>, states: Array<string>, languages: Array<Types.Language>, budgetUsdMin: string | null, budgetUsdMax: string | null };

export type MyCriteriaQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type MyCriteriaQuery = { standingCriteria: Array<{ id: string, version: number, name: string, active: boolean, thematicAreaCodes: Array<string>, assistanceTypeCodes: Array<string>, regions: Array<string>, states: Array<string>, languages: Array<Types.Language>, budgetUsdMin: string | null, budgetUsdMax: string | null }> };

export type CriteriaPreviewQueryVariables = Exact<{
  criteriaId: string | number;
  lang: Types.Language;
}>;


export type CriteriaPreviewQuery = { standingCriteriaPreview: { totalCount: number, needs: Array<{ id: string, title: string, originalLanguage: Types.Language, budgetUsd: string | null, publishedAt: string | null, state: { iso3: string, name: string }, budget: { amount: string, currency: string } | null }> } };

export type CreateCriteriaMutationVariables = Exact<{
  input: Types.CreateStandingCriteriaInput;
}>;


export type CreateCriteriaMutation = { createStandingCriteria: { id: string, version: number, name: string, active: boolean, thematicAreaCodes: Array<string>, assistanceTypeCodes: Array<string>, regions: Array<string>, states: Array<string>, languages: Array<Types.Language>, budgetUsdMin: string | null, budgetUsdMax: string | null } };

export type UpdateCriteriaMutationVariables = Exact<{
  input: Types.UpdateStandingCriteriaInput;
}>;


export type UpdateCriteriaMutation = { updateStandingCriteria: { id: string, version: number, name: string, active: boolean, thematicAreaCodes: Array<string>, assistanceTypeCodes: Array<string>, regions: Array<string>, states: Array<string>, languages: Array<Types.Language>, budgetUsdMin: string | null, budgetUsdMax: string | null } };

export type SetCriteriaActiveMutationVariables = Exact<{
  criteriaId: string | number;
  active: boolean;
}>;


export type SetCriteriaActiveMutation = { setStandingCriteriaActive: { id: string, version: number, name: string, active: boolean, thematicAreaCodes: Array<string>, assistanceTypeCodes: Array<string>, regions: Array<string>, states: Array<string>, languages: Array<Types.Language>, budgetUsdMin: string | null, budgetUsdMax: string | null } };

export type DeleteCriteriaMutationVariables = Exact<{
  criteriaId: string | number;
}>;


export type DeleteCriteriaMutation = { deleteStandingCriteria: boolean };

export const CriteriaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandingCriteria"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"states"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsdMin"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsdMax"}}]}}]} as unknown as DocumentNode<CriteriaFieldsFragment, unknown>;
export const MyCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standingCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandingCriteria"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"states"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsdMin"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsdMax"}}]}}]} as unknown as DocumentNode<MyCriteriaQuery, MyCriteriaQueryVariables>;
export const CriteriaPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriteriaPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criteriaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standingCriteriaPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"criteriaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criteriaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"originalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CriteriaPreviewQuery, CriteriaPreviewQueryVariables>;
export const CreateCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStandingCriteriaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStandingCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandingCriteria"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"states"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsdMin"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsdMax"}}]}}]} as unknown as DocumentNode<CreateCriteriaMutation, CreateCriteriaMutationVariables>;
export const UpdateCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStandingCriteriaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStandingCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandingCriteria"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"states"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsdMin"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsdMax"}}]}}]} as unknown as DocumentNode<UpdateCriteriaMutation, UpdateCriteriaMutationVariables>;
export const SetCriteriaActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCriteriaActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criteriaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStandingCriteriaActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"criteriaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criteriaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandingCriteria"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"states"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsdMin"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsdMax"}}]}}]} as unknown as DocumentNode<SetCriteriaActiveMutation, SetCriteriaActiveMutationVariables>;
export const DeleteCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criteriaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteStandingCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"criteriaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criteriaId"}}}]}]}}]} as unknown as DocumentNode<DeleteCriteriaMutation, DeleteCriteriaMutationVariables>;
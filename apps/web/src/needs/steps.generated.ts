/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../gql/types';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CloseNeedInput = {
  closeReason: NeedCloseReason;
  /** When given, refused with CONFLICT if the need changed since. */
  expectedVersion?: number | null | undefined;
  needId: string | number;
  /** Why (required to return a need for edits). */
  reason?: string | null | undefined;
};

/** One of the six official UN languages. */
export type Language =
  | 'AR'
  | 'EN'
  | 'ES'
  | 'FR'
  | 'RU'
  | 'ZH';

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

export type SetNeedTranslationInput = {
  alreadyDone?: string | null | undefined;
  kind: TranslationKind;
  language: Language;
  nationalContribution?: string | null | undefined;
  needId: string | number;
  problem: string;
  proposedActivities: string;
  title: string;
};

export type TranslationKind =
  | 'MACHINE'
  | 'VERIFIED';

export type CloseNeedMutationVariables = Exact<{
  input: Types.CloseNeedInput;
}>;


export type CloseNeedMutation = { closeNeed: { closeReason: Types.NeedCloseReason | null, id: string, version: number, status: Types.NeedStatus, statusChangedAt: string, availableActions: Array<Types.NeedAction>, canEdit: boolean, canReconfirm: boolean, returnReason: string | null } };

export type ReconfirmNeedMutationVariables = Exact<{
  needId: string | number;
}>;


export type ReconfirmNeedMutation = { reconfirmNeed: { validUntil: string, id: string, version: number, status: Types.NeedStatus, statusChangedAt: string, availableActions: Array<Types.NeedAction>, canEdit: boolean, canReconfirm: boolean, returnReason: string | null } };

export type SetNeedTranslationMutationVariables = Exact<{
  input: Types.SetNeedTranslationInput;
}>;


export type SetNeedTranslationMutation = { setNeedTranslation: { id: string, version: number, translations: Array<{ language: Types.Language, isOriginal: boolean, translationKind: Types.TranslationKind | null, title: string, problem: string, proposedActivities: string, alreadyDone: string | null, nationalContribution: string | null }> } };


export const CloseNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedActionResult"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canReconfirm"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]} as unknown as DocumentNode<CloseNeedMutation, CloseNeedMutationVariables>;
export const ReconfirmNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReconfirmNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconfirmNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedActionResult"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canReconfirm"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]} as unknown as DocumentNode<ReconfirmNeedMutation, ReconfirmNeedMutationVariables>;
export const SetNeedTranslationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNeedTranslation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNeedTranslationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNeedTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isOriginal"}},{"kind":"Field","name":{"kind":"Name","value":"translationKind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"proposedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyDone"}},{"kind":"Field","name":{"kind":"Name","value":"nationalContribution"}}]}}]}}]}}]} as unknown as DocumentNode<SetNeedTranslationMutation, SetNeedTranslationMutationVariables>;
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../gql/types';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CreateOfferInput = {
  /** Assistance type codes. */
  assistanceTypes?: Array<string> | null | undefined;
  /** The first day of the window. */
  availableFrom: string;
  /** Null: until the money runs out. */
  availableUntil?: string | null | undefined;
  /** ISO 4217 code of every amount. */
  budgetCurrency: string;
  budgetMaxPerProject?: string | null | undefined;
  budgetMinPerProject?: string | null | undefined;
  budgetTotal: string;
  conditions?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  description: string;
  /** Anyone may benefit. */
  eligibleEverywhere?: boolean | null | undefined;
  /** Regional organisation codes (e.g. ECOWAS). */
  eligibleRegionalOrganisations?: Array<string> | null | undefined;
  /** M49 region, subregion or intermediate-region codes. */
  eligibleRegions?: Array<string> | null | undefined;
  /** ISO alpha-3 of Member States. */
  eligibleStates?: Array<string> | null | undefined;
  /** Language of the text; default the author's. */
  language?: Language | null | undefined;
  modality?: string | null | undefined;
  /** The donor organisation making the offer (one of yours). */
  organisationId: string | number;
  /** Thematic area codes. */
  thematicAreas?: Array<string> | null | undefined;
  title: string;
  visibility?: OfferVisibility | null | undefined;
  workingLanguages?: Array<Language> | null | undefined;
};

/** One of the six official UN languages. */
export type Language =
  | 'AR'
  | 'EN'
  | 'ES'
  | 'FR'
  | 'RU'
  | 'ZH';

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

export type OfferStatus =
  | 'DRAFT'
  | 'EXHAUSTED'
  | 'EXPIRED'
  | 'PUBLISHED'
  | 'RETURNED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type OfferTransitionInput = {
  expectedVersion?: number | null | undefined;
  offerId: string | number;
  /** Why (required to return an offer for edits). */
  reason?: string | null | undefined;
};

export type OfferVisibility =
  | 'PRIVATE'
  | 'PUBLIC'
  | 'STATES_AND_DONORS';

export type TranslationKind =
  | 'MACHINE'
  | 'VERIFIED';

export type UpdateOfferInput = {
  /** Assistance type codes. */
  assistanceTypes?: Array<string> | null | undefined;
  availableFrom?: string | null | undefined;
  /** Null: until the money runs out. */
  availableUntil?: string | null | undefined;
  /** ISO 4217 code of every amount. */
  budgetCurrency?: string | null | undefined;
  budgetMaxPerProject?: string | null | undefined;
  budgetMinPerProject?: string | null | undefined;
  budgetTotal?: string | null | undefined;
  conditions?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  description?: string | null | undefined;
  /** Anyone may benefit. */
  eligibleEverywhere?: boolean | null | undefined;
  /** Regional organisation codes (e.g. ECOWAS). */
  eligibleRegionalOrganisations?: Array<string> | null | undefined;
  /** M49 region, subregion or intermediate-region codes. */
  eligibleRegions?: Array<string> | null | undefined;
  /** ISO alpha-3 of Member States. */
  eligibleStates?: Array<string> | null | undefined;
  expectedVersion: number;
  modality?: string | null | undefined;
  offerId: string | number;
  /** Thematic area codes. */
  thematicAreas?: Array<string> | null | undefined;
  title?: string | null | undefined;
  visibility?: OfferVisibility | null | undefined;
  workingLanguages?: Array<Language> | null | undefined;
};

export type MyOffersQueryVariables = Exact<{
  lang: Types.Language;
  filter?: Types.OfferFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyOffersQuery = { offers: { totalCount: number, edges: Array<{ node: { updatedAt: string, returnReason: string | null, id: string, title: string, status: Types.OfferStatus, originalLanguage: Types.Language, organisationId: string, availableUntil: string | null, text: { language: Types.Language, isOriginal: boolean, translationKind: Types.TranslationKind | null, title: string }, organisation: { id: string, name: string, acronym: string | null }, thematicAreas: Array<{ code: string, name: string }>, budget: { currency: string, remaining: string, remainingUsd: string | null } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type OfferForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferForEditQuery = { offer: { id: string, version: number, status: Types.OfferStatus, organisationId: string, originalLanguage: Types.Language, title: string, description: string, conditions: string | null, modality: string | null, thematicAreaCodes: Array<string>, assistanceTypeCodes: Array<string>, availableFrom: string, availableUntil: string | null, workingLanguages: Array<Types.Language>, visibility: Types.OfferVisibility, contactName: string | null, contactEmail: string | null, returnReason: string | null, eligibility: { everywhere: boolean, regions: Array<string>, regionalOrganisations: Array<string>, states: Array<string> }, budget: { currency: string, total: string, minPerProject: string | null, maxPerProject: string | null } } };

export type OfferCurrenciesQueryVariables = Exact<{
  lang: Types.Language;
}>;


export type OfferCurrenciesQuery = { currencies: Array<{ code: string, name: string }> };

export type CreateOfferMutationVariables = Exact<{
  input: Types.CreateOfferInput;
}>;


export type CreateOfferMutation = { createOffer: { id: string, version: number, status: Types.OfferStatus } };

export type UpdateOfferMutationVariables = Exact<{
  input: Types.UpdateOfferInput;
}>;


export type UpdateOfferMutation = { updateOffer: { id: string, version: number, status: Types.OfferStatus } };

export type OfferActionResultFragment = { id: string, version: number, status: Types.OfferStatus, statusChangedAt: string, availableActions: Array<Types.OfferAction>, returnReason: string | null };

export type SubmitOfferMutationVariables = Exact<{
  input: Types.OfferTransitionInput;
}>;


export type SubmitOfferMutation = { submitOffer: { id: string, version: number, status: Types.OfferStatus, statusChangedAt: string, availableActions: Array<Types.OfferAction>, returnReason: string | null } };

export type ReopenOfferMutationVariables = Exact<{
  input: Types.OfferTransitionInput;
}>;


export type ReopenOfferMutation = { reopenOffer: { id: string, version: number, status: Types.OfferStatus, statusChangedAt: string, availableActions: Array<Types.OfferAction>, returnReason: string | null } };

export type WithdrawOfferMutationVariables = Exact<{
  input: Types.OfferTransitionInput;
}>;


export type WithdrawOfferMutation = { withdrawOffer: { id: string, version: number, status: Types.OfferStatus, statusChangedAt: string, availableActions: Array<Types.OfferAction>, returnReason: string | null } };

export const OfferActionResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]} as unknown as DocumentNode<OfferActionResultFragment, unknown>;
export const MyOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NEWEST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferRow"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"originalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isOriginal"}},{"kind":"Field","name":{"kind":"Name","value":"translationKind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"remainingUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}}]}}]} as unknown as DocumentNode<MyOffersQuery, MyOffersQueryVariables>;
export const OfferForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"originalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"everywhere"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"regionalOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"states"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"minPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"workingLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]}}]} as unknown as DocumentNode<OfferForEditQuery, OfferForEditQueryVariables>;
export const OfferCurrenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferCurrencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OfferCurrenciesQuery, OfferCurrenciesQueryVariables>;
export const CreateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateOfferMutation, CreateOfferMutationVariables>;
export const UpdateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateOfferMutation, UpdateOfferMutationVariables>;
export const SubmitOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferActionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]} as unknown as DocumentNode<SubmitOfferMutation, SubmitOfferMutationVariables>;
export const ReopenOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferActionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]} as unknown as DocumentNode<ReopenOfferMutation, ReopenOfferMutationVariables>;
export const WithdrawOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferActionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]} as unknown as DocumentNode<WithdrawOfferMutation, WithdrawOfferMutationVariables>;
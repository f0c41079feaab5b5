/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../gql/types';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** One of the six official UN languages. */
export type Language =
  | 'AR'
  | 'EN'
  | 'ES'
  | 'FR'
  | 'RU'
  | 'ZH';

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

/** Why the need's State may benefit from the offer. */
export type MatchEligibilityBasis =
  | 'EVERYWHERE'
  | 'M49_AREA'
  | 'REGIONAL_ORGANISATION'
  | 'STATE';

/** A condition every match must meet before it is scored. */
export type MatchHardFilter =
  | 'NOT_ELIGIBLE'
  | 'NOT_LISTED'
  | 'NO_THEMATIC_RELATION'
  | 'WINDOW_ENDED'
  | 'WINDOW_TOO_LATE';

export type MatchOrigin =
  | 'ENGINE'
  | 'INTEREST';

export type MatchStatus =
  | 'CONFIRMED'
  | 'DISMISSED'
  | 'INTEREST_ACCEPTED'
  | 'INTEREST_DECLINED'
  | 'INTEREST_EXPRESSED'
  | 'SUGGESTED'
  | 'WITHDRAWN';

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

export type OfferStatus =
  | 'DRAFT'
  | 'EXHAUSTED'
  | 'EXPIRED'
  | 'PUBLISHED'
  | 'RETURNED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type MatchDetailQueryVariables = Exact<{
  id: string | number;
  lang: Types.Language;
}>;


export type MatchDetailQuery = { match: { id: string, version: number, availableActions: Array<Types.MatchAction>, needId: string, offerId: string, status: Types.MatchStatus, statusChangedAt: string, score: number | null, strong: boolean, fits: boolean, origin: Types.MatchOrigin, scoredAt: string, createdAt: string, interestMessage: string | null, reason: string | null, need: { id: string, title: string, status: Types.NeedStatus, originalLanguage: Types.Language, budgetUsd: string | null, budgetUsdRateDate: string | null, validUntil: string, state: { iso3: string, name: string }, budget: { amount: string, currency: string } | null, thematicAreas: Array<{ code: string, name: string }> } | null, offer: { id: string, title: string, status: Types.OfferStatus, originalLanguage: Types.Language, organisationId: string, availableFrom: string, availableUntil: string | null, organisation: { id: string, name: string, acronym: string | null }, budget: { currency: string, total: string, remaining: string, remainingUsd: string | null, usdRateDate: string | null }, thematicAreas: Array<{ code: string, name: string }> } | null, explanation: { summary: string, failedFilter: Types.MatchHardFilter | null, eligibility: { basis: Types.MatchEligibilityBasis, codes: Array<string>, explanation: string } | null, criteria: Array<{ criterion: Types.MatchCriterion, weight: number, score: number, contribution: number, explanation: string }> } } };


export const MatchDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"strong"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"scoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"interestMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"originalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUsdRateDate"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"originalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"remainingUsd"}},{"kind":"Field","name":{"kind":"Name","value":"usdRateDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"failedFilter"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchDetailQuery, MatchDetailQueryVariables>;
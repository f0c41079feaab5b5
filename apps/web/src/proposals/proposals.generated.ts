/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../gql/types';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** One of the six official UN languages. */
export type Language =
  | 'AR'
  | 'EN'
  | 'ES'
  | 'FR'
  | 'RU'
  | 'ZH';

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

export type ProposalFilter = {
  /** Only proposals your organisations are parties to. */
  mine?: boolean | null | undefined;
  /** Proposals these organisations are parties to. */
  parties?: Array<string | number> | null | undefined;
  /** Requesting States (ISO alpha-3). */
  states?: Array<string> | null | undefined;
  statuses?: Array<ProposalStatus> | null | undefined;
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

export type ProposalRowFragment = { id: string, reference: string, title: string, status: Types.ProposalStatus, statusChangedAt: string, currency: string, targetAmount: string, targetUsd: string | null, fundingDeadline: string | null, parties: Array<{ kind: Types.ProposalPartyKind, stateIso3: string | null, organisationId: string }>, funding: { committed: string, gap: string, funded: boolean } };

export type ProposalsListQueryVariables = Exact<{
  filter?: Types.ProposalFilter | null | undefined;
  sort?: Types.ProposalSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProposalsListQuery = { proposals: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, reference: string, title: string, status: Types.ProposalStatus, statusChangedAt: string, currency: string, targetAmount: string, targetUsd: string | null, fundingDeadline: string | null, parties: Array<{ kind: Types.ProposalPartyKind, stateIso3: string | null, organisationId: string }>, funding: { committed: string, gap: string, funded: boolean } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ProposalPartiesFragment = { parties: Array<{ kind: Types.ProposalPartyKind, organisationId: string, stateIso3: string | null, endorsedAt: string | null, addedAt: string, organisation: { id: string, name: string, acronym: string | null, type: Types.OrganisationType, memberState: { iso3: string, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string } } | null } }> };

export type ProposalDetailQueryVariables = Exact<{
  id: string | number;
  lang: Types.Language;
}>;


export type ProposalDetailQuery = { proposal: { id: string, reference: string, title: string, summary: string, status: Types.ProposalStatus, statusChangedAt: string, statusReason: string | null, implementingAgency: string, regionalCentreCode: string | null, technicalReview: boolean, reviewDeadline: string | null, fundingDeadline: string | null, allowOverFunding: boolean, createdAt: string, currency: string, targetAmount: string, targetUsd: string | null, matchIds: Array<string>, needs: Array<{ id: string, title: string, status: Types.NeedStatus, originalLanguage: Types.Language, stateIso3: string, state: { iso3: string, name: string } }>, currentRevision: { id: string, number: number, status: Types.ProposalRevisionStatus, scope: string, total: string, agreedAt: string | null, createdAt: string, tranches: Array<{ number: number, title: string, total: string, needIds: Array<string>, lines: Array<{ description: string, amount: string }> }> } | null, funding: { currency: string, target: string, targetUsd: string | null, promised: string | null, committed: string, committedUsd: string | null, disbursed: string, disbursedUsd: string | null, gap: string, gapUsd: string | null, overFunded: string, unallocated: string, funded: boolean, tranches: Array<{ number: number, title: string, target: string, committed: string, allocated: string, disbursed: string, gap: string, funded: boolean }> }, contributions: Array<{ id: string, organisationId: string, status: Types.ContributionStatus, kind: Types.ContributionKind, amount: string, currency: string, description: string | null, trancheNumber: number | null, statusChangedAt: string, version: number }>, documentVersions: Array<{ id: string, name: string, version: number, url: string, mediaType: string | null, note: string | null, public: boolean, addedAt: string }>, parties: Array<{ kind: Types.ProposalPartyKind, organisationId: string, stateIso3: string | null, endorsedAt: string | null, addedAt: string, organisation: { id: string, name: string, acronym: string | null, type: Types.OrganisationType, memberState: { iso3: string, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string } } | null } }> }, regionalOrganisations: Array<{ code: string, name: string }> };

export type UsdRatesQueryVariables = Exact<{
  currency: string;
}>;


export type UsdRatesQuery = { exchangeRates: Array<{ currencyCode: string, effectiveDate: string }> };

export const ProposalRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"fundingDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"funded"}}]}}]}}]} as unknown as DocumentNode<ProposalRowFragment, unknown>;
export const ProposalPartiesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalParties"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"endorsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ar"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"es"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalPartiesFragment, unknown>;
export const ProposalsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"fundingDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"funded"}}]}}]}}]} as unknown as DocumentNode<ProposalsListQuery, ProposalsListQueryVariables>;
export const ProposalDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"implementingAgency"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCentreCode"}},{"kind":"Field","name":{"kind":"Name","value":"technicalReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"fundingDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"allowOverFunding"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"matchIds"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalParties"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"originalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"tranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"promised"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"committedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"gapUsd"}},{"kind":"Field","name":{"kind":"Name","value":"overFunded"}},{"kind":"Field","name":{"kind":"Name","value":"unallocated"}},{"kind":"Field","name":{"kind":"Name","value":"funded"}},{"kind":"Field","name":{"kind":"Name","value":"tranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"funded"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"trancheNumber"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalOrganisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"UN_REGIONAL_CENTRE"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalParties"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"endorsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ar"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"es"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalDetailQuery, ProposalDetailQueryVariables>;
export const UsdRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsdRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangeRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}}]}}]}}]} as unknown as DocumentNode<UsdRatesQuery, UsdRatesQueryVariables>;
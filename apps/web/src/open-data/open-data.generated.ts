/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../gql/types';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type OpenDataQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenDataQuery = { openData: { iatiActivitiesUrl: string, iatiActivityUrlTemplate: string, iatiReportingOrgName: string, iatiReportingOrgRef: string, licence: { id: string, url: string } } };


export const OpenDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iatiActivitiesUrl"}},{"kind":"Field","name":{"kind":"Name","value":"iatiActivityUrlTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"iatiReportingOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"iatiReportingOrgRef"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<OpenDataQuery, OpenDataQueryVariables>;
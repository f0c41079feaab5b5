import { createRequest, type AnyVariables, type DocumentInput, type RequestPolicy } from '@urql/core';
import { useState } from 'react';
import { takePrefetched } from '../app/prefetch';

/**
 * The request policy of a page's query: the client's own (cache and network), except for the
 * request this page view was prefetched with, which is read from the cache (refetching it would
 * ask the same thing twice in the same second). Fixed for the page's life, so the policy never
 * re-runs a query by itself.
 */
export function usePrefetchedPolicy<D, V extends AnyVariables>(query: DocumentInput<D, V>, variables: V): RequestPolicy | undefined {
  const key = createRequest(query, variables).key;
  const [fromPrefetch] = useState(() => (takePrefetched(key) ? key : null));
  return key === fromPrefetch ? 'cache-first' : undefined;
}

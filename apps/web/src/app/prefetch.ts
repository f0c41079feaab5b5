import { createRequest, type AnyVariables, type Client, type DocumentInput } from '@urql/core';

/**
 * A page's first query, asked while the app is still arriving (main.tsx, pages.ts): on a cold load
 * its answer is in the client's cache before the page is first drawn, instead of being asked for
 * only once it has been (docs/PERFORMANCE.md). Free of React, so it leaves before React arrives.
 */
const FRESH_MS = 30_000;
const prefetched = new Map<number, number>();

export function prefetchQuery<D, V extends AnyVariables>(client: Client, query: DocumentInput<D, V>, variables: V): void {
  prefetched.set(createRequest(query, variables).key, Date.now());
  void client.query(query, variables, { requestPolicy: 'network-only' }).toPromise();
}

/** Whether this request was prefetched moments ago; true once only. */
export function takePrefetched(key: number): boolean {
  const at = prefetched.get(key);
  prefetched.delete(key);
  return at !== undefined && Date.now() - at < FRESH_MS;
}

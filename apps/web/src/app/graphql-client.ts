import { authExchange } from '@urql/exchange-auth';
import type { Client as WsClient } from 'graphql-ws';
import { cacheExchange, Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { session } from '../session/session-store';

/**
 * The one GraphQL client: the access token on every request, a refresh through the cookie when
 * the api says UNAUTHENTICATED (then the request is retried once), subscriptions over graphql-ws
 * on the same path (graphql-ws is loaded with the first subscription: visitors never need it).
 */
let current: { viewer: string; client: Client } | null = null;

const liveListeners = new Set<() => void>();

/**
 * Calls `listener` each time the live connection (graphql-ws) is made or made again. What was
 * published before it (the page is open, the socket not yet, or it dropped) never arrives over
 * it: a live view asks the server again then.
 */
export function onLiveConnected(listener: () => void): () => void {
  liveListeners.add(listener);
  return () => liveListeners.delete(listener);
}

/**
 * The client of a reader (`anonymous`, `user:<id>`): the same one for the same reader, so what
 * main.tsx prefetched is in the cache the app reads; a new one (and cache) when the reader changes.
 */
export function graphQLClientFor(viewer: string): Client {
  if (current?.viewer !== viewer) current = { viewer, client: createGraphQLClient() };
  return current.client;
}

function createGraphQLClient(): Client {
  let ws: Promise<WsClient> | null = null;
  const socket = () =>
    (ws ??= import('graphql-ws').then(({ createClient }) =>
      createClient({
        url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
        connectionParams: () => (session.accessToken ? { authorization: `Bearer ${session.accessToken}` } : {}),
        lazy: true,
        retryAttempts: Infinity,
        shouldRetry: () => true,
        on: { connected: () => liveListeners.forEach((listener) => listener()) },
      }),
    ));
  // A new token means a new identity for the socket: reconnect with it.
  let lastToken = session.accessToken;
  session.subscribe(() => {
    if (session.accessToken !== lastToken) {
      lastToken = session.accessToken;
      void ws?.then((client) => client.terminate());
    }
  });

  return new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'same-origin' },
    // POST always: Apollo's CSRF prevention refuses a GET without a preflight header.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => ({
        addAuthToOperation: (operation) =>
          session.accessToken ? utils.appendHeaders(operation, { Authorization: `Bearer ${session.accessToken}` }) : operation,
        // Only a signed-in person has a token to renew; a wrong password at sign-in is not one.
        didAuthError: (error) => session.state.status === 'signedIn' && error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'),
        willAuthError: () => session.state.status === 'signedIn' && !session.accessToken,
        refreshAuth: async () => {
          // The API refused this token (revoked, or expired early): ask the cookie whatever its age.
          if (!(await session.refresh(true))) session.expire();
        },
      })),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => {
            let unsubscribe: (() => void) | null = null;
            let closed = false;
            socket().then(
              (client) => {
                if (!closed) unsubscribe = client.subscribe({ ...request, query: request.query ?? '' }, sink);
              },
              (error: unknown) => sink.error(error),
            );
            return {
              unsubscribe: () => {
                closed = true;
                unsubscribe?.();
              },
            };
          },
        }),
      }),
    ],
  });
}

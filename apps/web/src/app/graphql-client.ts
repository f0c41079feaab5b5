import { authExchange } from '@urql/exchange-auth';
import { createClient as createWsClient } from 'graphql-ws';
import { cacheExchange, Client, fetchExchange, subscriptionExchange } from 'urql';
import { session } from '../session/session-store';

/**
 * The one GraphQL client: the access token on every request, a refresh through the cookie when
 * the api says UNAUTHENTICATED (then the request is retried once), subscriptions over graphql-ws
 * on the same path.
 */
export function createGraphQLClient(): Client {
  const ws = createWsClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: () => (session.accessToken ? { authorization: `Bearer ${session.accessToken}` } : {}),
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  // A new token means a new identity for the socket: reconnect with it.
  let lastToken = session.accessToken;
  session.subscribe(() => {
    if (session.accessToken !== lastToken) {
      lastToken = session.accessToken;
      ws.terminate();
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
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}

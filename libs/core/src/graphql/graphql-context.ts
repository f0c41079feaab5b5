import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth-user.js';
import { RequestLoaders } from './request-loaders.js';

export type GraphQLRequest = FastifyRequest & { user?: AuthUser };

/** What every resolver can read from @Context(). */
export interface GraphQLContext {
  req: GraphQLRequest;
  reply: FastifyReply;
  loaders: RequestLoaders;
}

export function createGraphQLContext(req: FastifyRequest, reply: FastifyReply): GraphQLContext {
  return { req, reply, loaders: new RequestLoaders() };
}

/**
 * The context of a subscription over graphql-ws: the access token travels in the connection
 * parameters (browsers cannot set headers on a WebSocket) and is read like the HTTP header.
 */
export function createSubscriptionContext(connectionParams: Readonly<Record<string, unknown>> | undefined): GraphQLContext {
  const authorization = connectionParams?.authorization ?? connectionParams?.Authorization;
  const req = { headers: typeof authorization === 'string' ? { authorization } : {} } as unknown as GraphQLRequest;
  return { req, reply: undefined as unknown as FastifyReply, loaders: new RequestLoaders() };
}

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

import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Context as WsContext } from 'graphql-ws';
import { Kind } from 'graphql';
import { join } from 'node:path';
import type { AccessTokenService } from '../auth/access-token.service.js';
import type { AppConfig } from '../config/app-config.js';
import { formatGraphQLError, isUnexpectedError, loggedAs } from '../errors/graphql-errors.js';
import { noteFault, noteRefusal } from '../logging/request-outcome.js';
import { createGraphQLContext, createSubscriptionContext, type GraphQLContext } from './graphql-context.js';
import { inputRulesPlugin } from './input-rules.js';
import type { ResponseCache } from './response-cache.js';
import { DateTimeScalar } from './scalars.js';

/** Most tokens (names, punctuation, values) an operation may have; refused as a parse failure beyond. */
const MAX_TOKENS = 2000;

/** Where development runs write the emitted schema (committed, reviewed like code). */
export const SCHEMA_FILE = join(process.cwd(), 'schema.gql');

/**
 * Says each error once, on the request's access line (logging/request-outcome.ts): a refusal at its
 * code's level with code, reason and operation name (never the variables: they may hold passwords
 * or tokens), an internal error at error with its stack. Without an HTTP response (a subscription),
 * an internal error is logged here.
 */
function errorLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  const logger = new Logger('GraphQL');
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(ctx) {
          const res = ctx.contextValue.reply?.raw;
          // Before validation passes no operation is resolved: the name the client gave or wrote.
          const written = ctx.document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.name?.value;
          const operation = ctx.operationName ?? ctx.request.operationName ?? written;
          for (const error of ctx.errors) {
            const { code, reason, unexpected } = loggedAs(error);
            if (!unexpected) {
              noteRefusal(res, operation, { code, reason });
              continue;
            }
            const original = unwrapResolverError(error) as Error;
            if (res) noteFault(res, operation, original);
            else logger.error(`unexpected error in ${operation ?? 'anonymous operation'}: ${original?.message}`, original?.stack);
          }
        },
      };
    },
  };
}

/**
 * Apollo on Fastify: code-first schema, errors mapped in one place, CSRF prevention, depth, cost
 * and alias limits on every operation; sandbox and introspection only in development.
 *
 * HTTP statuses follow the GraphQL-over-HTTP specification the way Apollo Server 5 does, the same
 * under `application/json` and `application/graphql-response+json` (the Accept header only picks
 * the response's media type): a request that is not executed (parse or validation failure,
 * variables of the wrong type, input refused by the input rules) is 400; an executed operation is
 * 200, with its errors beside the data. No malformed request answers 500.
 */
export function graphqlOptions(config: AppConfig, responses: ResponseCache, tokens: AccessTokenService): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    maxDirectives: { n: 20 },
    // Armor's token limit re-parses the query in a hook where a syntax error answers 500; the
    // parser's own limit (parseOptions below) makes it an ordinary parse failure (400).
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
  const subscriptionLogger = new Logger('GraphQL');
  return {
    path: '/graphql',
    autoSchemaFile: config.isDevelopment ? SCHEMA_FILE : true,
    sortSchema: true,
    // Every `Date` field is the strict DateTime scalar (NestJS's own accepts any string).
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    parseOptions: { maxTokens: MAX_TOKENS },
    // No "Did you mean ...?" in production: suggestions reveal the schema (enum values included).
    validationOptions: { hideSuggestions: config.isProduction },
    playground: false,
    introspection: config.isDevelopment,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // The cast bridges @apollo/server's ESM and CJS type declarations, which are the same API.
    plugins: [
      ...armor.plugins,
      inputRulesPlugin({ hideSuggestions: config.isProduction }),
      errorLoggingPlugin(),
      responses.plugin(tokens),
      // No HTTP caching of GraphQL here; without this, Apollo instruments every field it resolves.
      ApolloServerPluginCacheControlDisabled(),
      config.isDevelopment ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ] as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    formatError: formatGraphQLError,
    // HTTP requests pass (request, reply); graphql-ws passes its connection context (with the token in its parameters).
    context: (request: FastifyRequest | WsContext, reply: FastifyReply) =>
      'connectionInitReceived' in request ? createSubscriptionContext(request.connectionParams) : createGraphQLContext(request, reply),
    // Subscriptions (new notifications) over graphql-ws on the same path, errors mapped as over HTTP.
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onNext: (_ctx, _id, _payload, _args, result) => {
          if (!result.errors?.length) return undefined;
          // No access line for a WebSocket message: an internal error is logged here (refusals are not).
          for (const error of result.errors) {
            if (isUnexpectedError(error)) {
              const original = unwrapResolverError(error) as Error;
              subscriptionLogger.error(`unexpected error in a subscription: ${original?.message}`, original?.stack);
            }
          }
          return { ...result, errors: result.errors.map((e) => formatGraphQLError(e.toJSON(), e)) };
        },
      },
    },
  };
}

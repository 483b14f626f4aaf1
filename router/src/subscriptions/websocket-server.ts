import type { Server as HttpServer, IncomingMessage } from 'node:http';

import type { ApolloServer } from '@apollo/server';
import type { GraphQLDataSource } from '@apollo/gateway';
import { ErrorCode, type Identity, type Logger, REQUEST_ID_HEADER, requestIdFrom } from '@grimoire/platform';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';

import { AccessTokenError, type AccessTokenVerifier } from '../auth/verify-access-token.js';
import { maxDepthRule } from '../limits.js';
import { createRouterContext, type RouterContext } from '../router-context.js';
import { type ActiveSubscription, SUBSCRIPTION_SCHEMA_RELOAD, subscribeFederated } from './federated-subscription.js';
import { sharingKey, SubscriptionSharing } from './shared-subscriptions.js';
import type { SupergraphState } from './supergraph-state.js';

/**
 * Close code for a connection whose `connectionParams.authorization` does not verify. graphql-ws
 * itself uses 4403 (Forbidden) for a refused `connection_init`; we keep that code and put the
 * reason ("Your session has expired…" / "The access token is not valid.") in the close reason.
 * Clients treat 4403 as fatal and do not retry.
 */
export const WS_CLOSE_UNAUTHENTICATED = CloseCode.Forbidden;

type ConnectionExtra = {
  socket: WebSocket;
  request: IncomingMessage;
  viewer?: Identity | null;
  /** Ids of this connection's open subscription operations (for the per-connection cap). */
  subscriptionIds?: Set<string>;
};

interface OperationContextValue {
  router: RouterContext;
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

export interface GraphQLWebSocketOptions {
  httpServer: HttpServer;
  path: string;
  apollo: ApolloServer<RouterContext>;
  verifyAccessToken: AccessTokenVerifier;
  internalSecret: string;
  logger: Logger;
  /** The current supergraph; undefined until the gateway has loaded one. */
  getState: () => SupergraphState | undefined;
  dataSources: ReadonlyMap<string, GraphQLDataSource & { url: string }>;
  maxDepth: number;
  maxSubscriptionsPerConnection: number;
  introspection: boolean;
  production: boolean;
  onSubscriptionCountChange?: (delta: number) => void;
  onTokenRejected?: (reason: AccessTokenError['reason']) => void;
}

export interface GraphQLWebSocketServer {
  /** Completes every open subscription with SUBSCRIPTION_SCHEMA_RELOAD (the supergraph changed). */
  completeAllForSchemaReload(): void;
  /** Closes every client (and with them the upstream subscriptions) and the WebSocket server. */
  dispose(): Promise<void>;
}

/**
 * graphql-ws on the router's `/graphql`: subscriptions run as federated subscriptions (see
 * `subscribeFederated`); queries and mutations go through Apollo Server's `executeOperation`
 * with the same auth context as HTTP, so plugins, limits and the gateway apply unchanged.
 */
export function attachGraphQLWebSocketServer(options: GraphQLWebSocketOptions): GraphQLWebSocketServer {
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const active = new Set<ActiveSubscription>();
  // Identical subscriptions of one identity share an upstream and each event's resolution.
  const sharing = new SubscriptionSharing();
  const rules = [
    ...specifiedRules,
    maxDepthRule(options.maxDepth),
    ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];

  const cleanup = useServer<Record<string, unknown>, ConnectionExtra>(
    {
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        try {
          ctx.extra.viewer = await options.verifyAccessToken(
            typeof authorization === 'string' ? authorization : undefined,
          );
          ctx.extra.subscriptionIds = new Set();
          return true;
        } catch (error) {
          if (!(error instanceof AccessTokenError)) throw error;
          options.onTokenRejected?.(error.reason);
          const reason = error.message;
          options.logger.info({ err: error }, 'websocket connection refused');
          ctx.extra.socket.close(WS_CLOSE_UNAUTHENTICATED, reason);
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        const state = options.getState();
        if (!state) return [new GraphQLError('The router has not loaded its supergraph yet; retry shortly.')];
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const validationErrors = validate(state.apiGraphQLSchema, document, rules);
        if (validationErrors.length > 0) return validationErrors;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Unable to identify the operation to run.')];

        if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
          const ids = ctx.extra.subscriptionIds!;
          if (ids.size >= options.maxSubscriptionsPerConnection) {
            return [
              new GraphQLError(
                `This connection already has ${ids.size} open subscriptions, the most allowed. Complete one before starting another.`,
                { extensions: { code: ErrorCode.SUBSCRIPTION_LIMIT, limit: options.maxSubscriptionsPerConnection } },
              ),
            ];
          }
          ids.add(id);
          options.onSubscriptionCountChange?.(1);
        }

        const router = await createRouterContext({
          requestId: requestIdFrom(ctx.extra.request.headers[REQUEST_ID_HEADER]),
          logger: options.logger,
          viewer: ctx.extra.viewer ?? null,
          internalSecret: options.internalSecret,
        });
        const contextValue: OperationContextValue = {
          router,
          query: payload.query,
          operationName: payload.operationName ?? undefined,
          variables: payload.variables ?? {},
        };
        return {
          schema: state.apiGraphQLSchema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? {},
          contextValue,
        } satisfies ExecutionArgs;
      },
      execute: async (args) => {
        const { router, query, operationName, variables } = args.contextValue as OperationContextValue;
        const response = await options.apollo.executeOperation(
          { query, variables, ...(operationName ? { operationName } : {}) },
          { contextValue: router },
        );
        if (response.body.kind !== 'single') {
          return { errors: [new GraphQLError('Incremental delivery is not supported over WebSocket.')] };
        }
        return response.body.singleResult as ExecutionResult;
      },
      subscribe: (args) => {
        const { router, query, operationName, variables } = args.contextValue as OperationContextValue;
        const state = options.getState()!;
        return sharing.subscribe(sharingKey({ viewer: router.viewer, query, operationName, variables }), () =>
          subscribeFederated({
            state,
            document: args.document,
            operationName,
            variables,
            context: router,
            internalSecret: options.internalSecret,
            dataSources: options.dataSources,
            active,
          }),
        );
      },
      // Apollo Server already returns formatted errors; federated events carry GraphQLError instances.
      onNext: (_ctx, _id, _payload, _args, result) => ({
        ...result,
        ...(result.errors
          ? {
              errors: (result.errors as readonly (GraphQLError | GraphQLFormattedError)[]).map(
                formatError(options.production),
              ),
            }
          : {}),
      }),
      onComplete: (ctx, id) => {
        if (ctx.extra.subscriptionIds?.delete(id)) options.onSubscriptionCountChange?.(-1);
      },
      onClose: (ctx) => {
        const open = ctx.extra.subscriptionIds?.size ?? 0;
        if (open > 0) options.onSubscriptionCountChange?.(-open);
        ctx.extra.subscriptionIds?.clear();
      },
    },
    wsServer,
  );

  return {
    completeAllForSchemaReload() {
      for (const subscription of [...active]) {
        subscription.terminate([
          {
            message: 'The API schema changed. Subscribe again to continue receiving events.',
            extensions: { code: SUBSCRIPTION_SCHEMA_RELOAD },
          },
        ]);
      }
    },
    async dispose() {
      for (const subscription of [...active]) subscription.terminate();
      await cleanup.dispose();
    },
  };
}

function formatError(production: boolean) {
  return (error: GraphQLError | GraphQLFormattedError): GraphQLFormattedError => {
    const formatted = error instanceof GraphQLError ? error.toJSON() : error;
    if (!production || !formatted.extensions) return formatted;
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
    return { ...formatted, extensions };
  };
}

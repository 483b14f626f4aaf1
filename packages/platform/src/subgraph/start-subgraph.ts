import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import express from 'express';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

import { IDENTITY_CONNECTION_PARAM, IDENTITY_HEADER, type Identity, verifyIdentity } from '../auth/identity.js';
import { connectDatabase, type Database } from '../db/connect-database.js';
import { unauthenticated } from '../errors/errors.js';
import { createServiceHttp, listen } from '../http/http-server.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { REQUEST_ID_HEADER, requestIdFrom } from '../logging/request-id.js';
import { createMetrics, metricsPlugin, type ServiceMetrics } from '../metrics/metrics.js';
import { createPubSubFor, type PubSub } from '../pubsub/pubsub.js';
import { buildFederatedSchema, type SubgraphSchemaDefinition } from './build-federated-schema.js';
import { startSubgraphEventBus, type SubgraphEventBus, type SubgraphEventsSpec } from './subgraph-events.js';

/** What every resolver receives; subgraphs extend it with their loaders and dependencies. */
export interface BaseContext {
  viewer: Identity | null;
  requestId: string;
  logger: Logger;
}

export interface SubgraphDependencies<TTables extends Record<string, unknown>> {
  database: Database<TTables>;
  pubsub: PubSub;
  logger: Logger;
  internalSecret: string;
  /** The durable event bus: nudge the relay after committing events; admin operations. */
  events: SubgraphEventBus;
}

export interface SubgraphSpec<TTables extends Record<string, unknown>, TContext extends BaseContext> {
  name: string;
  tables: TTables;
  migrationsFolder: string;
  schema: SubgraphSchemaDefinition<TContext>;
  /** Builds the per-request context (fresh DataLoaders each time). */
  createContext(base: BaseContext, deps: SubgraphDependencies<TTables>): TContext;
  /** Background work (event consumers); returns its stop function. */
  startBackground?(deps: SubgraphDependencies<TTables>): Promise<() => Promise<void>>;
  /** Extra HTTP routes, e.g. the accounts JWKS. */
  routes?(app: express.Express, deps: SubgraphDependencies<TTables>): void;
  /** The subgraph's outbox, processed-events table and consumer groups (durable event bus). */
  events?: SubgraphEventsSpec<SubgraphDependencies<TTables>>;
}

export interface SubgraphOptions {
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl?: string | undefined;
  internalSecret: string;
  /** Separates pub/sub topics of stacks that share one Redis. */
  namespace: string;
  production: boolean;
  logLevel?: string;
  /**
   * How long an unacknowledged event of a dead process waits before a live one takes it over
   * (default 60 s); the crash test shortens it.
   */
  eventClaimIdleMs?: number | undefined;
}

export interface RunningSubgraph<TTables extends Record<string, unknown> = Record<string, unknown>> {
  name: string;
  url: string;
  port: number;
  database: Database<TTables>;
  metrics: ServiceMetrics;
  stop(): Promise<void>;
}

/**
 * Starts one subgraph: migrations, connection pool, pub/sub, Apollo Server on `/graphql`
 * (graphql-ws on the same path), `/health`, `/ready`, `/metrics`.
 */
export async function startSubgraph<TTables extends Record<string, unknown>, TContext extends BaseContext>(
  spec: SubgraphSpec<TTables, TContext>,
  options: SubgraphOptions,
): Promise<RunningSubgraph<TTables>> {
  const logger = createLogger(spec.name, options.logLevel);
  const metrics = createMetrics(spec.name);
  const database = await connectDatabase({
    url: options.databaseUrl,
    name: spec.name,
    tables: spec.tables,
    migrationsFolder: spec.migrationsFolder,
    logger,
    onStatement: () => metrics.sqlStatements.inc(),
  });
  const pubsub = createPubSubFor({ redisUrl: options.redisUrl, namespace: options.namespace });
  // The bus gets a small pool of its own: the relay polls and consumers apply events in the
  // background, and their statements must not count as (or queue behind) requests' statements.
  const busDatabase = spec.events
    ? await connectDatabase({
        url: options.databaseUrl,
        name: spec.name,
        tables: spec.tables,
        migrationsFolder: spec.migrationsFolder,
        logger,
        maxConnections: 4,
        migrate: false,
      })
    : undefined;
  const eventBus = startSubgraphEventBus({
    name: spec.name,
    db: busDatabase?.db ?? database.db,
    redisUrl: options.redisUrl,
    namespace: options.namespace,
    logger,
    outbox: spec.events?.outbox,
    processed: spec.events?.processed,
    tuning: { claimIdleMs: options.eventClaimIdleMs },
  });
  const deps: SubgraphDependencies<TTables> = {
    database,
    pubsub,
    logger,
    internalSecret: options.internalSecret,
    events: eventBus.bus,
  };
  eventBus.startConsumers(spec.events?.consumers?.(deps) ?? []);
  const stopBackground = (await spec.startBackground?.(deps)) ?? (async () => {});

  const { schema } = buildFederatedSchema(spec.schema);
  const { app, httpServer } = createServiceHttp({
    metrics,
    isReady: async () => {
      await database.ping();
      return true;
    },
  });
  spec.routes?.(app, deps);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { viewer: Identity | null }>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = ctx.connectionParams?.[IDENTITY_CONNECTION_PARAM];
        try {
          ctx.extra.viewer = typeof token === 'string' ? await verifyIdentity(options.internalSecret, token) : null;
          return true;
        } catch (error) {
          logger.warn({ err: error }, 'subscription rejected: forged or expired identity');
          return false;
        }
      },
      context: (ctx) =>
        spec.createContext({ viewer: ctx.extra.viewer ?? null, requestId: requestIdFrom(undefined), logger }, deps),
    },
    wsServer,
  );

  const apollo = new ApolloServer<TContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    // The process entry (runService) owns SIGTERM/SIGINT: stop() must also close WebSockets,
    // background consumers and the pool, and several subgraphs may share one process.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      metricsPlugin(metrics),
      errorLoggingPlugin(),
    ],
    formatError: (formatted, error) => maskInternalError(formatted, error, options.production),
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
        res.setHeader(REQUEST_ID_HEADER, requestId);
        const requestLogger = logger.child({ requestId });
        const viewer = await identityFromHeader(req.headers[IDENTITY_HEADER], options.internalSecret, requestLogger);
        return spec.createContext({ viewer, requestId, logger: requestLogger }, deps);
      },
    }),
  );

  const port = await listen(httpServer, options.port, options.host);
  const url = `http://${options.host}:${port}/graphql`;
  logger.info({ url }, `${spec.name} subgraph ready`);

  return {
    name: spec.name,
    url,
    port,
    database,
    metrics,
    stop: async () => {
      await wsCleanup.dispose();
      wsServer.close();
      await apollo.stop();
      await stopBackground();
      await eventBus.stop();
      await busDatabase?.close();
      await pubsub.close();
      await database.close();
    },
  };
}

async function identityFromHeader(
  header: string | string[] | undefined,
  secret: string,
  logger: Logger,
): Promise<Identity | null> {
  if (header === undefined) return null;
  try {
    return await verifyIdentity(secret, Array.isArray(header) ? (header[0] ?? '') : header);
  } catch (error) {
    logger.warn({ err: error }, 'request rejected: forged or expired identity');
    throw unauthenticated('The forwarded identity is not valid. Send requests through the router.', 401);
  }
}

function errorLoggingPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (!(original instanceof GraphQLError)) {
              contextValue.logger?.error({ err: original, path: error.path }, 'unexpected resolver error');
            }
          }
        },
      };
    },
  };
}

/** Bugs must not leak internals to clients in production; expected errors pass through. */
function maskInternalError(
  formatted: ReturnType<NonNullable<ConstructorParameters<typeof ApolloServer>[0]['formatError']>>,
  error: unknown,
  production: boolean,
) {
  const original = unwrapResolverError(error);
  if (production && !(original instanceof GraphQLError)) {
    return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return formatted;
}

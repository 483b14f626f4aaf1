import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import {
  createLogger,
  createMetrics,
  createServiceHttp,
  listen,
  metricsPlugin,
  REQUEST_ID_HEADER,
  requestIdFrom,
} from '@grimoire/platform';
import express, { type RequestHandler } from 'express';
import { Counter, Gauge } from 'prom-client';

import { AccessTokenError, createAccessTokenVerifier } from './auth/verify-access-token.js';
import { bodyErrorHandler } from './http-errors.js';
import { maxDepthRule } from './limits.js';
import { ROUTER_DEFAULTS, type RouterOptions, type RunningRouter } from './options.js';
import { requestLoggingPlugin } from './plugins/request-logging-plugin.js';
import { createRouterContext, type RouterContext } from './router-context.js';
import { createSubgraphAgent, SubgraphDataSource } from './subgraph-data-source.js';
import { attachGraphQLWebSocketServer } from './subscriptions/websocket-server.js';
import { buildSupergraphState, type SupergraphState } from './subscriptions/supergraph-state.js';
import { gatewaySupergraph } from './supergraph-source.js';

export type { RouterOptions, RunningRouter, SupergraphSource } from './options.js';
export { routerEnvShape, routerOptionsFromEnv, subgraphUrlsFromEnv, type RouterEnv } from './env.js';

const GRAPHQL_PATH = '/graphql';

/**
 * Starts the Grimoire router: `@apollo/gateway` behind Apollo Server 5 on `/graphql` (HTTP and
 * graphql-ws on the same path), `/health`, `/ready`, `/metrics`. Resolves once the supergraph is
 * loaded and the server listens.
 */
export async function startRouter(options: RouterOptions): Promise<RunningRouter> {
  const logger = createLogger('router', options.logLevel);
  const metrics = createMetrics('router');
  const activeSubscriptions = new Gauge({
    name: 'grimoire_router_active_subscriptions',
    help: 'Federated subscriptions currently open on the router',
    registers: [metrics.registry],
  });
  const rejectedTokens = new Counter({
    name: 'grimoire_router_rejected_access_tokens_total',
    help: 'Requests and connections refused because of an expired or invalid access token',
    labelNames: ['reason'],
    registers: [metrics.registry],
  });
  const introspection = options.introspection ?? !options.production;
  const maxDepth = options.maxDepth ?? ROUTER_DEFAULTS.maxDepth;
  const maxBodySize = options.maxBodySize ?? ROUTER_DEFAULTS.maxBodySize;
  const subgraphUrls = options.subgraphUrls ?? {};
  const verifyAccessToken = createAccessTokenVerifier(options.jwksUrl, {
    ...(options.jwksCooldownMs !== undefined ? { cooldownMs: options.jwksCooldownMs } : {}),
  });

  // @apollo/gateway otherwise exports usage metrics to Apollo and probes cloud metadata endpoints
  // (169.254.169.254) at construction. Operators can opt back in with APOLLO_TELEMETRY_DISABLED=false.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';

  const agent = createSubgraphAgent();
  const dataSources = new Map<string, SubgraphDataSource>();
  const gateway = new ApolloGateway({
    supergraphSdl: gatewaySupergraph(options.supergraph, logger),
    logger,
    buildService: ({ name, url }) => {
      const resolvedUrl = subgraphUrls[name] ?? subgraphUrls[name.toLowerCase()] ?? url;
      if (!resolvedUrl) {
        throw new Error(`Subgraph "${name}" has no routing URL; set SUBGRAPH_URL_${name.toUpperCase()}.`);
      }
      const dataSource = new SubgraphDataSource({
        name,
        url: resolvedUrl,
        timeoutMs: options.subgraphTimeoutsMs?.[name] ?? options.subgraphTimeoutMs ?? ROUTER_DEFAULTS.subgraphTimeoutMs,
        agent,
      });
      dataSources.set(name, dataSource);
      return dataSource;
    },
  });

  let state: SupergraphState | undefined;
  let stopping = false;
  const { app, httpServer } = createServiceHttp({
    metrics,
    isReady: async () => state !== undefined && !stopping,
  });

  const apollo = new ApolloServer<RouterContext>({
    gateway,
    introspection,
    includeStacktraceInErrorResponses: !options.production,
    validationRules: [maxDepthRule(maxDepth)],
    logger,
    // index.ts owns SIGTERM/SIGINT: stop() must close WebSockets and the agent too.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      options.production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      metricsPlugin(metrics),
      requestLoggingPlugin(),
    ],
  });

  const webSockets = attachGraphQLWebSocketServer({
    httpServer,
    path: GRAPHQL_PATH,
    apollo,
    verifyAccessToken,
    internalSecret: options.internalSecret,
    logger,
    getState: () => state,
    dataSources,
    maxDepth,
    maxSubscriptionsPerConnection:
      options.maxSubscriptionsPerConnection ?? ROUTER_DEFAULTS.maxSubscriptionsPerConnection,
    introspection,
    production: options.production,
    onSubscriptionCountChange: (delta) => activeSubscriptions.inc(delta),
    onTokenRejected: (reason) => rejectedTokens.inc({ reason }),
  });

  // Keeps the subscription planner on the same supergraph as the gateway.
  const stopListening = gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
    const previous = state;
    try {
      state = buildSupergraphState(coreSupergraphSdl, apiSchema);
    } catch (error) {
      logger.error({ err: error }, 'subscription planner could not load the supergraph');
      return;
    }
    if (previous) webSockets.completeAllForSchemaReload();
  });

  // Until Apollo Server has started, /graphql answers 503 (while /health already answers).
  const graphql: { handler?: RequestHandler } = {};
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: maxBodySize }),
    ((req, res, next) => {
      if (graphql.handler) return graphql.handler(req, res, next);
      res
        .status(503)
        .json({ errors: [{ message: 'The router is starting.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    }) satisfies RequestHandler,
    bodyErrorHandler(maxBodySize),
  );

  const port = await listen(httpServer, options.port, options.host);
  try {
    await apollo.start();
  } catch (error) {
    stopListening();
    await webSockets.dispose();
    httpServer.close();
    await agent.close();
    throw error;
  }
  graphql.handler = expressMiddleware(apollo, {
    context: async ({ req, res }) => {
      const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, requestId);
      try {
        const viewer = await verifyAccessToken(req.headers.authorization);
        return await createRouterContext({ requestId, logger, viewer, internalSecret: options.internalSecret });
      } catch (error) {
        if (!(error instanceof AccessTokenError)) throw error;
        rejectedTokens.inc({ reason: error.reason });
        logger.info({ requestId, reason: error.reason, detail: error.detail }, 'access token rejected');
        throw error.toGraphQLError();
      }
    },
  });

  const url = `http://${options.host}:${port}${GRAPHQL_PATH}`;
  logger.info({ url }, 'router ready');

  let stopped: Promise<void> | undefined;
  return {
    url,
    port,
    stop: () => {
      stopped ??= (async () => {
        stopping = true;
        stopListening();
        await webSockets.dispose();
        // Drains HTTP connections, closes the server and stops the gateway (and its file watcher).
        await apollo.stop();
        await agent.close();
        logger.info('router stopped');
      })();
      return stopped;
    },
  };
}

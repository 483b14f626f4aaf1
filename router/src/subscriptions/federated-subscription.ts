import { buildOperationContext, executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import { operationFromDocument } from '@apollo/federation-internals';
import type { FetchNode, PlanNode, QueryPlan } from '@apollo/query-planner';
import { IDENTITY_CONNECTION_PARAM, signIdentity } from '@grimoire/platform';
import { type DocumentNode, type ExecutionResult, GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import type { RouterContext } from '../router-context.js';
import { SUBGRAPH_UNAVAILABLE } from '../subgraph-data-source.js';
import { createEventChannel } from './event-channel.js';
import type { SupergraphState } from './supergraph-state.js';

export const SUBSCRIPTION_SCHEMA_RELOAD = 'SUBSCRIPTION_SCHEMA_RELOAD';

/** The service name the primary fetch is renamed to, so its "result" is the upstream event. */
const EVENT_SOURCE = '__event__';
/** Re-sign the forwarded identity for per-event subgraph calls before its 2-minute lifetime runs out. */
const IDENTITY_REFRESH_MS = 60_000;

type RequestContext = Parameters<typeof executeQueryPlan>[2];

/** An open federated subscription, as tracked by the router (to end it on schema reload or stop). */
export interface ActiveSubscription {
  /** Sends `errors` (if any) as a last event, then completes and closes upstream. */
  terminate(errors?: GraphQLFormattedError[]): void;
}

export interface FederatedSubscriptionRequest {
  state: SupergraphState;
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  context: RouterContext;
  internalSecret: string;
  /** Data sources by subgraph name (the gateway's, kept up to date by `buildService`). */
  dataSources: ReadonlyMap<string, GraphQLDataSource & { url: string }>;
  /** Registry of open subscriptions; the subscription adds itself and removes itself when done. */
  active: Set<ActiveSubscription>;
}

/**
 * Runs one subscription across subgraphs (federation-notes §3.3): plan it, open the plan's
 * `primary` fetch as a graphql-ws subscription on the owning subgraph (identity in
 * connectionParams), and for every upstream event execute the rest of the plan with the
 * gateway's `executeQueryPlan`, where the primary fetch is answered by the event itself. Events
 * are processed in order. Returning the iterator (client unsubscribed or left) closes upstream.
 */
export function subscribeFederated(request: FederatedSubscriptionRequest): AsyncGenerator<ExecutionResult> {
  const { state, document, operationName, variables, context } = request;
  let plan: QueryPlan;
  try {
    const operation = operationFromDocument(state.apiSchema, document, operationName ? { operationName } : {});
    plan = state.planner.buildQueryPlan(operation);
  } catch (error) {
    return single({ errors: [asGraphQLError(error)] });
  }
  if (plan.node?.kind !== 'Subscription') {
    return single({ errors: [new GraphQLError('Only subscription operations can be subscribed to.')] });
  }
  const { primary, rest } = plan.node;
  const source = request.dataSources.get(primary.serviceName);
  if (!source) {
    return single({ errors: [new GraphQLError(`No data source for subgraph "${primary.serviceName}".`)] });
  }

  const operationContext = buildOperationContext({
    schema: state.apiGraphQLSchema,
    operationDocument: document,
    ...(operationName ? { operationName } : {}),
  });
  const eventPlan: QueryPlan = {
    kind: 'QueryPlan',
    node: eventNode({ ...primary, serviceName: EVENT_SOURCE }, rest),
  };

  let identity = { token: context.identityToken, signedAt: Date.now() };
  const freshContext = async (): Promise<RouterContext> => {
    if (context.viewer && Date.now() - identity.signedAt > IDENTITY_REFRESH_MS) {
      identity = { token: await signIdentity(request.internalSecret, context.viewer), signedAt: Date.now() };
    }
    return { ...context, identityToken: identity.token };
  };

  // One upstream connection per subscription: it carries this caller's identity.
  const upstream = createClient({
    url: source.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: true,
    retryAttempts: 0,
    connectionParams: async (): Promise<Record<string, unknown>> =>
      context.viewer ? { [IDENTITY_CONNECTION_PARAM]: (await freshContext()).identityToken } : {},
  });
  const upstreamSubscription: { unsubscribe?: () => void } = {};
  const handle: ActiveSubscription = {
    terminate(errors) {
      if (errors)
        channel.push({
          errors: errors.map((error) => new GraphQLError(error.message, { extensions: error.extensions ?? {} })),
        });
      channel.end();
    },
  };
  const channel = createEventChannel<ExecutionResult>(() => {
    request.active.delete(handle);
    upstreamSubscription.unsubscribe?.();
    void upstream.dispose();
    context.logger.debug({ subgraph: primary.serviceName }, 'subscription closed');
  });
  request.active.add(handle);

  // Events are resolved one after another so clients see them in upstream order.
  let pending = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    pending = pending.then(work).catch((error: unknown) => {
      context.logger.error({ err: error }, 'subscription event could not be resolved');
      channel.push({ errors: [asGraphQLError(error)] });
    });
  };

  const resolveEvent = async (event: ExecutionResult) => {
    const eventSource: GraphQLDataSource = {
      process: async () => ({ data: event.data ?? null, ...(event.errors ? { errors: event.errors } : {}) }),
    };
    const serviceMap: ServiceMap = Object.fromEntries(request.dataSources);
    serviceMap[EVENT_SOURCE] = eventSource;
    const contextValue = await freshContext();
    const requestContext = {
      request: { query: primary.operation, variables, ...(operationName ? { operationName } : {}) },
      context: contextValue,
      // executeQueryPlan writes error paths into `metrics`; it must exist.
      metrics: {},
      logger: contextValue.logger,
      document,
      operation: operationContext.operation,
      operationName: operationName ?? null,
      schema: state.apiGraphQLSchema,
    } as unknown as RequestContext;
    const result = await executeQueryPlan(
      eventPlan,
      serviceMap,
      requestContext,
      operationContext,
      state.supergraphGraphQLSchema,
      state.apiSchema,
    );
    // Errors carried by the event itself are the primary subgraph's, not the stand-in source's.
    const errors = result.errors?.map((error) =>
      error.extensions.serviceName === EVENT_SOURCE
        ? new GraphQLError(error.message, {
            ...(error.path ? { path: error.path } : {}),
            extensions: { ...error.extensions, serviceName: primary.serviceName },
          })
        : error,
    );
    channel.push({ data: result.data ?? null, ...(errors?.length ? { errors } : {}) });
  };

  upstreamSubscription.unsubscribe = upstream.subscribe(
    {
      query: primary.operation,
      ...(primary.operationName ? { operationName: primary.operationName } : {}),
      variables: Object.fromEntries(
        (primary.variableUsages ?? []).filter((name) => name in variables).map((name) => [name, variables[name]]),
      ),
    },
    {
      next: (event) => enqueue(() => resolveEvent(event as ExecutionResult)),
      error: (error) => {
        enqueue(async () => {
          channel.push({ errors: upstreamErrors(primary.serviceName, error) });
          channel.end();
        });
      },
      complete: () => enqueue(async () => channel.end()),
    },
  );

  return channel.iterator;
}

function eventNode(primary: FetchNode, rest: PlanNode | undefined): PlanNode {
  return rest ? { kind: 'Sequence', nodes: [primary, rest] } : primary;
}

function upstreamErrors(serviceName: string, error: unknown): GraphQLError[] {
  if (Array.isArray(error)) {
    return (error as GraphQLFormattedError[]).map(
      (formatted) =>
        new GraphQLError(formatted.message, {
          ...(formatted.path ? { path: formatted.path } : {}),
          extensions: { ...formatted.extensions, serviceName },
        }),
    );
  }
  return [
    new GraphQLError(`The ${serviceName} service ended the subscription unexpectedly.`, {
      extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName },
    }),
  ];
}

function asGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  return new GraphQLError(error instanceof Error ? error.message : String(error), {
    ...(error instanceof Error ? { originalError: error } : {}),
  });
}

/** A "subscription" that yields one result and completes (planning errors and the like). */
function single(result: ExecutionResult): AsyncGenerator<ExecutionResult> {
  const channel = createEventChannel<ExecutionResult>(() => {});
  channel.push(result);
  channel.end();
  return channel.iterator;
}

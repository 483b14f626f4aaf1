import { createRequire } from 'node:module';

import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { buildOperationContext, executeQueryPlan, LocalGraphQLDataSource } from '@apollo/gateway';
import { QueryPlanner } from '@apollo/query-planner';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';

import { composeSupergraph, REVIEWS_SDL, USERS_SDL } from '../testing/test-stack.js';

/**
 * Federated subscriptions lean on `executeQueryPlan`, which @apollo/gateway exports but does not
 * document as stable. These tests pin the behaviour we rely on, so a gateway upgrade that changes
 * it fails here rather than in production. If one fails, re-verify federation-notes §3.3.
 */
describe('contract: @apollo/gateway executeQueryPlan for subscription events', () => {
  const supergraphSdl = composeSupergraph([
    { name: 'users', sdl: USERS_SDL, url: 'http://users.invalid/graphql' },
    { name: 'reviews', sdl: REVIEWS_SDL, url: 'http://reviews.invalid/graphql' },
  ]);
  const supergraph = Supergraph.build(supergraphSdl);
  const apiSchema = supergraph.apiSchema();
  const apiGraphQLSchema = apiSchema.toGraphQLJSSchema();
  const planner = new QueryPlanner(supergraph);
  const document = parse('subscription OnReview { reviewAdded { id body author { id name } } }');
  const plan = planner.buildQueryPlan(operationFromDocument(apiSchema, document, { operationName: 'OnReview' }));

  const users = new LocalGraphQLDataSource(
    buildSubgraphSchema([
      {
        typeDefs: parse(USERS_SDL),
        resolvers: {
          User: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, name: `Name ${ref.id}` }) },
        } as never,
      },
    ]),
  );
  const requestContext = (metrics: object | undefined) =>
    ({ request: { variables: {} }, context: {}, metrics }) as unknown as Parameters<typeof executeQueryPlan>[2];
  const operationContext = buildOperationContext({
    schema: apiGraphQLSchema,
    operationDocument: document,
    operationName: 'OnReview',
  });

  it('runs on the pinned gateway version', () => {
    const require = createRequire(import.meta.url);
    expect((require('@apollo/gateway/package.json') as { version: string }).version).toBe('2.14.4');
  });

  it('plans a subscription as primary fetch + rest', () => {
    expect(plan.node?.kind).toBe('Subscription');
    if (plan.node?.kind !== 'Subscription') return;
    expect(plan.node.primary.serviceName).toBe('reviews');
    expect(plan.node.primary.operation).toMatch(/^subscription/);
    expect(plan.node.rest).toBeDefined();
  });

  it('still refuses to execute a subscription plan directly (why the event trick exists)', async () => {
    await expect(
      executeQueryPlan(
        plan,
        { users },
        requestContext({}),
        operationContext,
        supergraph.schema.toGraphQLJSSchema(),
        apiSchema,
      ),
    ).rejects.toThrow('Execution of subscriptions not supported by gateway');
  });

  it('resolves one event through the rest of the plan when the primary is answered by the event', async () => {
    if (plan.node?.kind !== 'Subscription') throw new Error('expected a subscription plan');
    const event = {
      data: { reviewAdded: { __typename: 'Review', id: 'r1', body: 'b1', author: { __typename: 'User', id: 'u7' } } },
    };
    const eventPlan = {
      kind: 'QueryPlan' as const,
      node: { kind: 'Sequence' as const, nodes: [{ ...plan.node.primary, serviceName: '__event__' }, plan.node.rest!] },
    };
    const serviceMap = { users, __event__: { process: async () => event } };
    const result = await executeQueryPlan(
      eventPlan,
      serviceMap,
      requestContext({}),
      operationContext,
      supergraph.schema.toGraphQLJSSchema(),
      apiSchema,
    );
    expect(result).toEqual({ data: { reviewAdded: { id: 'r1', body: 'b1', author: { id: 'u7', name: 'Name u7' } } } });

    // Errors in an event are attributed and need `metrics` to exist on the request context.
    const withErrors = {
      process: async () => ({ ...event, errors: [{ message: 'partial', path: ['reviewAdded', 'body'] }] }),
    };
    const partial = await executeQueryPlan(
      eventPlan,
      { ...serviceMap, __event__: withErrors },
      requestContext({}),
      operationContext,
      supergraph.schema.toGraphQLJSSchema(),
      apiSchema,
    );
    expect(partial.errors?.[0]?.message).toBe('partial');
    expect(partial.errors?.[0]?.extensions?.serviceName).toBe('__event__');
    const withoutMetrics = await executeQueryPlan(
      eventPlan,
      { ...serviceMap, __event__: withErrors },
      requestContext(undefined),
      operationContext,
      supergraph.schema.toGraphQLJSSchema(),
      apiSchema,
    );
    expect(withoutMetrics.errors?.map((error) => error.message)).toContainEqual(
      expect.stringContaining('nonFtv1ErrorPaths'),
    );
  });
});

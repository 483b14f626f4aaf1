import { resolve } from 'node:path';

import { Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, TEST_INTERNAL_SECRET, type TestDatabase, testSubgraphOptions } from '../testing/index.js';
import { createEntityClient, EntityClientError } from './entity-client.js';
import { type BaseContext, type RunningSubgraph, startSubgraph } from './start-subgraph.js';

@Directive('@key(fields: "id")')
@ObjectType()
class Gadget {
  @Field(() => ID) id!: string;
  @Field(() => String) seenBy!: string;
}

@Resolver(() => Gadget)
class GadgetResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }
}

describe('createEntityClient', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;

  beforeAll(async () => {
    database = await createTestDatabase('entity_client');
    subgraph = await startSubgraph(
      {
        name: 'gadgets',
        tables: {},
        migrationsFolder: resolve(import.meta.dirname, '__fixtures__/migrations'),
        schema: {
          resolvers: [GadgetResolver],
          orphanedTypes: [Gadget],
          references: {
            Gadget: {
              // Unknown ids resolve to null, as a real subgraph does for a missing row.
              __resolveReference: (ref, ctx: BaseContext) =>
                ref.id.startsWith('missing') ? null : { id: ref.id, seenBy: ctx.viewer?.userId ?? 'anonymous' },
            },
          },
        },
        createContext: (base) => base,
      },
      testSubgraphOptions(database),
    );
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('resolves representations in order, as the signed viewer, null for unknown ones', async () => {
    const client = createEntityClient({ url: subgraph.url, internalSecret: TEST_INTERNAL_SECRET });
    const entities = await client.fetchEntities<{ id: string; seenBy: string }>(
      [
        { __typename: 'Gadget', id: 'g2' },
        { __typename: 'Gadget', id: 'missing-1' },
        { __typename: 'Gadget', id: 'g1' },
      ],
      '... on Gadget { id seenBy }',
      { identity: { userId: 'user-7', roles: [] } },
    );
    expect(entities).toEqual([{ id: 'g2', seenBy: 'user-7' }, null, { id: 'g1', seenBy: 'user-7' }]);
  });

  it('fails loudly on a wrong secret, a bad selection or an unreachable subgraph', async () => {
    const representations = [{ __typename: 'Gadget', id: 'g1' }];
    const identity = { userId: 'user-7', roles: [] };
    const forged = createEntityClient({
      url: subgraph.url,
      internalSecret: 'not-the-internal-secret-0123456789abcdef',
    });
    await expect(forged.fetchEntities(representations, '... on Gadget { id }', { identity })).rejects.toThrow(
      EntityClientError,
    );
    const client = createEntityClient({ url: subgraph.url, internalSecret: TEST_INTERNAL_SECRET });
    await expect(client.fetchEntities(representations, '... on Gadget { nope }', { identity })).rejects.toThrow(/nope/);
    const down = createEntityClient({
      url: 'http://127.0.0.1:9/graphql',
      internalSecret: TEST_INTERNAL_SECRET,
      timeoutMs: 1_000,
    });
    await expect(down.fetchEntities(representations, '... on Gadget { id }', { identity })).rejects.toThrow(
      EntityClientError,
    );
  });
});

import { resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';

import { IDENTITY_HEADER } from '../auth/identity.js';
import { createTestDatabase, postGraphQL, type TestDatabase, testSubgraphOptions } from '../testing/index.js';
import { type BaseContext, type RunningSubgraph, startSubgraph } from './start-subgraph.js';

@Directive('@key(fields: "id")')
@ObjectType()
class Widget {
  @Field(() => ID) id!: string;
  @Field(() => String) owner!: string;
}

@Resolver(() => Widget)
class WidgetResolver {
  @Query(() => Widget)
  widget(@Arg('id', () => ID) id: string, @Ctx() ctx: BaseContext): Widget {
    return { id, owner: ctx.viewer?.userId ?? 'anonymous' };
  }
}

describe('startSubgraph', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;

  beforeAll(async () => {
    database = await createTestDatabase('platform');
    subgraph = await startSubgraph(
      {
        name: 'widgets',
        tables: {},
        migrationsFolder: resolve(import.meta.dirname, '__fixtures__/migrations'),
        schema: {
          resolvers: [WidgetResolver],
          references: { Widget: { __resolveReference: (ref) => ({ id: ref.id, owner: 'ref' }) } },
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

  it('serves health, readiness and metrics', async () => {
    const base = subgraph.url.replace('/graphql', '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready' });
    expect(await (await fetch(`${base}/metrics`)).text()).toContain('grimoire_sql_statements_total');
  });

  it('publishes a federation SDL and resolves entity references', async () => {
    const { body } = await postGraphQL(subgraph.url, '{ _service { sdl } }');
    expect(body.data?._service.sdl).toContain('@key(fields: "id")');
    const entities = await postGraphQL(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Widget { id owner } } }',
      { r: [{ __typename: 'Widget', id: 'w1' }] },
    );
    expect(entities.body.data).toEqual({ _entities: [{ id: 'w1', owner: 'ref' }] });
  });

  it('trusts an identity only when the router signed it', async () => {
    const signed = await postGraphQL(
      subgraph.url,
      '{ widget(id: "1") { owner } }',
      {},
      { identity: { userId: 'u1', roles: [] } },
    );
    expect(signed.body.data).toEqual({ widget: { owner: 'u1' } });

    const forged = await postGraphQL(
      subgraph.url,
      '{ widget(id: "1") { owner } }',
      {},
      { headers: { [IDENTITY_HEADER]: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1MSJ9.' } },
    );
    expect(forged.status).toBe(401);
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

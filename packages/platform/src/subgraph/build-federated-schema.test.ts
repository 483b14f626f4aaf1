import { Arg, ID, Int, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';

import { buildFederatedSchema } from './build-federated-schema.js';

@Resolver()
class OrderedArgumentsResolver {
  @Query(() => String)
  orderedArguments(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('name', () => String) name: string,
    @Arg('count', () => Int, { nullable: true }) count: number | null,
  ): string {
    return `${campaignId}:${name}:${count ?? 0}`;
  }
}

describe('buildFederatedSchema', () => {
  it('lists arguments in declaration order and still passes each to its parameter', async () => {
    const { schema, sdl } = buildFederatedSchema({ resolvers: [OrderedArgumentsResolver], references: {} });
    expect(sdl).toContain('orderedArguments(campaignId: ID!, name: String!, count: Int): String!');
    const field = schema.getQueryType()!.getFields().orderedArguments!;
    const resolved = await field.resolve!(
      {},
      { name: 'Strahd', count: 3, campaignId: 'c-1' },
      {},
      {} as Parameters<NonNullable<typeof field.resolve>>[3],
    );
    expect(resolved).toBe('c-1:Strahd:3');
  });
});

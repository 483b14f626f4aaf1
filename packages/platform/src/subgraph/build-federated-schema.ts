import 'reflect-metadata';

import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { buildSchemaSync, createResolversMap, getMetadataStorage, type NonEmptyArray } from 'type-graphql';

/** Federation directives a subgraph may use; v2.7 is what composition 2.14 accepts comfortably. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@interfaceObject"])';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ClassType = Function;

export interface ReferenceResolver<TContext> {
  __resolveReference: (reference: { id: string }, context: TContext) => unknown;
}

export interface SubgraphSchemaDefinition<TContext> {
  resolvers: NonEmptyArray<ClassType>;
  /** Types not reachable from a root field, such as entity stubs another subgraph extends. */
  orphanedTypes?: ClassType[];
  /** `__resolveReference` per entity type this subgraph owns or contributes fields to. */
  references: Record<string, ReferenceResolver<TContext>>;
}

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph SDL as composition sees it (what `_service { sdl }` returns). */
  sdl: string;
}

/**
 * type-graphql demands a `pubSub` as soon as any `@Subscription` exists, even one with its own
 * `subscribe` function. Grimoire subscriptions use that form (taking the platform PubSub from the
 * context), so the topic-based form is refused loudly instead of silently going nowhere.
 */
const topicSubscriptionsUnsupported = {
  publish(): never {
    throw new Error('Publish on the platform PubSub (context), not through type-graphql.');
  },
  subscribe(): never {
    throw new Error('Give @Subscription a `subscribe` function over the platform PubSub; `topics` is not supported.');
  },
};

/**
 * TypeScript runs parameter decorators last to first, so type-graphql records a method's `@Arg`s
 * in reverse and the schema listed arguments backwards (`addPartyMember(characterId, campaignId)`).
 * Sorting the recorded parameters by position (stable, methods kept in their order) gives the
 * declaration order. Resolvers are unaffected: type-graphql passes arguments by position.
 */
function putArgumentsInDeclarationOrder(): void {
  const { params } = getMetadataStorage();
  // Each method keeps the place of its first recorded parameter; within it, by position.
  const firstSeen = new Map<unknown, Map<string, number>>();
  let methods = 0;
  const methodOrder = (param: (typeof params)[number]) => {
    let ofTarget = firstSeen.get(param.target);
    if (!ofTarget) firstSeen.set(param.target, (ofTarget = new Map()));
    let order = ofTarget.get(param.methodName);
    if (order === undefined) ofTarget.set(param.methodName, (order = methods++));
    return order;
  };
  const ordered = params.map((param) => ({ param, method: methodOrder(param) }));
  ordered.sort((a, b) => a.method - b.method || a.param.index - b.param.index);
  params.splice(0, params.length, ...ordered.map(({ param }) => param));
}

/** type-graphql classes → an Apollo Federation 2 subgraph schema. */
export function buildFederatedSchema<TContext>(definition: SubgraphSchemaDefinition<TContext>): FederatedSchema {
  putArgumentsInDeclarationOrder();
  const typeGraphqlSchema = buildSchemaSync({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes ?? [],
    validate: false,
    skipCheck: true,
    pubSub: topicSubscriptionsUnsupported,
  });
  const resolvers: Record<string, object> = { ...createResolversMap(typeGraphqlSchema) };
  for (const [typeName, reference] of Object.entries(definition.references)) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: reference.__resolveReference };
  }
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`);
  const schema = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap }]);
  return { schema, sdl: printSubgraphSchema(schema) };
}

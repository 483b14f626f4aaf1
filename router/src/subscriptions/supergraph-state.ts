import { Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import type { GraphQLSchema } from 'graphql';

/**
 * The router's own view of the current supergraph, rebuilt on every gateway load/update: the
 * gateway's planner is private, and it refuses to execute subscription plans anyway.
 */
export interface SupergraphState {
  /** The client-facing schema exactly as the gateway validates against it. */
  apiGraphQLSchema: GraphQLSchema;
  /** The same API schema in federation-internals form (needed by the planner and `executeQueryPlan`). */
  apiSchema: Schema;
  /** The full supergraph (with join__ directives) as graphql-js, needed by `executeQueryPlan`. */
  supergraphGraphQLSchema: GraphQLSchema;
  planner: QueryPlanner;
}

export function buildSupergraphState(coreSupergraphSdl: string, apiGraphQLSchema: GraphQLSchema): SupergraphState {
  // The gateway has already validated this SDL before notifying us.
  const supergraph = Supergraph.build(coreSupergraphSdl, { validateSupergraph: false });
  return {
    apiGraphQLSchema,
    apiSchema: supergraph.apiSchema(),
    supergraphGraphQLSchema: supergraph.schema.toGraphQLJSSchema(),
    planner: new QueryPlanner(supergraph),
  };
}

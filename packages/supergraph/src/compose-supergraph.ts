import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

export interface ComposedSupergraph {
  /** The supergraph SDL the router loads. */
  supergraphSdl: string;
  /** The client-facing API schema (what Sandbox and codegen see). */
  apiSdl: string;
}

export class CompositionError extends Error {
  override name = 'CompositionError';
}

/** Composes subgraph SDLs with @apollo/composition; fails listing every composition error. */
export function composeSupergraph(subgraphs: SubgraphSdl[]): ComposedSupergraph {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new CompositionError(
      `Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`,
    );
  }
  const apiSdl = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { supergraphSdl: result.supergraphSdl, apiSdl: `${apiSdl}\n` };
}

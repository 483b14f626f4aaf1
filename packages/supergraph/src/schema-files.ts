import { basename } from 'node:path';

import { composeSupergraph } from './compose-supergraph.js';
import { API_FILE, type SchemaFiles } from './schema-check.js';
import { type SubgraphEntry, readSupergraphConfig } from './supergraph-config.js';
import { printSubgraphSdl } from './subgraphs.js';

export const SUPERGRAPH_FILE = 'supergraph.graphql';

/** Builds every file of schema/ from the code: subgraph SDLs, the supergraph and the API schema. */
export function buildSchemaFiles(entries: SubgraphEntry[] = readSupergraphConfig()): SchemaFiles {
  const subgraphs = entries.map((entry) => ({
    name: entry.name,
    url: entry.routingUrl,
    sdl: printSubgraphSdl(entry.name),
  }));
  const { supergraphSdl, apiSdl } = composeSupergraph(subgraphs);
  const files: SchemaFiles = {};
  for (const [index, entry] of entries.entries()) files[basename(entry.schemaFile)] = subgraphs[index].sdl;
  files[SUPERGRAPH_FILE] = `${supergraphSdl.trim()}\n`;
  files[API_FILE] = apiSdl;
  return files;
}

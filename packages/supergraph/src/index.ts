export {
  composeSupergraph,
  CompositionError,
  type ComposedSupergraph,
  type SubgraphSdl,
} from './compose-supergraph.js';
export { API_FILE, BASELINE_FILE, checkSchemaFolder, findBreakingChanges, type SchemaFiles } from './schema-check.js';
export { buildSchemaFiles, SUPERGRAPH_FILE } from './schema-files.js';
export { readSupergraphConfig, REPO_ROOT, SUPERGRAPH_CONFIG_PATH, type SubgraphEntry } from './supergraph-config.js';
export { printSubgraphSdl, subgraphImplementation, subgraphImplementations, type StackSettings } from './subgraphs.js';
export { startStack, type RunningStack, type StackOptions } from './start-stack.js';

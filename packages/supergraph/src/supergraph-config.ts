import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'yaml';
import { z } from 'zod';

/** The repository root (this file lives in packages/supergraph/src). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SUPERGRAPH_CONFIG_PATH = resolve(REPO_ROOT, 'supergraph.yaml');

const configSchema = z.object({
  federation_version: z.string(),
  subgraphs: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/),
    z.object({ routing_url: z.url(), schema: z.object({ file: z.string() }) }),
  ),
});

export interface SubgraphEntry {
  name: string;
  routingUrl: string;
  /** Absolute path of the committed SDL file, e.g. schema/accounts.graphql. */
  schemaFile: string;
}

/** Reads supergraph.yaml (rover's format): the one list of subgraphs. */
export function readSupergraphConfig(path = SUPERGRAPH_CONFIG_PATH): SubgraphEntry[] {
  const config = configSchema.parse(parse(readFileSync(path, 'utf8')));
  return Object.entries(config.subgraphs).map(([name, entry]) => ({
    name,
    routingUrl: entry.routing_url,
    schemaFile: resolve(dirname(path), entry.schema.file),
  }));
}

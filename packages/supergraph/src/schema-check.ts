import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/** The files `npm run compose` writes into schema/ (file name → content). */
export type SchemaFiles = Record<string, string>;

export const API_FILE = 'api.graphql';
export const BASELINE_FILE = 'api.baseline.graphql';

/** Changes of the client-facing API that break existing clients (removed or narrowed things). */
export async function findBreakingChanges(baselineSdl: string, apiSdl: string): Promise<string[]> {
  const changes = await diff(buildSchema(baselineSdl), buildSchema(apiSdl));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => change.message);
}

/**
 * Everything wrong with the committed schema/ folder compared with a fresh composition:
 * stale or missing files, and breaking changes against the accepted baseline.
 */
export async function checkSchemaFolder(schemaDir: string, fresh: SchemaFiles): Promise<string[]> {
  const problems: string[] = [];
  for (const [file, content] of Object.entries(fresh)) {
    const path = join(schemaDir, file);
    if (!existsSync(path)) problems.push(`schema/${file} is missing: run \`npm run compose\` and commit schema/.`);
    else if (readFileSync(path, 'utf8') !== content) {
      problems.push(`schema/${file} is stale: run \`npm run compose\` and commit schema/.`);
    }
  }
  const baselinePath = join(schemaDir, BASELINE_FILE);
  if (!existsSync(baselinePath)) {
    problems.push(`schema/${BASELINE_FILE} is missing: run \`npm run compose\` to create it.`);
    return problems;
  }
  const breaking = await findBreakingChanges(readFileSync(baselinePath, 'utf8'), fresh[API_FILE] ?? '');
  if (breaking.length > 0) {
    problems.push(
      [
        `schema/${API_FILE} has ${breaking.length} breaking change(s) against schema/${BASELINE_FILE}:`,
        ...breaking.map((message) => `  - ${message}`),
        'If this break is deliberate, run `npm run schema:accept-breaking`, commit schema/, and say',
        'why in the commit body with a `BREAKING CHANGE:` footer (see README, "Changing the schema").',
      ].join('\n'),
    );
  }
  return problems;
}

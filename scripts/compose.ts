/**
 * `npm run compose`: writes each subgraph's SDL, the supergraph and the client API schema into
 * schema/. The breaking-change baseline (schema/api.baseline.graphql) follows the API while
 * changes are additive; a breaking change leaves it alone (so `npm run check` fails) until
 * someone accepts it deliberately with `npm run schema:accept-breaking`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { API_FILE, BASELINE_FILE, buildSchemaFiles, findBreakingChanges, REPO_ROOT } from '@grimoire/supergraph';

const schemaDir = join(REPO_ROOT, 'schema');
const acceptBreaking = process.argv.includes('--accept-breaking');

const files = buildSchemaFiles();
mkdirSync(schemaDir, { recursive: true });
for (const [file, content] of Object.entries(files)) writeFileSync(join(schemaDir, file), content);
console.log(
  `wrote ${Object.keys(files)
    .map((file) => `schema/${file}`)
    .join(', ')}`,
);

const baselinePath = join(schemaDir, BASELINE_FILE);
const api = files[API_FILE];
const breaking = existsSync(baselinePath) ? await findBreakingChanges(readFileSync(baselinePath, 'utf8'), api) : [];
if (breaking.length === 0 || acceptBreaking) {
  writeFileSync(baselinePath, api);
  console.log(`${acceptBreaking && breaking.length ? 'accepted breaking changes; ' : ''}wrote schema/${BASELINE_FILE}`);
} else {
  console.warn(`schema/${API_FILE} breaks existing clients (baseline left as it was):`);
  for (const message of breaking) console.warn(`  - ${message}`);
  console.warn('If deliberate: npm run schema:accept-breaking, then commit with a BREAKING CHANGE: footer.');
}

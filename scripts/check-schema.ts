/**
 * The schema part of `npm run check`: composition must succeed, the committed schema/ must
 * match the code, and the API must not break clients against the accepted baseline.
 */
import { join } from 'node:path';

import { buildSchemaFiles, checkSchemaFolder, REPO_ROOT } from '@grimoire/supergraph';

try {
  const problems = await checkSchemaFolder(join(REPO_ROOT, 'schema'), buildSchemaFiles());
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('schema check passed: composition succeeds, schema/ is current, no unaccepted breaking change');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

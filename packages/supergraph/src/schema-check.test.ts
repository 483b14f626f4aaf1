import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { API_FILE, BASELINE_FILE, checkSchemaFolder, findBreakingChanges } from './schema-check.js';
import { buildSchemaFiles } from './schema-files.js';

const baseline =
  'type Query { campaign(id: ID!): Campaign }\ntype Campaign { id: ID! name: String! description: String }\n';

function schemaDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'grimoire-schema-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('schema checks', () => {
  it('accepts additions', async () => {
    const added = baseline.replace('description: String', 'description: String level: Int');
    expect(await findBreakingChanges(baseline, added)).toEqual([]);
  });

  it('flags a removed field and a narrowed argument as breaking', async () => {
    const broken =
      'type Query { campaign(id: ID!, name: String!): Campaign }\ntype Campaign { id: ID! name: String! }\n';
    const changes = await findBreakingChanges(baseline, broken);
    expect(changes.join('\n')).toMatch(/description.*removed/i);
    expect(changes.join('\n')).toMatch(/name/);
  });

  it('passes a folder that matches the fresh composition', async () => {
    const dir = schemaDir({
      [API_FILE]: baseline,
      [BASELINE_FILE]: baseline,
      'accounts.graphql': 'type A { id: ID }\n',
    });
    expect(await checkSchemaFolder(dir, { [API_FILE]: baseline, 'accounts.graphql': 'type A { id: ID }\n' })).toEqual(
      [],
    );
  });

  it('fails on a stale or missing file', async () => {
    const dir = schemaDir({ [API_FILE]: baseline, [BASELINE_FILE]: baseline });
    const problems = await checkSchemaFolder(dir, { [API_FILE]: baseline, 'accounts.graphql': 'type A { id: ID }\n' });
    expect(problems).toEqual([expect.stringContaining('schema/accounts.graphql is missing')]);
    const stale = await checkSchemaFolder(dir, { [API_FILE]: `${baseline}type Extra { id: ID }\n` });
    expect(stale).toEqual([expect.stringContaining('schema/api.graphql is stale')]);
  });

  it('fails on an unacknowledged breaking change even when the folder is fresh', async () => {
    const broken = 'type Query { campaign(id: ID!): Campaign }\ntype Campaign { id: ID! }\n';
    const dir = schemaDir({ [API_FILE]: broken, [BASELINE_FILE]: baseline });
    const problems = await checkSchemaFolder(dir, { [API_FILE]: broken });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/breaking change\(s\)/);
    expect(problems[0]).toMatch(/schema:accept-breaking/);
  });
});

describe('schema checks on the real supergraph', () => {
  it('passes on a copy of the real schema folder and fails once a field the clients use disappears', async () => {
    const fresh = buildSchemaFiles();
    const api = fresh[API_FILE]!;
    const dir = schemaDir({ ...fresh, [BASELINE_FILE]: api });
    expect(await checkSchemaFolder(dir, fresh)).toEqual([]);

    // Simulate a subgraph change that drops Campaign.name: the baseline still has it.
    const withoutName = api.replace(/(type Campaign[^{]*\{[\s\S]*?)\n\s+name: String!/, '$1');
    expect(withoutName).not.toEqual(api);
    const problems = await checkSchemaFolder(dir, { ...fresh, [API_FILE]: withoutName });
    expect(problems.join('\n')).toMatch(/Field 'name' was removed from object type 'Campaign'/);
  });
});

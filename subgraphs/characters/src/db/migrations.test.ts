import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { type Identity, type RunningSubgraph } from '@grimoire/platform';
import { createTestDatabase, postGraphQL, type TestDatabase, testSubgraphOptions } from '@grimoire/platform/testing';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startCharactersSubgraph } from '../server.js';
import type { CharactersTables } from './database.js';

const MIGRATIONS = resolve(import.meta.dirname, '../../migrations');

/** The migrations folder as it was before the build model (0000 only), so old rows can be written. */
function firstMigrationOnly(): string {
  const folder = mkdtempSync(join(tmpdir(), 'characters-migrations-'));
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: unknown[] };
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }));
  return folder;
}

describe('migration to character builds', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph<CharactersTables>;
  const owner: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
  const ids = { wizard: randomUUID(), bare: randomUUID() };

  beforeAll(async () => {
    database = await createTestDatabase('characters_migration');
    const folder = firstMigrationOnly();
    const client = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      await migrate(drizzle({ client }), {
        migrationsFolder: folder,
        migrationsSchema: 'drizzle',
        migrationsTable: 'characters_migrations',
      });
      await client`insert into characters.characters (id, owner_id, name, species, class_name, level)
        values (${ids.wizard}, ${owner.userId}, 'Mialee', 'elf', 'wizard', 3),
               (${ids.bare}, ${owner.userId}, 'Tordek', null, null, 1)`;
    } finally {
      await client.end();
      rmSync(folder, { recursive: true, force: true });
    }
    // Starting the subgraph applies 0001–0003 to the old rows.
    subgraph = await startCharactersSubgraph(testSubgraphOptions(database));
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('keeps species, class and level inside the build and gives every character version 1', async () => {
    const { body } = await postGraphQL(
      subgraph.url,
      `query($a: ID!, $b: ID!) {
        a: character(id: $a) { name version level species { id } classes { class { id } level } versions { edges { node { version reason snapshot } } } }
        b: character(id: $b) { name version level species { id } classes { level } validation { complete } }
      }`,
      { a: ids.wizard, b: ids.bare },
      { identity: owner },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.a).toMatchObject({
      name: 'Mialee',
      version: 1,
      level: 3,
      species: { id: 'elf' },
      classes: [{ class: { id: 'wizard' }, level: 3 }],
    });
    expect(body.data!.a.versions.edges).toHaveLength(1);
    expect(body.data!.a.versions.edges[0].node.snapshot).toMatchObject({
      name: 'Mialee',
      build: { speciesId: 'elf', classes: [{ classId: 'wizard', level: 3 }] },
    });
    expect(body.data!.b).toMatchObject({ name: 'Tordek', version: 1, level: 0, species: null, classes: [] });
    expect(body.data!.b.validation.complete).toBe(false);
  });
});

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

/** The migrations up to (not including) `tag`, so rows can be written as that model stored them. */
function migrationsBefore(tag: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'characters-migrations-'));
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const index = journal.entries.findIndex((entry) => entry.tag === tag);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, index) }));
  return folder;
}

const BUILD = {
  edition: '2024',
  speciesId: 'human',
  classes: [{ classId: 'fighter', level: 3 }],
  abilityScores: { method: 'manual', base: { str: 16, dex: 12, con: 14, int: 10, wis: 10, cha: 10 } },
  skillProficiencies: [],
  skillExpertise: [],
  feats: [],
  spells: [],
};

describe('migration of build equipment into the inventory', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph<CharactersTables>;
  const owner: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
  const ids = { armored: randomUUID(), empty: randomUUID() };

  beforeAll(async () => {
    database = await createTestDatabase('characters_inventory_migration');
    const folder = migrationsBefore('0004_move_equipment_into_inventory');
    const client = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      await migrate(drizzle({ client }), {
        migrationsFolder: folder,
        migrationsSchema: 'drizzle',
        migrationsTable: 'characters_migrations',
      });
      const armored = {
        ...BUILD,
        equipment: [
          { itemId: 'chain-mail', quantity: 1, equipped: true, attuned: false },
          { itemId: 'shield', quantity: 1, equipped: true, attuned: false },
          { itemId: 'cloak-of-protection', quantity: 1, equipped: true, attuned: true },
          { itemId: 'rope', quantity: 2, equipped: false, attuned: false },
        ],
      };
      const inventory = { entries: [], currency: { cp: 0, sp: 0, ep: 0, gp: 15, pp: 0 } };
      await client`insert into characters.characters (id, owner_id, name, build, inventory, version)
        values (${ids.armored}, ${owner.userId}, 'Armored', ${JSON.stringify(armored)}::jsonb, ${JSON.stringify(inventory)}::jsonb, 4),
               (${ids.empty}, ${owner.userId}, 'Empty', ${JSON.stringify({ ...BUILD, equipment: [] })}::jsonb, ${JSON.stringify(inventory)}::jsonb, 1)`;
    } finally {
      await client.end();
      rmSync(folder, { recursive: true, force: true });
    }
    subgraph = await startCharactersSubgraph(testSubgraphOptions(database));
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('moves every item into an inventory entry with its flags, and the sheet reads them back', async () => {
    const { body } = await postGraphQL(
      subgraph.url,
      `query($a: ID!, $b: ID!) {
        a: character(id: $a) { version armorClass { value breakdown { source amount } }
          inventory { entries { id itemId name quantity equipped attuned container { id } } currency { gp } } }
        b: character(id: $b) { version inventory { entries { id } currency { gp } } }
      }`,
      { a: ids.armored, b: ids.empty },
      { identity: owner },
    );
    expect(body.errors).toBeUndefined();
    const armored = body.data!.a;
    // No version appended: the sheet did not change, so expected versions stay valid.
    expect(armored.version).toBe(4);
    expect(armored.inventory.entries.map(({ id: _id, ...entry }: { id: string }) => entry)).toEqual([
      { itemId: 'chain-mail', name: 'Chain Mail', quantity: 1, equipped: true, attuned: false, container: null },
      { itemId: 'shield', name: 'Shield', quantity: 1, equipped: true, attuned: false, container: null },
      {
        itemId: 'cloak-of-protection',
        name: 'Cloak of Protection',
        quantity: 1,
        equipped: true,
        attuned: true,
        container: null,
      },
      {
        itemId: 'rope',
        name: expect.any(String),
        quantity: 2,
        equipped: false,
        attuned: false,
        container: null,
      },
    ]);
    expect(new Set(armored.inventory.entries.map((entry: { id: string }) => entry.id)).size).toBe(4);
    expect(armored.inventory.currency.gp).toBe(15);
    // Chain mail 16 + shield 2 + cloak 1, all derived from the inventory now.
    expect(armored.armorClass.value).toBe(19);
    expect(body.data!.b).toEqual({ version: 1, inventory: { entries: [], currency: { gp: 15 } } });

    const [row] = await subgraph.database.sql`select build from characters.characters where id = ${ids.armored}`;
    expect((row as { build: { equipment: unknown[] } }).build.equipment).toEqual([]);
  });
});

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { createTestDatabase, type TestDatabase } from '@grimoire/platform/testing';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const MIGRATIONS = resolve(import.meta.dirname, '../../migrations');

describe('campaigns migrations', () => {
  let database: TestDatabase;
  let sql: postgres.Sql;
  let partial: string;

  beforeAll(async () => {
    database = await createTestDatabase('campaigns_migrations');
    sql = postgres(database.url, { max: 1, onnotice: () => {} });
    // The migrations as they stood before campaigns had a status (0000 and 0001 only).
    partial = await mkdtemp(join(tmpdir(), 'campaigns-migrations-'));
    await cp(MIGRATIONS, partial, { recursive: true });
    const journalPath = join(partial, 'meta/_journal.json');
    const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((entry) => /^000[01]_/.test(entry.tag));
    await writeFile(journalPath, JSON.stringify(journal));
  });

  afterAll(async () => {
    await sql?.end({ timeout: 5 });
    await rm(partial, { recursive: true, force: true });
    await database?.drop();
  });

  it('makes campaigns that existed before the status machine ACTIVE, and new ones DRAFT TRADITIONAL', async () => {
    const options = { migrationsSchema: 'drizzle', migrationsTable: 'campaigns_migrations' };
    await migrate(drizzle({ client: sql }), { ...options, migrationsFolder: partial });
    const [old] =
      await sql`insert into campaigns.campaigns (name, game_master_id) values ('Old table', gen_random_uuid()) returning id`;

    await migrate(drizzle({ client: sql }), { ...options, migrationsFolder: MIGRATIONS });
    const [migrated] = await sql`select status, type from campaigns.campaigns where id = ${old!.id}`;
    expect(migrated).toEqual({ status: 'ACTIVE', type: 'TRADITIONAL' });

    const [fresh] =
      await sql`insert into campaigns.campaigns (name, game_master_id) values ('New table', gen_random_uuid()) returning status, type`;
    expect(fresh).toEqual({ status: 'DRAFT', type: 'TRADITIONAL' });
  });
});

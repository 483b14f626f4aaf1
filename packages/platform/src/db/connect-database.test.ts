import { resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createLogger } from '../logging/logger.js';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { connectDatabase, type Database } from './connect-database.js';

describe('connectDatabase', () => {
  let testDatabase: TestDatabase;
  let database: Database<Record<string, never>>;

  beforeAll(async () => {
    testDatabase = await createTestDatabase('connect');
    database = await connectDatabase({
      url: testDatabase.url,
      name: 'connect_test',
      tables: {},
      migrationsFolder: resolve(import.meta.dirname, '../subgraph/__fixtures__/migrations'),
      logger: createLogger('test', 'silent'),
      maxConnections: 4,
    });
  });
  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('counts the statements requests send, not the set-up of new pool connections', async () => {
    const before = database.statementCount();
    // Four at once open new connections, each of which first reads the array types.
    await Promise.all([1, 2, 3, 4].map((n) => database.sql`select ${n}::int as n`));
    expect(database.statementCount() - before).toBe(4);
  });

  it('records applied migrations in drizzle.<name>_migrations', async () => {
    const rows = await database.sql`select to_regclass('drizzle.connect_test_migrations') as migrations`;
    expect(rows[0]?.migrations).toBe('drizzle.connect_test_migrations');
  });
});

import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres, { type Sql } from 'postgres';

import type { Logger } from '../logging/logger.js';

export interface Database<TSchema extends Record<string, unknown>> {
  db: PostgresJsDatabase<TSchema>;
  sql: Sql;
  /** SQL statements sent so far by this pool; tests use it to prove batching. */
  statementCount(): number;
  /** Resolves when the database answers; used by `/ready`. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface ConnectDatabaseOptions<TSchema extends Record<string, unknown>> {
  url: string;
  /** The subgraph's name; its migrations are recorded in `drizzle.<name>_migrations`. */
  name: string;
  tables: TSchema;
  migrationsFolder: string;
  logger: Logger;
  maxConnections?: number;
  onStatement?: () => void;
  /** False for a second pool on a database another pool already migrated (default true). */
  migrate?: boolean;
}

const ARRAY_TYPES_QUERY = /^\s*select b\.oid, b\.typarray\s/;

/** Serialises migrations of all subgraphs sharing one database (CREATE SCHEMA races otherwise). */
const MIGRATION_LOCK_KEY = 7_150_482_211;

/** Applies pending migrations on a dedicated one-connection client, then opens the query pool. */
export async function connectDatabase<TSchema extends Record<string, unknown>>(
  options: ConnectDatabaseOptions<TSchema>,
): Promise<Database<TSchema>> {
  const { url, name, tables, migrationsFolder, logger } = options;
  if (options.migrate !== false) await applyMigrations(url, name, migrationsFolder, logger);

  let statements = 0;
  const sql = postgres(url, {
    max: options.maxConnections ?? 10,
    onnotice: () => {},
    connection: { application_name: `grimoire-${name}` },
    debug: (_connection, query) => {
      // postgres.js reads the array types once per new connection; that is connection set-up,
      // not work a request asked for, and counting it made per-request counts depend on timing.
      if (ARRAY_TYPES_QUERY.test(query)) return;
      statements += 1;
      options.onStatement?.();
    },
  });
  const db = drizzle({ client: sql, schema: tables, casing: 'snake_case' });
  return {
    db,
    sql,
    statementCount: () => statements,
    ping: async () => {
      await sql`select 1`;
    },
    close: () => sql.end({ timeout: 5 }),
  };
}

async function applyMigrations(url: string, name: string, migrationsFolder: string, logger: Logger) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle({ client }), {
      migrationsFolder,
      migrationsSchema: 'drizzle',
      migrationsTable: `${name}_migrations`,
    });
    logger.debug({ migrationsFolder }, 'migrations applied');
  } finally {
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
    await client.end({ timeout: 5 });
  }
}

/** Creates database `name` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) await admin.unsafe(`create database "${name}"`);
  } catch (error) {
    // Two processes racing to create the same database: the loser sees a duplicate.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await admin.end({ timeout: 5 });
  }
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  return target.toString();
}

/** Drops database `name` (test clean-up), disconnecting whoever still uses it. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

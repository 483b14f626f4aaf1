import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { PostgresJsQueryResultHKT } from 'drizzle-orm/postgres-js';

import type * as tables from './tables/index.js';

export type AccountsTables = typeof tables;

/** The pool or an open transaction: query functions accept either, so callers choose the scope. */
export type AccountsDb = PgDatabase<PostgresJsQueryResultHKT, AccountsTables>;

/** Runs `work` in one transaction on `db` (commits when it resolves, rolls back when it throws). */
export function inTransaction<T>(db: AccountsDb, work: (tx: AccountsDb) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx));
}

/** PostgreSQL error code of a failed statement, if any (drizzle wraps the driver error in `cause`). */
export function pgErrorCode(error: unknown): string | undefined {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = '23505';

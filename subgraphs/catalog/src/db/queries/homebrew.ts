import { and, eq, inArray, sql } from 'drizzle-orm';

import type { CatalogDb } from '../database.js';
import { type HomebrewRow, homebrew, type NewHomebrewRow } from '../tables/index.js';

export async function insertHomebrew(db: CatalogDb, values: NewHomebrewRow): Promise<HomebrewRow> {
  const [row] = await db.insert(homebrew).values(values).returning();
  return row;
}

export async function findHomebrewById(db: CatalogDb, id: string): Promise<HomebrewRow | undefined> {
  const [row] = await db.select().from(homebrew).where(eq(homebrew.id, id));
  return row;
}

/** Batched variant for the DataLoader: one statement for any number of ids. */
export function findHomebrewByIds(db: CatalogDb, ids: readonly string[]): Promise<HomebrewRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(homebrew)
    .where(inArray(homebrew.id, [...ids]));
}

/** Every homebrew entry of one kind a user owns (lists merge them with the SRD in memory). */
export function listHomebrewOfOwner(db: CatalogDb, ownerId: string, kind: string): Promise<HomebrewRow[]> {
  return db
    .select()
    .from(homebrew)
    .where(and(eq(homebrew.ownerId, ownerId), eq(homebrew.kind, kind)));
}

export async function updateHomebrewRow(
  db: CatalogDb,
  id: string,
  values: Pick<NewHomebrewRow, 'name' | 'description' | 'content' | 'powerScore' | 'powerVerdict' | 'powerReasons'>,
): Promise<HomebrewRow | undefined> {
  const [row] = await db
    .update(homebrew)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(homebrew.id, id))
    .returning();
  return row;
}

export async function deleteHomebrewRow(db: CatalogDb, id: string): Promise<boolean> {
  const rows = await db.delete(homebrew).where(eq(homebrew.id, id)).returning({ id: homebrew.id });
  return rows.length > 0;
}

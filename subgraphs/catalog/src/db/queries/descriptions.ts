import { and, inArray, sql } from 'drizzle-orm';

import type { CatalogDb } from '../database.js';
import { type DescriptionRow, descriptions, type NewDescriptionRow } from '../tables/index.js';

/** Batched read for the description loader: one statement for any number of (kind, id) pairs. */
export function findDescriptions(
  db: CatalogDb,
  keys: readonly { kind: string; contentId: string }[],
): Promise<DescriptionRow[]> {
  if (keys.length === 0) return Promise.resolve([]);
  // Filtering both columns with IN may return extra pairs (kind A with the id of kind B); the caller matches exactly.
  return db
    .select()
    .from(descriptions)
    .where(
      and(
        inArray(descriptions.kind, [...new Set(keys.map((key) => key.kind))]),
        inArray(descriptions.contentId, [...new Set(keys.map((key) => key.contentId))]),
      ),
    );
}

export interface UpsertOutcome {
  inserted: number;
  updated: number;
}

/**
 * Inserts or updates descriptions by (kind, contentId). A row whose name and text are already
 * the same is left alone, so importing the same data twice changes nothing.
 */
export async function upsertDescriptions(db: CatalogDb, rows: readonly NewDescriptionRow[]): Promise<UpsertOutcome> {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const changed = await db
    .insert(descriptions)
    .values([...rows])
    .onConflictDoUpdate({
      target: [descriptions.kind, descriptions.contentId],
      set: {
        name: sql`excluded.name`,
        description: sql`excluded.description`,
        higherLevel: sql`excluded.higher_level`,
        origin: sql`excluded.origin`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`(${descriptions.name}, ${descriptions.description}, ${descriptions.higherLevel}, ${descriptions.origin})
        is distinct from (excluded.name, excluded.description, excluded.higher_level, excluded.origin)`,
    })
    // xmax is 0 on a freshly inserted row version and non-zero on an updated one.
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  const inserted = changed.filter((row) => row.inserted).length;
  return { inserted, updated: changed.length - inserted };
}

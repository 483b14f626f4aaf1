import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';

import type { CampaignsExecutor } from '../database.js';
import { tableEvents, type TableEventRow } from '../tables/index.js';

export async function insertTableEvent(
  db: CampaignsExecutor,
  values: typeof tableEvents.$inferInsert,
): Promise<TableEventRow> {
  const [row] = await db.insert(tableEvents).values(values).returning();
  return row;
}

export function findTableEventsByIds(db: CampaignsExecutor, ids: readonly string[]): Promise<TableEventRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(tableEvents)
    .where(inArray(tableEvents.id, [...ids]));
}

/** Marks the event reverted unless it already is; the row, or undefined when it was already reverted. */
export async function markTableEventReverted(
  db: CampaignsExecutor,
  id: string,
  revertedBy: string,
): Promise<TableEventRow | undefined> {
  const [row] = await db
    .update(tableEvents)
    .set({ revertedBy, revertedAt: sql`now()` })
    .where(and(eq(tableEvents.id, id), isNull(tableEvents.revertedAt)))
    .returning();
  return row;
}

/** Where a page of one campaign's events starts (newest first): after this (recordedAt, id). */
export interface TableEventPosition {
  recordedAt: string;
  id: string;
}

export interface TableEventPageKey {
  campaignId: string;
  /** Rows to fetch (page size + 1, to know whether there is a next page). */
  limit: number;
  after: TableEventPosition | null;
}

/**
 * Pages of several campaigns in one statement (a DataLoader batch): each campaign's events newest
 * first, numbered per campaign, cut at each key's limit.
 */
export async function listTableEventPages(
  db: CampaignsExecutor,
  keys: readonly TableEventPageKey[],
): Promise<TableEventRow[]> {
  if (keys.length === 0) return [];
  const ranked = db
    .select({
      id: tableEvents.id,
      rank: sql<number>`row_number() over (partition by ${tableEvents.campaignId} order by ${tableEvents.recordedAt} desc, ${tableEvents.id} desc)`.as(
        'rank',
      ),
    })
    .from(tableEvents)
    .where(
      or(
        ...keys.map((key) =>
          and(
            eq(tableEvents.campaignId, key.campaignId),
            key.after
              ? or(
                  lt(tableEvents.recordedAt, new Date(key.after.recordedAt)),
                  and(eq(tableEvents.recordedAt, new Date(key.after.recordedAt)), lt(tableEvents.id, key.after.id)),
                )
              : undefined,
          ),
        ),
      ),
    )
    .as('ranked');
  const limit = Math.max(...keys.map((key) => key.limit));
  return db
    .select({ event: tableEvents })
    .from(tableEvents)
    .innerJoin(ranked, eq(ranked.id, tableEvents.id))
    .where(sql`${ranked.rank} <= ${limit}`)
    .orderBy(desc(tableEvents.recordedAt), desc(tableEvents.id))
    .then((rows) => rows.map((row) => row.event));
}

export function listTableEventsOfSessionNotes(
  db: CampaignsExecutor,
  sessionNoteIds: readonly string[],
): Promise<TableEventRow[]> {
  if (sessionNoteIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(tableEvents)
    .where(inArray(tableEvents.sessionNoteId, [...sessionNoteIds]))
    .orderBy(tableEvents.recordedAt, tableEvents.id);
}

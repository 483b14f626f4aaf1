import { eq, getTableColumns, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

import type { CampaignsExecutor } from '../../database.js';

/** A story table: rows with a uuid `id` and the campaign they belong to. */
type StoryTable = PgTable & { id: PgColumn; campaignId: PgColumn };

export interface StoryEntityQueries<TRow, TInsert> {
  insert(db: CampaignsExecutor, values: TInsert): Promise<TRow>;
  findById(db: CampaignsExecutor, id: string): Promise<TRow | undefined>;
  /** Changes the given columns (none: reads the row); undefined when the row is gone. */
  update(db: CampaignsExecutor, id: string, values: Partial<TInsert>): Promise<TRow | undefined>;
  deleteById(db: CampaignsExecutor, id: string): Promise<void>;
}

/**
 * The by-id statements every story entity needs (chapters, arcs, plots, NPCs, relationships,
 * locations, factions), written once; link tables and lists have their own queries.
 */
export function storyEntityQueries<TTable extends StoryTable>(
  table: TTable,
): StoryEntityQueries<InferSelectModel<TTable>, InferInsertModel<TTable>> {
  type Row = InferSelectModel<TTable>;
  // drizzle cannot follow a generic table through its builders: the casts restate what `table` is.
  const any = table as unknown as PgTable & { id: PgColumn };
  const columns = getTableColumns(any);
  const findById = async (db: CampaignsExecutor, id: string) => {
    const [row] = await db.select(columns).from(any).where(eq(any.id, id));
    return row as Row | undefined;
  };
  return {
    async insert(db, values) {
      const [row] = await db
        .insert(any)
        .values(values as never)
        .returning();
      return row as Row;
    },
    findById,
    async update(db, id, values) {
      if (Object.keys(values).length === 0) return findById(db, id);
      const [row] = await db
        .update(any)
        .set(values as never)
        .where(eq(any.id, id))
        .returning();
      return row as Row | undefined;
    },
    async deleteById(db, id) {
      await db.delete(any).where(eq(any.id, id));
    },
  };
}

import { eq, sql } from 'drizzle-orm';

import type { CampaignsExecutor } from '../../database.js';
import { plotChapters, type PlotRow, plots, type StoryArcRow, storyArcs } from '../../tables/index.js';

export type StoryArcValues = Pick<StoryArcRow, 'title' | 'description' | 'kind' | 'position'>;
export type PlotValues = Pick<PlotRow, 'title' | 'description' | 'kind' | 'parentPlotId' | 'arcId'>;

export async function insertStoryArc(
  db: CampaignsExecutor,
  values: Omit<StoryArcValues, 'position'> & { campaignId: string; position: number | null },
): Promise<StoryArcRow> {
  // Without a position the arc goes last.
  const position =
    values.position ??
    sql<number>`(select coalesce(max(${storyArcs.position}) + 1, 0) from ${storyArcs} where ${storyArcs.campaignId} = ${values.campaignId})`;
  const [row] = await db
    .insert(storyArcs)
    .values({ ...values, position })
    .returning();
  return row;
}

export async function findStoryArcById(db: CampaignsExecutor, id: string): Promise<StoryArcRow | undefined> {
  const [row] = await db.select().from(storyArcs).where(eq(storyArcs.id, id));
  return row;
}

export async function updateStoryArcRow(
  db: CampaignsExecutor,
  id: string,
  values: Partial<StoryArcValues>,
): Promise<StoryArcRow | undefined> {
  if (Object.keys(values).length === 0) return findStoryArcById(db, id);
  const [row] = await db.update(storyArcs).set(values).where(eq(storyArcs.id, id)).returning();
  return row;
}

export async function deleteStoryArcRow(db: CampaignsExecutor, id: string): Promise<void> {
  await db.delete(storyArcs).where(eq(storyArcs.id, id));
}

export async function insertPlot(db: CampaignsExecutor, values: PlotValues & { campaignId: string }): Promise<PlotRow> {
  const [row] = await db.insert(plots).values(values).returning();
  return row;
}

export async function findPlotById(db: CampaignsExecutor, id: string): Promise<PlotRow | undefined> {
  const [row] = await db.select().from(plots).where(eq(plots.id, id));
  return row;
}

export async function updatePlotRow(
  db: CampaignsExecutor,
  id: string,
  values: Partial<PlotValues & Pick<PlotRow, 'state'>>,
): Promise<PlotRow | undefined> {
  if (Object.keys(values).length === 0) return findPlotById(db, id);
  const [row] = await db.update(plots).set(values).where(eq(plots.id, id)).returning();
  return row;
}

export async function deletePlotRow(db: CampaignsExecutor, id: string): Promise<void> {
  await db.delete(plots).where(eq(plots.id, id));
}

/** Replaces the chapters a plot runs through, in the given order. */
export async function replacePlotChapters(
  db: CampaignsExecutor,
  plotId: string,
  chapterIds: readonly string[],
): Promise<void> {
  await db.delete(plotChapters).where(eq(plotChapters.plotId, plotId));
  if (chapterIds.length === 0) return;
  await db.insert(plotChapters).values(chapterIds.map((chapterId, position) => ({ plotId, chapterId, position })));
}

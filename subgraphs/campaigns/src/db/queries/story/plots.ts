import { eq, sql } from 'drizzle-orm';

import type { CampaignsExecutor } from '../../database.js';
import { plotChapters, plots, type StoryArcRow, storyArcs } from '../../tables/index.js';
import { storyEntityQueries } from './story-entity-queries.js';

export const storyArcRows = storyEntityQueries(storyArcs);
export const plotRows = storyEntityQueries(plots);

/** A new arc; without a position it goes last. */
export async function insertStoryArc(
  db: CampaignsExecutor,
  values: Pick<StoryArcRow, 'campaignId' | 'title' | 'description' | 'kind'> & { position: number | null },
): Promise<StoryArcRow> {
  const position =
    values.position ??
    sql<number>`(select coalesce(max(${storyArcs.position}) + 1, 0) from ${storyArcs} where ${storyArcs.campaignId} = ${values.campaignId})`;
  const [row] = await db
    .insert(storyArcs)
    .values({ ...values, position })
    .returning();
  return row;
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

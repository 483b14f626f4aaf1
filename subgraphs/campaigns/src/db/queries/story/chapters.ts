import { asc, eq } from 'drizzle-orm';

import type { CampaignsExecutor } from '../../database.js';
import { chapterPrerequisites, type ChapterRow, chapters } from '../../tables/index.js';
import { storyEntityQueries } from './story-entity-queries.js';

export const chapterRows = storyEntityQueries(chapters);

/** Replaces a chapter's prerequisites with `prerequisiteIds`. */
export async function replacePrerequisites(
  db: CampaignsExecutor,
  chapterId: string,
  prerequisiteIds: readonly string[],
): Promise<void> {
  await db.delete(chapterPrerequisites).where(eq(chapterPrerequisites.chapterId, chapterId));
  if (prerequisiteIds.length === 0) return;
  await db
    .insert(chapterPrerequisites)
    .values(prerequisiteIds.map((prerequisiteId) => ({ chapterId, prerequisiteId })));
}

/** Chapters that list `chapterId` among their prerequisites, oldest first. */
export async function listDependentChapters(db: CampaignsExecutor, chapterId: string): Promise<ChapterRow[]> {
  const rows = await db
    .select({ chapter: chapters })
    .from(chapterPrerequisites)
    .innerJoin(chapters, eq(chapters.id, chapterPrerequisites.chapterId))
    .where(eq(chapterPrerequisites.prerequisiteId, chapterId))
    .orderBy(asc(chapters.createdAt), asc(chapters.id));
  return rows.map((row) => row.chapter);
}

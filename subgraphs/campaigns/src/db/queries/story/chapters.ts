import { asc, eq } from 'drizzle-orm';

import type { CampaignsExecutor } from '../../database.js';
import { chapterPrerequisites, type ChapterRow, chapters } from '../../tables/index.js';

export type ChapterValues = Pick<ChapterRow, 'title' | 'summary' | 'kind' | 'state'>;

export async function insertChapter(
  db: CampaignsExecutor,
  values: ChapterValues & { campaignId: string },
): Promise<ChapterRow> {
  const [row] = await db.insert(chapters).values(values).returning();
  return row;
}

export async function findChapterById(db: CampaignsExecutor, id: string): Promise<ChapterRow | undefined> {
  const [row] = await db.select().from(chapters).where(eq(chapters.id, id));
  return row;
}

export async function updateChapterRow(
  db: CampaignsExecutor,
  id: string,
  values: Partial<ChapterValues>,
): Promise<ChapterRow | undefined> {
  if (Object.keys(values).length === 0) return findChapterById(db, id);
  const [row] = await db.update(chapters).set(values).where(eq(chapters.id, id)).returning();
  return row;
}

export async function deleteChapterRow(db: CampaignsExecutor, id: string): Promise<void> {
  await db.delete(chapters).where(eq(chapters.id, id));
}

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

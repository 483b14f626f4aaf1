import { badUserInput, conflict, type Identity, validateInput } from '@grimoire/platform';
import { z } from 'zod';

import { chapterRows, listDependentChapters, replacePrerequisites } from '../../db/queries/story/chapters.js';
import { listChaptersOfCampaigns, listPrerequisitesOfCampaigns } from '../../db/queries/story/story-reads.js';
import type { CampaignsExecutor } from '../../db/database.js';
import { chapterKind, type ChapterRow, chapterState } from '../../db/tables/index.js';
import { findCycle } from './dependency-graph.js';
import { deleteStoryEntity, editStory, type StoryDependencies, updateStoryEntity } from './edit-story.js';
import {
  assertAllInCampaign,
  describeCycle,
  idListSchema,
  storyNameSchema,
  storyTextSchema,
  withoutUndefined,
} from './story-input.js';

// The story entities this module edits by id (see updateStoryEntity and deleteStoryEntity).
const CHAPTER = { kind: 'CHAPTER', label: 'chapter', rows: chapterRows } as const;

const chapterFields = {
  title: storyNameSchema,
  summary: storyTextSchema.optional(),
  kind: z.enum(chapterKind.enumValues).optional(),
  state: z.enum(chapterState.enumValues).optional(),
  prerequisiteIds: idListSchema().optional(),
};
const createChapterSchema = z.object(chapterFields);
const updateChapterSchema = z.object({ ...chapterFields, title: storyNameSchema.optional() });

export type ChapterInput = z.input<typeof updateChapterSchema>;

/** A chapter in the campaign; its prerequisites must be chapters of the same campaign. */
export function createChapter(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
  input: z.input<typeof createChapterSchema>,
): Promise<ChapterRow> {
  const valid = validateInput(createChapterSchema, input);
  return editStory(deps, viewer.userId, rawCampaignId, 'campaignId', async (tx, campaignId) => {
    const prerequisiteIds = valid.prerequisiteIds ?? [];
    await checkPrerequisites(tx, campaignId, null, prerequisiteIds);
    const chapter = await chapterRows.insert(tx, {
      campaignId,
      title: valid.title,
      summary: valid.summary ?? null,
      kind: valid.kind ?? 'STORY',
      state: valid.state ?? 'DRAFT',
    });
    await replacePrerequisites(tx, chapter.id, prerequisiteIds);
    return { result: chapter, change: { entity: 'CHAPTER', entityId: chapter.id, action: 'CREATED', hidden: false } };
  });
}

/** Changes the given fields; `prerequisiteIds` replaces the list and must not close a cycle. */
export async function updateChapter(
  deps: StoryDependencies,
  viewer: Identity,
  rawId: string,
  input: ChapterInput,
): Promise<ChapterRow> {
  const valid = validateInput(updateChapterSchema, input);
  return updateStoryEntity(deps, viewer.userId, rawId, CHAPTER, async (tx, existing, campaignId) => {
    if (valid.prerequisiteIds) {
      await checkPrerequisites(tx, campaignId, existing.id, valid.prerequisiteIds);
      await replacePrerequisites(tx, existing.id, valid.prerequisiteIds);
    }
    const { prerequisiteIds: _replaced, ...fields } = valid;
    return withoutUndefined(fields);
  });
}

/** Deletes a chapter no other chapter depends on (CONFLICT names those that do). */
export function deleteChapter(deps: StoryDependencies, viewer: Identity, rawId: string): Promise<string> {
  return deleteStoryEntity(deps, viewer.userId, rawId, CHAPTER, {
    async refuse(tx, existing) {
      const dependents = await listDependentChapters(tx, existing.id);
      if (dependents.length === 0) return;
      const names = dependents.map((chapter) => `"${chapter.title}"`).join(', ');
      throw conflict(
        `Chapter "${existing.title}" cannot be deleted: ${names} ${dependents.length === 1 ? 'depends' : 'depend'} on it. Remove it from their prerequisites first.`,
        { field: 'id', dependentIds: dependents.map((chapter) => chapter.id) },
      );
    },
  });
}

/**
 * Prerequisites must be other chapters of the campaign, and giving them to `chapterId` (null: a
 * new chapter, which nothing depends on yet) must keep the graph acyclic.
 */
async function checkPrerequisites(
  tx: CampaignsExecutor,
  campaignId: string,
  chapterId: string | null,
  prerequisiteIds: readonly string[],
): Promise<void> {
  if (prerequisiteIds.length === 0) return;
  const field = 'input.prerequisiteIds';
  const all = await listChaptersOfCampaigns(tx, [campaignId]);
  assertAllInCampaign(prerequisiteIds, new Set(all.map((chapter) => chapter.id)), field, 'chapter');
  if (chapterId === null) return;
  const links = await listPrerequisitesOfCampaigns(tx, [campaignId]);
  const nodes = all.map((chapter) => ({
    id: chapter.id,
    dependsOn:
      chapter.id === chapterId
        ? prerequisiteIds
        : links.filter((link) => link.chapterId === chapter.id).map((link) => link.prerequisiteId),
  }));
  const cycle = findCycle(nodes);
  if (cycle) {
    const titles = new Map(all.map((chapter) => [chapter.id, chapter.title]));
    throw badUserInput(
      `${field}: that would make a cycle of prerequisites: ${describeCycle(cycle, (id) => titles.get(id) ?? id)}.`,
      { field, cycle },
    );
  }
}

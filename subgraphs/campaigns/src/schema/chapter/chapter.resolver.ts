import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { createChapter, deleteChapter, updateChapter } from '../../domain/story/chapters.js';
import { omitNulls } from '../story/omit-nulls.js';
import { story } from '../story/story-access.js';
import { CreateChapterInput, UpdateChapterInput } from './chapter.input.js';
import { Chapter } from './chapter.type.js';

@Resolver(() => Chapter)
export class ChapterResolver {
  @Mutation(() => Chapter, { description: 'Game masters: adds a chapter to a campaign.' })
  async createChapter(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('input', () => CreateChapterInput) input: CreateChapterInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Chapter> {
    return createChapter(ctx, requireIdentity(ctx.viewer), campaignId, omitNulls(input, ['summary']));
  }

  @Mutation(() => Chapter, {
    description: 'Game masters: changes a chapter (a prerequisite cycle is BAD_USER_INPUT naming it).',
  })
  async updateChapter(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateChapterInput) input: UpdateChapterInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Chapter> {
    return updateChapter(ctx, requireIdentity(ctx.viewer), id, omitNulls(input, ['summary']));
  }

  @Mutation(() => ID, {
    description:
      'Game masters: deletes a chapter no other chapter depends on (CONFLICT names the dependents); returns its id.',
  })
  async deleteChapter(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<string> {
    return deleteChapter(ctx, requireIdentity(ctx.viewer), id);
  }

  @FieldResolver(() => [Chapter], { description: 'Chapters that must come before this one.' })
  async prerequisites(@Root() chapter: Chapter, @Ctx() ctx: CampaignsContext): Promise<Chapter[]> {
    const [links, chapters] = await Promise.all([
      story(ctx).prerequisites.load(chapter.campaignId),
      story(ctx).chapters.load(chapter.campaignId),
    ]);
    const wanted = new Set(links.filter((link) => link.chapterId === chapter.id).map((link) => link.prerequisiteId));
    return chapters.filter((each) => wanted.has(each.id));
  }

  @FieldResolver(() => [Chapter], { description: 'Chapters that list this one among their prerequisites.' })
  async dependents(@Root() chapter: Chapter, @Ctx() ctx: CampaignsContext): Promise<Chapter[]> {
    const [links, chapters] = await Promise.all([
      story(ctx).prerequisites.load(chapter.campaignId),
      story(ctx).chapters.load(chapter.campaignId),
    ]);
    const wanted = new Set(links.filter((link) => link.prerequisiteId === chapter.id).map((link) => link.chapterId));
    return chapters.filter((each) => wanted.has(each.id));
  }
}

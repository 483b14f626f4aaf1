import { requireIdentity } from '@grimoire/platform';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { mergeStoryBranch } from '../../domain/story-versions/merge-story.js';
import {
  commitCampaignStory,
  createStoryBranch,
  deleteStoryBranch,
  restoreCampaignStory,
  snapshotAsSeenBy,
  storyDiff,
  storyHistory,
  viewStoryCommit,
} from '../../domain/story-versions/story-versions.js';
import type { StorySnapshot } from '../../domain/story-versions/story-snapshot.js';
import { story } from '../story/story-access.js';
import { UserReference } from '../user/user.type.js';
import { StoryBranch, StoryChange, StoryCommit, StoryMergeResolution, StoryMergeResult } from './story-version.type.js';

@Resolver(() => StoryCommit)
export class StoryVersionResolver {
  @Mutation(() => StoryCommit, {
    description:
      'Game masters: snapshots the campaign’s story onto a branch (main by default). Nothing changed since the head, or a stale expectedHeadHash: CONFLICT.',
  })
  async commitCampaignStory(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('message', () => String) message: string,
    @Arg('branch', () => String, { nullable: true }) branch: string | null,
    @Arg('expectedHeadHash', () => String, {
      nullable: true,
      description: 'The head you last saw; another one is CONFLICT.',
    })
    expectedHeadHash: string | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<StoryCommit> {
    return commitCampaignStory(ctx, requireIdentity(ctx.viewer), campaignId, { message, branch, expectedHeadHash });
  }

  @Mutation(() => StoryBranch, {
    description: 'Game masters: starts a branch at a commit (default: the head of main).',
  })
  async createStoryBranch(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('name', () => String) name: string,
    @Arg('fromCommit', () => String, { nullable: true }) fromCommit: string | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<StoryBranch> {
    return createStoryBranch(ctx, requireIdentity(ctx.viewer), campaignId, name, fromCommit);
  }

  @Mutation(() => String, {
    description:
      'Game masters: deletes a story branch (not main); its commits stay readable by hash. Returns the name. A branch whose commits no other branch contains is CONFLICT unless force is true.',
  })
  async deleteStoryBranch(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('name', () => String) name: string,
    @Arg('force', () => Boolean, { defaultValue: false }) force: boolean,
    @Ctx() ctx: CampaignsContext,
  ): Promise<string> {
    return deleteStoryBranch(ctx, requireIdentity(ctx.viewer), campaignId, name, force);
  }

  @Mutation(() => StoryCommit, {
    description:
      'Game masters: writes a commit’s story back (one transaction) and records it on `branch` (default: the commit’s branch), unless that head already holds it.',
  })
  async restoreCampaignStory(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('commitHash', () => String) commitHash: string,
    @Arg('branch', () => String, { nullable: true }) branch: string | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<StoryCommit> {
    return restoreCampaignStory(ctx, requireIdentity(ctx.viewer), campaignId, commitHash, branch);
  }

  @Mutation(() => StoryMergeResult, {
    description:
      'Game masters: merges branch `from` into `into` (three-way, by entity and field). Conflicts come back as a report and nothing is written unless each has a resolution. The live story is unchanged: restore the merge commit to play it.',
  })
  async mergeStoryBranch(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('from', () => String) from: string,
    @Arg('into', () => String) into: string,
    @Arg('message', () => String, { nullable: true }) message: string | null,
    @Arg('expectedHeadHash', () => String, { nullable: true, description: 'The head of `into` you last saw.' })
    expectedHeadHash: string | null,
    @Arg('resolutions', () => [StoryMergeResolution], { nullable: true }) resolutions: StoryMergeResolution[] | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<StoryMergeResult> {
    return mergeStoryBranch(ctx, requireIdentity(ctx.viewer), campaignId, {
      from,
      into,
      message,
      expectedHeadHash,
      resolutions,
    });
  }

  @Query(() => [StoryCommit], { description: 'Members: the commits of a branch (main by default), newest first.' })
  async storyHistory(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('branch', () => String, { nullable: true }) branch: string | null,
    @Arg('first', () => Int, { nullable: true, description: '1-200; 50 when omitted.' }) first: number | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<StoryCommit[]> {
    const limit = Math.min(Math.max(first ?? 50, 1), 200);
    return storyHistory(ctx, requireIdentity(ctx.viewer), campaignId, branch, limit);
  }

  @Query(() => StoryCommit, { nullable: true, description: 'Members: one story commit by hash.' })
  async storyCommit(@Arg('hash', () => String) hash: string, @Ctx() ctx: CampaignsContext): Promise<StoryCommit> {
    return viewStoryCommit(ctx, requireIdentity(ctx.viewer), hash);
  }

  @Query(() => [StoryChange], { description: 'Members: what changed from one commit to another.' })
  async storyDiff(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<StoryChange[]> {
    return storyDiff(ctx, requireIdentity(ctx.viewer), from, to);
  }

  @FieldResolver(() => UserReference)
  author(@Root() commit: StoryCommit): UserReference {
    return { id: commit.authorId };
  }

  @FieldResolver(() => GraphQLJSON, {
    description:
      'The story at this commit as JSON (entities keyed by id); hidden relationships and hidden plots only for game masters.',
  })
  async snapshot(@Root() commit: StoryCommit, @Ctx() ctx: CampaignsContext): Promise<unknown> {
    const [content, viewerRole] = await Promise.all([
      story(ctx).snapshotByKey.load(`${commit.campaignId}:${commit.snapshotHash}`),
      story(ctx).viewerRole.load(commit.campaignId),
    ]);
    if (!content) throw new Error(`The snapshot of story commit ${commit.hash} is missing.`);
    return snapshotAsSeenBy(content as unknown as StorySnapshot, viewerRole);
  }
}

@Resolver(() => StoryBranch)
export class StoryBranchResolver {
  @FieldResolver(() => StoryCommit, { description: 'The newest commit of the branch.' })
  async head(@Root() branch: StoryBranch, @Ctx() ctx: CampaignsContext): Promise<StoryCommit> {
    // Branches are only listed to members (Campaign.storyBranches), so no further check here.
    const commit = await story(ctx).commitByHash.load(branch.headHash);
    if (!commit) throw new Error(`The head ${branch.headHash} of story branch "${branch.name}" is missing.`);
    return commit;
  }
}

import type { CampaignsContext } from '../../context.js';
import { storyLoadersOf, type StoryLoaders } from '../../db/story-loaders.js';
import { canSeeHiddenStory } from '../../domain/authorize-campaign-action.js';
import { plotsVisibleTo } from '../../domain/story/plot-visibility.js';

/** The request's story loaders. */
export function story(ctx: CampaignsContext): StoryLoaders {
  return storyLoadersOf(ctx);
}

/**
 * Story lists are for members: a campaign reached some other way (an entity reference) shows an
 * empty story to non-members rather than failing the whole campaign.
 */
export async function isStoryReader(ctx: CampaignsContext, campaignId: string): Promise<boolean> {
  return (await story(ctx).viewerRole.load(campaignId)) !== null;
}

/** Whether the viewer sees hidden NPC relationships and hidden plots of this campaign (its game masters only). */
export async function seesHiddenStory(ctx: CampaignsContext, campaignId: string): Promise<boolean> {
  return canSeeHiddenStory(await story(ctx).viewerRole.load(campaignId));
}

/** The campaign's plots the viewer may see (hidden plots and their subplots: game masters only). */
export async function visiblePlots(
  ctx: CampaignsContext,
  campaignId: string,
): Promise<Awaited<ReturnType<StoryLoaders['plots']['load']>>> {
  const [plots, seesHidden] = await Promise.all([story(ctx).plots.load(campaignId), seesHiddenStory(ctx, campaignId)]);
  return plotsVisibleTo(plots, seesHidden);
}

import { requireIdentity } from '@grimoire/platform';
import {
  Arg,
  Ctx,
  Field,
  ID,
  ObjectType,
  Resolver,
  Root,
  type SubscribeResolverData,
  Subscription,
} from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { storyLoadersOf } from '../../db/story-loaders.js';
import {
  type StoryChangeAction as StoryChangeActionValue,
  type StoryChangedEvent,
  type StoryEntityKind as StoryEntityKindValue,
  subscribeToStoryChanges,
} from '../../domain/story/story-changes.js';
import { viewCampaign } from '../../domain/view-campaign.js';
import { Campaign, campaignFromRow } from '../campaign/campaign.type.js';
import { StoryChangeAction, StoryEntityKind } from './story-enums.js';

@ObjectType('CampaignStoryChange', {
  description: 'A change to a campaign’s story, with the campaign as you may see it now.',
})
export class CampaignStoryChange {
  @Field(() => Campaign, {
    description: 'Resolved for you: hidden relationships and hidden plots only if you are a game master.',
  })
  campaign!: Campaign;

  @Field(() => StoryEntityKind)
  entity!: StoryEntityKindValue;

  @Field(() => ID, { description: 'The changed entity’s id (a commit hash for STORY_VERSION).' })
  entityId!: string;

  @Field(() => StoryChangeAction)
  action!: StoryChangeActionValue;
}

@Resolver(() => CampaignStoryChange)
export class CampaignStoryChangedResolver {
  @Subscription(() => CampaignStoryChange, {
    description:
      'Members only: every change to the campaign’s story. Changes to hidden relationships and hidden plots reach game masters only.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { campaignId: string }, CampaignsContext>) => {
      const viewer = requireIdentity(context.viewer);
      return subscribeToStoryChanges(context, viewer.userId, args.campaignId);
    },
  })
  async campaignStoryChanged(
    // Declared so the argument appears in the schema; the topic was chosen in `subscribe`.
    @Arg('campaignId', () => ID) _campaignId: string,
    @Root() event: StoryChangedEvent,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignStoryChange> {
    const viewer = requireIdentity(ctx.viewer);
    // One context serves every event of a subscription: forget what earlier events loaded.
    ctx.loaders.clearAll();
    storyLoadersOf(ctx).clearAll();
    const campaign = await viewCampaign(ctx, viewer.userId, event.campaignId, 'campaignId');
    return {
      campaign: campaignFromRow(campaign),
      entity: event.entity,
      entityId: event.entityId,
      action: event.action,
    };
  }
}

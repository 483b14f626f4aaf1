import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, ID, Resolver, Root, type SubscribeResolverData, Subscription } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import type { PartyChangedEvent } from '../../domain/publish-party-changed.js';
import { subscribeToPartyChanges } from '../../domain/subscribe-to-party-changes.js';
import { viewCampaign } from '../../domain/view-campaign.js';
import { Campaign, campaignFromRow } from './campaign.type.js';

@Resolver(() => Campaign)
export class PartyChangedResolver {
  @Subscription(() => Campaign, {
    description: 'Members only: the campaign, each time its party changes (a character joins, leaves or changes).',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { campaignId: string }, CampaignsContext>) => {
      const viewer = requireIdentity(context.viewer);
      return subscribeToPartyChanges(context, viewer.userId, args.campaignId);
    },
  })
  async partyChanged(
    // Declared so the argument appears in the schema; the topic was chosen in `subscribe`.
    @Arg('campaignId', () => ID) _campaignId: string,
    @Root() event: PartyChangedEvent,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    // graphql-ws builds one context per subscription: drop what earlier events loaded.
    ctx.loaders.clearAll();
    return campaignFromRow(await viewCampaign(ctx, viewer.userId, event.campaignId, 'campaignId'));
  }
}

import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import {
  allowHomebrewInCampaign,
  disallowHomebrewInCampaign,
  listHomebrewAllowedForViewer,
  viewAllowedHomebrew,
} from '../../domain/manage-campaign-homebrew.js';
import { Campaign, campaignFromRow } from './campaign.type.js';

/** Homebrew a campaign allows: the game master chooses it, the catalog shows it to members. */
@Resolver(() => Campaign)
export class CampaignHomebrewResolver {
  @Mutation(() => Campaign, {
    description:
      'Game master only: allows a homebrew entry (hb-…) you can see in the campaign; every member then sees and may use it.',
  })
  async allowHomebrewInCampaign(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('homebrewId', () => ID) homebrewId: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await allowHomebrewInCampaign(ctx, viewer, campaignId, homebrewId, ctx.requestId));
  }

  @Mutation(() => Campaign, {
    description:
      'Game master only: withdraws a homebrew entry from the campaign. Characters built with it keep the id and lose its effects unless their owner still sees it.',
  })
  async disallowHomebrewInCampaign(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('homebrewId', () => ID) homebrewId: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await disallowHomebrewInCampaign(ctx, viewer, campaignId, homebrewId));
  }

  /**
   * Internal: read by the catalog subgraph (platform subgraph client, signed with the acting
   * user's identity) to decide which homebrew that user may see besides their own. Harmless to
   * frontends, since it only lists ids the viewer's own campaigns allow.
   */
  @Query(() => [ID], {
    description: 'Internal (catalog subgraph): homebrew ids allowed in any campaign you are a member of, sorted.',
  })
  async homebrewAllowedForViewer(@Ctx() ctx: CampaignsContext): Promise<string[]> {
    const viewer = requireIdentity(ctx.viewer);
    return listHomebrewAllowedForViewer(ctx, viewer.userId);
  }

  @FieldResolver(() => [ID], {
    description: 'Members only: homebrew ids (hb-…) the game master allows in this campaign, in allowing order.',
  })
  async allowedHomebrew(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<string[]> {
    requireIdentity(ctx.viewer);
    return viewAllowedHomebrew({ loadAllowed: (id) => ctx.loaders.allowedHomebrewByCampaignId.load(id) }, campaign.id);
  }
}

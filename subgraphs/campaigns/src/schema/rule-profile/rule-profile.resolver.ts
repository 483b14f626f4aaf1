import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import {
  clearCampaignRuleProfile,
  setCampaignRuleProfile,
  viewRuleProfile,
} from '../../domain/rule-profile/manage-rule-profile.js';
import { Campaign, campaignFromRow } from '../campaign/campaign.type.js';
import { CampaignRuleProfile, CampaignRuleProfileInput, ruleProfileFromRow } from './rule-profile.type.js';

/** The rules a campaign plays by: the game masters set them, members read them. */
@Resolver(() => Campaign)
export class CampaignRuleProfileResolver {
  @Mutation(() => Campaign, {
    description:
      "Game master or co-game master: sets the campaign's whole rule profile (allowed sources, classes, species, starting level, level range, banned items).",
  })
  async setCampaignRuleProfile(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('input', () => CampaignRuleProfileInput) input: CampaignRuleProfileInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await setCampaignRuleProfile(ctx, viewer, campaignId, input));
  }

  @Mutation(() => Campaign, {
    description:
      'Game master or co-game master: removes the rule profile, so the campaign limits nothing beyond the rules.',
  })
  async clearCampaignRuleProfile(
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await clearCampaignRuleProfile(ctx, viewer, campaignId));
  }

  @FieldResolver(() => CampaignRuleProfile, {
    nullable: true,
    description: 'Members only: the limits the campaign sets on its characters; null when it sets none.',
  })
  async ruleProfile(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<CampaignRuleProfile | null> {
    requireIdentity(ctx.viewer);
    const row = await viewRuleProfile(
      { loadProfile: (id) => ctx.loaders.ruleProfileByCampaignId.load(id) },
      campaign.id,
    );
    return row ? ruleProfileFromRow(row) : null;
  }
}

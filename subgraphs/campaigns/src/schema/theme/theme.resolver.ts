import { requireIdentity } from '@grimoire/platform';
import { listThemes } from '@grimoire/rules';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { transitionCampaignTheme } from '../../domain/themes/transition-campaign-theme.js';
import { Campaign, campaignFromRow } from '../campaign/campaign.type.js';
import { Theme, ThemeItemPolicy } from './theme-enum.js';
import {
  ThemeDefinition,
  themeDefinitionFromData,
  ThemeItemPolicyInput,
  ThemeTransition,
  themeTransitionFromRow,
  ThemeTransitionResult,
} from './theme.type.js';

@Resolver(() => Campaign)
export class ThemeResolver {
  @Query(() => [ThemeDefinition], { description: 'Every theme a campaign can be in, the root (HIGH_FANTASY) first.' })
  themes(): ThemeDefinition[] {
    return listThemes().map(themeDefinitionFromData);
  }

  @Mutation(() => ThemeTransitionResult, {
    description:
      'Game master or co-game master: moves the campaign into another theme, and every party member with it (a new ' +
      'character version in the new theme, memory kept, each item handled by its policy).',
  })
  async transitionCampaignTheme(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('theme', () => Theme) theme: string,
    @Arg('itemPolicy', () => ThemeItemPolicy) itemPolicy: string,
    @Arg('reason', () => String, { description: 'Why the world changes, for the characters’ history.' })
    reason: string,
    @Arg('itemPolicies', () => [ThemeItemPolicyInput], { nullable: true, description: 'Per-item exceptions.' })
    itemPolicies: ThemeItemPolicyInput[] | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<ThemeTransitionResult> {
    const viewer = requireIdentity(ctx.viewer);
    const result = await transitionCampaignTheme(
      ctx,
      viewer,
      { campaignId, theme, itemPolicy, itemPolicies, reason },
      ctx.requestId,
    );
    return { campaign: campaignFromRow(result.campaign), transition: themeTransitionFromRow(result.transition) };
  }

  @FieldResolver(() => [ThemeTransition], { description: 'The campaign’s theme transitions, oldest first.' })
  async themeTransitions(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<ThemeTransition[]> {
    return (await ctx.loaders.themeTransitionsByCampaignId.load(campaign.id)).map(themeTransitionFromRow);
  }
}

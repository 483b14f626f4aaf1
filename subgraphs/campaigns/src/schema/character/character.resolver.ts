import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { Campaign, campaignFromRow } from '../campaign/campaign.type.js';
import { Character } from './character.type.js';

@Resolver(() => Character)
export class CharacterCampaignsResolver {
  @FieldResolver(() => [Campaign], {
    description: 'Campaigns this character plays in that you are a member of (batched across all characters).',
  })
  async campaigns(@Root() character: Character, @Ctx() ctx: CampaignsContext): Promise<Campaign[]> {
    return (await ctx.loaders.visibleCampaignsByCharacterId.load(character.id)).map(campaignFromRow);
  }
}

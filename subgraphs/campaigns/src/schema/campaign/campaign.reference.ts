import type { ReferenceResolver } from '@grimoire/platform';

import type { CampaignsContext } from '../../context.js';
import { type Campaign, campaignFromRow } from './campaign.type.js';

/** Entity references go through the request's DataLoader: one statement per batch of representations. */
export const campaignReference: ReferenceResolver<CampaignsContext> = {
  async __resolveReference(reference, ctx): Promise<Campaign | null> {
    const row = await ctx.loaders.campaignById.load(reference.id);
    return row ? campaignFromRow(row) : null;
  },
};

import type { ReferenceResolver } from '@grimoire/platform';

import type { CampaignsContext } from '../../context.js';
import { type ThemeTransition, themeTransitionFromRow } from './theme.type.js';

/** A transition for members of its campaign only (null otherwise), through the request's loaders. */
export const themeTransitionReference: ReferenceResolver<CampaignsContext> = {
  async __resolveReference(reference, ctx): Promise<ThemeTransition | null> {
    const viewerId = ctx.viewer?.userId;
    const row = viewerId ? await ctx.loaders.themeTransitionById.load(reference.id) : null;
    if (!row || !viewerId) return null;
    const members = await ctx.loaders.membersByCampaignId.load(row.campaignId);
    return members.some((member) => member.userId === viewerId) ? themeTransitionFromRow(row) : null;
  },
};

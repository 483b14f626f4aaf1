import { enqueueEvents } from '@grimoire/platform';
import { type ThemeId, THEMES } from '@grimoire/rules';

import type { CampaignsTransaction } from '../../db/database.js';
import { findCampaignById } from '../../db/queries/campaigns.js';
import { insertThemeTransition } from '../../db/queries/theme-transitions.js';
import { outbox, type ThemeTransitionRow } from '../../db/tables/index.js';
import { themeTransitionEvent } from './theme-transition-event.js';

/**
 * A character joins a party whose campaign is told in another theme than its own: it comes into
 * the campaign's theme as the party did, through a one-member theme transition (its own record,
 * so the history says who was moved when, and its version links to it). Its items are adapted to
 * the setting. Runs in the joining transaction, under the campaign's lock; null when the
 * character already is in the campaign's theme.
 */
export async function bringIntoCampaignTheme(
  tx: CampaignsTransaction,
  joining: { campaignId: string; characterId: string; characterTheme: ThemeId; actorId: string; requestId?: string },
): Promise<ThemeTransitionRow | null> {
  const campaign = await findCampaignById(tx, joining.campaignId);
  if (!campaign || campaign.theme === joining.characterTheme) return null;
  const transition = await insertThemeTransition(tx, {
    campaignId: campaign.id,
    fromTheme: joining.characterTheme,
    toTheme: campaign.theme,
    itemPolicy: 'ADAPT',
    itemPolicies: [],
    reason: `Joined the party of a campaign told in ${THEMES[campaign.theme].name}.`,
    characterIds: [joining.characterId],
    transitionedBy: joining.actorId,
  });
  await enqueueEvents(tx, outbox, [themeTransitionEvent(transition, joining.characterId, joining.requestId)]);
  return transition;
}

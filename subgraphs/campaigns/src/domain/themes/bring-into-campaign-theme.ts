import { enqueueEvents } from '@grimoire/platform';
import { type ThemeId, THEMES } from '@grimoire/rules';

import type { CampaignsTransaction } from '../../db/database.js';
import { insertThemeTransition } from '../../db/queries/theme-transitions.js';
import { type CampaignRow, outbox, type ThemeTransitionRow } from '../../db/tables/index.js';
import { themeTransitionEvent } from './theme-transition-event.js';

/**
 * A character joins a party whose campaign is told in another theme than its own: it comes into
 * the campaign's theme as the party did, through a one-member theme transition (its own record,
 * so the history says who was moved when, and its version links to it). Its items are adapted to
 * the setting. Runs in the joining transaction with the campaign as locked there; null when the
 * character already is in the campaign's theme.
 */
export async function bringIntoCampaignTheme(
  tx: CampaignsTransaction,
  campaign: CampaignRow,
  joining: { characterId: string; characterTheme: ThemeId; actorId: string; requestId?: string },
): Promise<ThemeTransitionRow | null> {
  if (campaign.theme === joining.characterTheme) return null;
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

import { badUserInput, enqueueEvents, type Identity, validateInput } from '@grimoire/platform';
import { ITEM_POLICIES, type ItemPolicyOverride, THEME_IDS, THEMES } from '@grimoire/rules';
import { z } from 'zod';

import { listPartiesOfCampaigns } from '../../db/queries/party.js';
import { insertThemeTransition, setCampaignTheme } from '../../db/queries/theme-transitions.js';
import { type CampaignRow, outbox, type ThemeTransitionRow } from '../../db/tables/index.js';
import { assertCanTransitionTheme } from '../authorize-campaign-action.js';
import { type CampaignWriteRule, inCampaignTransaction, loadCampaignForWrite } from '../campaign-write.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { themeTransitionEvent } from './theme-transition-event.js';

export const THEME_TRANSITION_REASON_MAX_LENGTH = 500;
/** Per-item overrides in one transition (a party carries a few hundred items at most). */
export const ITEM_POLICY_OVERRIDES_MAX = 200;

const overrideSchema = z
  .object({
    inventoryItemId: z.string().trim().min(1).max(200).nullish(),
    itemKey: z.string().trim().min(1).max(200).nullish(),
    policy: z.enum(ITEM_POLICIES),
  })
  .refine((override) => (override.inventoryItemId == null) !== (override.itemKey == null), {
    message: 'give either inventoryItemId or itemKey, not both or neither',
  })
  .transform((override): ItemPolicyOverride =>
    override.inventoryItemId != null
      ? { entryId: override.inventoryItemId, policy: override.policy }
      : { itemKey: override.itemKey ?? '', policy: override.policy },
  );

const transitionInputSchema = z.object({
  theme: z.enum(THEME_IDS),
  itemPolicy: z.enum(ITEM_POLICIES),
  itemPolicies: z.array(overrideSchema).max(ITEM_POLICY_OVERRIDES_MAX).nullish(),
  reason: z
    .string()
    .trim()
    .min(1, 'must say why the world changes')
    .max(THEME_TRANSITION_REASON_MAX_LENGTH, `must be at most ${THEME_TRANSITION_REASON_MAX_LENGTH} characters`),
});

/** A transition changes every party character: the game masters, while the campaign is played. */
const THEME_TRANSITION: CampaignWriteRule = { authorize: assertCanTransitionTheme, activity: 'PLAY' };

export interface TransitionCampaignThemeInput {
  campaignId: string;
  theme: string;
  itemPolicy: string;
  itemPolicies?: readonly { inventoryItemId?: string | null; itemKey?: string | null; policy: string }[] | null;
  reason: string;
}

/**
 * A genre shift: the game masters move the campaign into another theme, and with it every party
 * member. In one transaction: the campaign's theme, the transition's record, and one
 * `campaign.theme-transitioned` event per member (the characters subgraph gives each a new
 * version in the new theme, keeping its memory and handling its items by the policies).
 */
export async function transitionCampaignTheme(
  deps: Pick<CampaignsDependencies, 'db' | 'events'>,
  viewer: Identity,
  input: TransitionCampaignThemeInput,
  requestId?: string,
): Promise<{ campaign: CampaignRow; transition: ThemeTransitionRow }> {
  const { campaign } = await loadCampaignForWrite(deps.db, viewer.userId, input.campaignId, THEME_TRANSITION);
  const valid = validateInput(transitionInputSchema, input);

  // The campaign's lock serialises transitions of one campaign (and party changes) so `fromTheme` is the real one.
  const result = await inCampaignTransaction(deps.db, campaign.id, THEME_TRANSITION, async (tx, locked) => {
    const fromTheme = locked.theme;
    if (fromTheme === valid.theme) {
      throw badUserInput(`theme: the campaign is already in ${THEMES[valid.theme].name}.`, { field: 'theme' });
    }
    const characterIds = (await listPartiesOfCampaigns(tx, [campaign.id])).map((member) => member.characterId);
    const itemPolicies = valid.itemPolicies ?? [];
    const transition = await insertThemeTransition(tx, {
      campaignId: campaign.id,
      fromTheme,
      toTheme: valid.theme,
      itemPolicy: valid.itemPolicy,
      itemPolicies,
      reason: valid.reason,
      characterIds,
      transitionedBy: viewer.userId,
    });
    const updated = await setCampaignTheme(tx, campaign.id, valid.theme);
    await enqueueEvents(
      tx,
      outbox,
      characterIds.map((characterId) => themeTransitionEvent(transition, characterId, requestId)),
    );
    return { campaign: updated, transition };
  });
  deps.events.nudge();
  return result;
}

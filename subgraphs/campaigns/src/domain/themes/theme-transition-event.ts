import type { NewEvent } from '@grimoire/platform';
import type { ItemPolicy, ItemPolicyOverride, ThemeId } from '@grimoire/rules';

import type { ThemeTransitionRow } from '../../db/tables/index.js';

/**
 * The bus contract with the characters subgraph (which validates it on receipt): one
 * `campaign.theme-transitioned` event per party member, on that character's own aggregate, so
 * each member's new version commits with its processed mark and a member that fails (retries,
 * then a dead letter) never holds the others back.
 */
export const THEME_TRANSITION_AGGREGATE = 'character-theme';
export const THEME_TRANSITIONED_EVENT = 'campaign.theme-transitioned';

export interface ThemeTransitionPayload {
  transitionId: string;
  campaignId: string;
  characterId: string;
  fromTheme: ThemeId;
  toTheme: ThemeId;
  itemPolicy: ItemPolicy;
  itemPolicies: ItemPolicyOverride[];
  reason: string;
  /** The game master who made the transition: the author of the new version. */
  actorId: string;
}

/** The event that moves one member of `transition` (its new version is authored by whoever made it). */
export function themeTransitionEvent(
  transition: ThemeTransitionRow,
  characterId: string,
  requestId: string | undefined,
): NewEvent<ThemeTransitionPayload> {
  return {
    type: THEME_TRANSITIONED_EVENT,
    aggregateType: THEME_TRANSITION_AGGREGATE,
    aggregateId: characterId,
    payload: {
      transitionId: transition.id,
      campaignId: transition.campaignId,
      characterId,
      fromTheme: transition.fromTheme,
      toTheme: transition.toTheme,
      itemPolicy: transition.itemPolicy,
      itemPolicies: transition.itemPolicies,
      reason: transition.reason,
      actorId: transition.transitionedBy,
    } satisfies ThemeTransitionPayload,
    ...(requestId ? { requestId } : {}),
  };
}

import type { ItemPolicy, ItemPolicyOverride, ThemeId } from '@grimoire/rules';

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

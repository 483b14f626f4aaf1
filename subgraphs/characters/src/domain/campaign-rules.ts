import { badUserInput, type Identity } from '@grimoire/platform';
import {
  type CampaignRuleProfile,
  type CharacterBuild,
  type EquipmentEntry,
  type Inventory,
  type RulesCatalog,
  validateCharacter,
  type ValidationIssue,
} from '@grimoire/rules';

import type { StoredInventoryEntry } from './derive-equipment-from-inventory.js';

/** A campaign's rule profile as the campaigns subgraph stores it (`Campaign.ruleProfile`). */
export interface StoredRuleProfile {
  allowSrd: boolean;
  /** Null: every homebrew the campaign allows. */
  allowedHomebrew: string[] | null;
  allowedClasses: string[] | null;
  allowedSpecies: string[] | null;
  startingLevel: number | null;
  levelRange: { min: number; max: number } | null;
  bannedItems: string[];
}

/** One campaign a character plays in, with what its rules need. */
export interface CampaignRules {
  campaignId: string;
  campaignName: string;
  /** Homebrew the game master allows in the campaign (`Campaign.allowedHomebrew`). */
  campaignHomebrew: string[];
  /** Null when the campaign sets no limits. */
  profile: StoredRuleProfile | null;
}

/**
 * The campaigns of each character, as far as the viewer may see them (their own campaigns; a
 * character's owner is always a member of its campaigns). One request for the whole batch.
 */
export interface CampaignRulesDirectory {
  campaignRulesOf(
    characterIds: readonly string[],
    viewer: Identity,
    requestId?: string,
  ): Promise<Map<string, CampaignRules[]>>;
}

/** What the request learned about one character's campaigns: null when campaigns did not answer. */
export type CampaignRulesLookup = CampaignRules[] | null;

/** A validation issue from a campaign's limits, naming the campaign (null: the campaigns subgraph was unreachable). */
export interface CampaignIssue extends ValidationIssue {
  campaignId: string | null;
}

/** Reported instead of the campaign checks when the campaigns subgraph did not answer. */
export const CAMPAIGNS_UNAVAILABLE_RULE = 'campaign.unavailable';

/**
 * The engine's profile for a stored one. Content is allowed when it is SRD (if the profile allows
 * it) or homebrew the campaign allows, narrowed to the profile's own list when it has one.
 */
export function engineProfileOf(rules: CampaignRules): CampaignRuleProfile | null {
  const { profile } = rules;
  if (!profile) return null;
  const inCampaign = new Set(rules.campaignHomebrew);
  return {
    allowedSources: profile.allowSrd ? ['srd'] : [],
    allowedHomebrew: (profile.allowedHomebrew ?? rules.campaignHomebrew).filter((id) => inCampaign.has(id)),
    ...(profile.allowedClasses ? { allowedClasses: profile.allowedClasses } : {}),
    ...(profile.allowedSpecies ? { allowedSpecies: profile.allowedSpecies } : {}),
    ...(profile.startingLevel !== null ? { startingLevel: profile.startingLevel } : {}),
    ...(profile.levelRange ? { levelRange: profile.levelRange } : {}),
    bannedItems: profile.bannedItems,
  };
}

/**
 * Every catalog item the character has, carried or worn: a banned item or one from a source the
 * campaign does not allow is a breach wherever it sits. `inventoryIndex` maps back to the entry.
 */
function everyCatalogItem(inventory: Inventory): { equipment: EquipmentEntry[]; inventoryIndex: number[] } {
  const equipment: EquipmentEntry[] = [];
  const inventoryIndex: number[] = [];
  (inventory.entries as readonly StoredInventoryEntry[]).forEach((entry, index) => {
    if (entry.itemId === undefined) return;
    equipment.push({
      itemId: entry.itemId,
      quantity: entry.quantity,
      equipped: entry.equipped,
      attuned: entry.attuned,
      // "Armor +1 as chain mail": a ban on chain mail catches it.
      ...(entry.typeId !== undefined ? { typeId: entry.typeId } : {}),
      ...(entry.baseItemId !== undefined ? { baseItemId: entry.baseItemId } : {}),
    });
    inventoryIndex.push(index);
  });
  return { equipment, inventoryIndex };
}

const EQUIPMENT_PATH = /^equipment\[(\d+)\]/;

/**
 * The `campaign.*` issues of a character for each of its campaigns, each naming its campaign
 * (item paths point into the inventory). `campaignId` narrows the check to one campaign
 * (BAD_USER_INPUT when the character is not in it, as far as the viewer sees). When the
 * campaigns subgraph did not answer, one warning says the campaign rules went unchecked, so the
 * rest of the report stays usable and nobody mistakes silence for compliance.
 */
export function campaignIssuesOf(
  state: { build: CharacterBuild; inventory: Inventory },
  catalog: RulesCatalog,
  lookup: CampaignRulesLookup,
  campaignId?: string,
): CampaignIssue[] {
  if (lookup === null) {
    return [
      {
        ruleId: CAMPAIGNS_UNAVAILABLE_RULE,
        severity: 'warning',
        path: '',
        message: 'The campaign rules could not be checked: the campaigns service did not answer.',
        suggestion: 'Try again in a moment.',
        campaignId: null,
      },
    ];
  }
  if (campaignId !== undefined && !lookup.some((rules) => rules.campaignId === campaignId)) {
    throw badUserInput(`campaignId: this character plays in no campaign ${campaignId} that you are a member of.`, {
      field: 'campaignId',
    });
  }
  const { equipment, inventoryIndex } = everyCatalogItem(state.inventory);
  const build = { ...state.build, equipment };
  return lookup
    .filter((rules) => campaignId === undefined || rules.campaignId === campaignId)
    .flatMap((rules) => {
      const profile = engineProfileOf(rules);
      if (!profile) return [];
      return validateCharacter(build, catalog, { campaign: profile })
        .issues.filter((issue) => issue.ruleId.startsWith('campaign.'))
        .map((issue) => ({
          ...issue,
          path: issue.path.replace(
            EQUIPMENT_PATH,
            (_, index: string) => `inventory.entries[${inventoryIndex[Number(index)]}]`,
          ),
          message: `${rules.campaignName}: ${issue.message}`,
          campaignId: rules.campaignId,
        }));
    });
}

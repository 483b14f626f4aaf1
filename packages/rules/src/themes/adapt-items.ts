import type { RulesCatalog } from '../model/content.js';
import { type Inventory, type InventoryEntry, itemInfo } from '../inventory/inventory.js';
import { themeItemCategoryOf } from './item-category.js';
import { THEMES } from './theme-catalog.js';
import { type ItemPolicy, ROOT_THEME, type ThemedItemFace, type ThemeId } from './theme-model.js';

/** The un-themed name of an entry: what the SRD (or the player, for a custom item) calls it. */
export function rootItemName(entry: InventoryEntry, catalog: RulesCatalog): string {
  return entry.themed?.root.name ?? itemInfo(entry, catalog)?.name ?? entry.itemId ?? 'Unknown item';
}

/** The name an entry shows: its themed name when adapted, else its root name. */
export function displayedItemName(entry: InventoryEntry, catalog: RulesCatalog): string {
  return entry.themed?.name ?? rootItemName(entry, catalog);
}

/** The entry as it is in its root theme: the themed look dropped, everything else untouched. */
export function resetItemToRoot(entry: InventoryEntry): InventoryEntry {
  if (!entry.themed) return entry;
  const { themed: _themed, ...root } = entry;
  return root;
}

/**
 * The entry re-described for `theme` (name and description from the theme's vocabulary for the
 * item's category). Adapting to the root theme is a reset: the root look IS that theme's look.
 */
export function adaptItem(entry: InventoryEntry, theme: ThemeId, catalog: RulesCatalog): InventoryEntry {
  const vocabulary = THEMES[theme].items;
  if (theme === ROOT_THEME || vocabulary === null) return resetItemToRoot(entry);
  const rootName = rootItemName(entry, catalog);
  const word = vocabulary[themeItemCategoryOf(entry, catalog)];
  const face: ThemedItemFace = {
    theme,
    name: word.name.replace('{item}', rootName),
    description: `${word.description} It works exactly as a ${rootName}.`,
    root: entry.itemId === undefined ? { name: rootName } : { itemId: entry.itemId, name: rootName },
  };
  return { ...entry, themed: face };
}

export function applyItemPolicy(
  entry: InventoryEntry,
  policy: ItemPolicy,
  theme: ThemeId,
  catalog: RulesCatalog,
): InventoryEntry {
  switch (policy) {
    case 'KEEP':
      return entry;
    case 'RESET_TO_ROOT':
      return resetItemToRoot(entry);
    case 'ADAPT':
      return adaptItem(entry, theme, catalog);
  }
}

/**
 * A per-item exception to a transition's policy: one entry (`entryId`) or every entry of one item
 * (`itemKey`: a catalog id such as `longsword`, or a custom item's root name).
 */
export type ItemPolicyOverride = { policy: ItemPolicy } & (
  { entryId: string; itemKey?: undefined } | { itemKey: string; entryId?: undefined }
);

export interface InventoryThemeTransition {
  theme: ThemeId;
  /** What happens to items without an override. */
  policy: ItemPolicy;
  overrides?: readonly ItemPolicyOverride[];
}

/** What happened to one item, for the version's change list and the transition report. */
export interface ItemTransitionOutcome {
  entryId: string;
  policy: ItemPolicy;
  fromName: string;
  toName: string;
}

/** The policy for one entry: its own override, else its item's, else the transition's. */
export function policyForEntry(
  entry: InventoryEntry,
  transition: InventoryThemeTransition,
  catalog: RulesCatalog,
): ItemPolicy {
  const overrides = transition.overrides ?? [];
  const byEntry = overrides.find((override) => override.entryId === entry.entryId);
  if (byEntry) return byEntry.policy;
  const key = entry.itemId ?? rootItemName(entry, catalog);
  const byItem = overrides.find((override) => override.itemKey === key);
  return byItem?.policy ?? transition.policy;
}

/**
 * Moves an inventory into a theme, item by item. Only the themed look changes: quantities,
 * containers, equipped and attuned flags, charges and the items' numbers stay as they are.
 */
export function transitionInventory(
  inventory: Inventory,
  transition: InventoryThemeTransition,
  catalog: RulesCatalog,
): { inventory: Inventory; items: ItemTransitionOutcome[] } {
  const items: ItemTransitionOutcome[] = [];
  const entries = inventory.entries.map((entry) => {
    const policy = policyForEntry(entry, transition, catalog);
    const next = applyItemPolicy(entry, policy, transition.theme, catalog);
    items.push({
      entryId: entry.entryId,
      policy,
      fromName: displayedItemName(entry, catalog),
      toName: displayedItemName(next, catalog),
    });
    return next;
  });
  return { inventory: { ...inventory, entries }, items };
}

import { describe, expect, it } from 'vitest';

import { SRD_CATALOG as catalog } from '../data/index.js';
import { type Inventory, type InventoryEntry, carriedWeight, itemInfo } from '../inventory/inventory.js';
import {
  adaptItem,
  displayedItemName,
  type ItemPolicy,
  ITEM_POLICIES,
  listThemes,
  ROOT_THEME,
  THEME_IDS,
  THEME_ITEM_CATEGORIES,
  type ThemeId,
  themeItemCategoryOf,
  THEMES,
  transitionInventory,
} from './index.js';

const entry = (entryId: string, itemId: string, extra: Partial<InventoryEntry> = {}): InventoryEntry => ({
  entryId,
  itemId,
  quantity: 1,
  equipped: false,
  attuned: false,
  containerId: null,
  ...extra,
});

const INVENTORY: Inventory = {
  entries: [
    entry('sword', 'longsword', { equipped: true }),
    entry('shield', 'shield', { equipped: true }),
    entry('armor', 'leather-armor', { equipped: true }),
    entry('pack', 'backpack'),
    entry('potion', 'potion-of-healing', { quantity: 3, containerId: 'pack' }),
    entry('focus', 'crystal'),
    entry('ring', 'ring-of-protection', { attuned: true, equipped: true }),
    entry('wand', 'wand-of-magic-missiles', { charges: 4 }),
    entry('bow', 'longbow'),
    entry('arrows', 'arrows', { quantity: 2 }),
    {
      entryId: 'locket',
      custom: { name: "Grandmother's Locket", weight: 0.5, cost: null },
      quantity: 1,
      equipped: false,
      attuned: false,
      containerId: null,
    },
  ],
  currency: { cp: 1, sp: 2, ep: 0, gp: 30, pp: 0 },
};

const OTHER_THEMES = THEME_IDS.filter((theme) => theme !== ROOT_THEME);

/** Everything the rules read from an entry, i.e. all but its look. */
function mechanics(inventory: Inventory): unknown {
  return inventory.entries.map(({ themed: _themed, ...rest }) => ({ ...rest, info: itemInfo(rest, catalog) }));
}

describe('theme catalog', () => {
  it('lists every theme once, in THEME_IDS order, with HIGH_FANTASY as the root', () => {
    expect(listThemes().map((theme) => theme.id)).toEqual([...THEME_IDS]);
    expect(ROOT_THEME).toBe('HIGH_FANTASY');
    expect(THEMES.HIGH_FANTASY.items).toBeNull();
  });

  it.each(OTHER_THEMES)('%s names every item category with an {item} placeholder and a description', (theme) => {
    const items = THEMES[theme].items;
    expect(items).not.toBeNull();
    expect(Object.keys(items ?? {}).sort()).toEqual([...THEME_ITEM_CATEGORIES].sort());
    for (const category of THEME_ITEM_CATEGORIES) {
      expect(items?.[category].name).toContain('{item}');
      expect(items?.[category].description.length).toBeGreaterThan(10);
    }
  });
});

describe('themeItemCategoryOf', () => {
  it.each([
    ['longsword', 'MELEE_WEAPON'],
    ['longbow', 'RANGED_WEAPON'],
    ['leather-armor', 'LIGHT_ARMOR'],
    ['chain-mail', 'HEAVY_ARMOR'],
    ['breastplate', 'HEAVY_ARMOR'],
    ['shield', 'SHIELD'],
    ['arrows', 'AMMUNITION'],
    ['crystal', 'SPELL_FOCUS'],
    ['sprig-of-mistletoe', 'SPELL_FOCUS'],
    ['potion-of-healing', 'POTION'],
    ['thieves-tools', 'TOOL'],
    ['backpack', 'CONTAINER'],
    ['burglars-pack', 'CONTAINER'],
    ['rope', 'GEAR'],
    ['oil-of-sharpness', 'POTION'],
    ['wand-of-magic-missiles', 'SPELL_FOCUS'],
    ['ring-of-protection', 'MAGIC_TRINKET'],
    ['bag-of-holding', 'MAGIC_TRINKET'],
    ['dagger-of-venom', 'MELEE_WEAPON'],
    ['animated-shield', 'SHIELD'],
    ['armor-of-invulnerability', 'HEAVY_ARMOR'],
    ['no-such-item', 'GEAR'],
  ] as const)('%s → %s', (itemId, category) => {
    expect(themeItemCategoryOf({ itemId }, catalog)).toBe(category);
  });

  it('custom items are GEAR, or CONTAINER when they hold things', () => {
    expect(themeItemCategoryOf({ custom: { name: 'Locket', weight: 0, cost: null } }, catalog)).toBe('GEAR');
    expect(
      themeItemCategoryOf({ custom: { name: 'Sack', weight: 1, cost: null, capacity: { pounds: 10 } } }, catalog),
    ).toBe('CONTAINER');
  });
});

describe('adaptItem', () => {
  it('renames by category and remembers the root item', () => {
    const adapted = adaptItem(entry('sword', 'longsword'), 'CYBERPUNK', catalog);
    expect(adapted.themed).toEqual({
      theme: 'CYBERPUNK',
      name: 'Monoblade (Longsword)',
      description: expect.stringContaining('It works exactly as a Longsword.') as string,
      root: { itemId: 'longsword', name: 'Longsword' },
    });
    expect(displayedItemName(adapted, catalog)).toBe('Monoblade (Longsword)');
  });

  it('re-adapting keeps the original root, never the previous theme’s name', () => {
    const twice = adaptItem(adaptItem(entry('sword', 'longsword'), 'CYBERPUNK', catalog), 'WILD_WEST', catalog);
    expect(twice.themed?.name).toBe('Frontier Longsword');
    expect(twice.themed?.root).toEqual({ itemId: 'longsword', name: 'Longsword' });
  });

  it('a custom item’s root is its own name, without a catalog id', () => {
    const adapted = adaptItem(INVENTORY.entries[10], 'PIRATE', catalog);
    expect(adapted.themed?.root).toEqual({ name: "Grandmother's Locket" });
    expect(adapted.themed?.name).toBe("Ship's Grandmother's Locket");
  });

  it('adapting to the root theme is a reset', () => {
    const adapted = adaptItem(entry('sword', 'longsword'), 'GOTHIC_HORROR', catalog);
    expect(adaptItem(adapted, ROOT_THEME, catalog)).toEqual(entry('sword', 'longsword'));
  });
});

describe('transitionInventory', () => {
  it.each(OTHER_THEMES)('ADAPT into %s changes every look and no number', (theme) => {
    const { inventory, items } = transitionInventory(INVENTORY, { theme, policy: 'ADAPT' }, catalog);
    expect(inventory.entries.every((item) => item.themed?.theme === theme)).toBe(true);
    expect(mechanics(inventory)).toEqual(mechanics(INVENTORY));
    expect(inventory.currency).toEqual(INVENTORY.currency);
    expect(carriedWeight(inventory, catalog)).toBe(carriedWeight(INVENTORY, catalog));
    expect(items).toHaveLength(INVENTORY.entries.length);
    expect(items.every((item) => item.policy === 'ADAPT' && item.fromName !== item.toName)).toBe(true);
  });

  it('RESET_TO_ROOT after any chain of adaptations restores exactly the original items', () => {
    const chain: ThemeId[] = ['CYBERPUNK', 'STEAMPUNK', 'POST_APOCALYPTIC'];
    const themed = chain.reduce(
      (inventory, theme) => transitionInventory(inventory, { theme, policy: 'ADAPT' }, catalog).inventory,
      INVENTORY,
    );
    expect(themed).not.toEqual(INVENTORY);
    const back = transitionInventory(themed, { theme: ROOT_THEME, policy: 'RESET_TO_ROOT' }, catalog);
    expect(back.inventory).toEqual(INVENTORY);
    // Resetting into another theme also drops the look: the root item, whatever the theme.
    const reset = transitionInventory(themed, { theme: 'MYTHIC', policy: 'RESET_TO_ROOT' }, catalog);
    expect(reset.inventory).toEqual(INVENTORY);
  });

  it('KEEP leaves every entry exactly as it was, themed or not', () => {
    const themed = transitionInventory(INVENTORY, { theme: 'PIRATE', policy: 'ADAPT' }, catalog).inventory;
    const kept = transitionInventory(themed, { theme: 'SPACE_OPERA', policy: 'KEEP' }, catalog);
    expect(kept.inventory).toEqual(themed);
    expect(kept.items.every((item) => item.fromName === item.toName)).toBe(true);
  });

  it('an entry override beats an item override, which beats the default policy', () => {
    const themed = transitionInventory(INVENTORY, { theme: 'PIRATE', policy: 'ADAPT' }, catalog).inventory;
    const { inventory, items } = transitionInventory(
      themed,
      {
        theme: 'CYBERPUNK',
        policy: 'ADAPT',
        overrides: [
          { itemKey: 'longsword', policy: 'RESET_TO_ROOT' },
          { entryId: 'sword', policy: 'KEEP' },
          { itemKey: 'shield', policy: 'RESET_TO_ROOT' },
          { itemKey: "Grandmother's Locket", policy: 'KEEP' },
        ],
      },
      catalog,
    );
    const byId = new Map(inventory.entries.map((item) => [item.entryId, item]));
    expect(byId.get('sword')?.themed?.theme).toBe('PIRATE');
    expect(byId.get('shield')?.themed).toBeUndefined();
    expect(byId.get('locket')?.themed?.theme).toBe('PIRATE');
    expect(byId.get('armor')?.themed?.name).toBe('Armorweave Jacket (Leather Armor)');
    const policies = Object.fromEntries(items.map((item) => [item.entryId, item.policy]));
    expect(policies).toMatchObject({ sword: 'KEEP', shield: 'RESET_TO_ROOT', locket: 'KEEP', armor: 'ADAPT' });
  });

  it.each(ITEM_POLICIES)('%s on an empty inventory changes nothing', (policy: ItemPolicy) => {
    const empty: Inventory = { entries: [], currency: INVENTORY.currency };
    expect(transitionInventory(empty, { theme: 'MYTHIC', policy }, catalog)).toEqual({ inventory: empty, items: [] });
  });
});

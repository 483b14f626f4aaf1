import type { RulesCatalog } from '../model/content.js';
import type { InventoryEntry } from '../inventory/inventory.js';
import type { ThemeItemCategory } from './theme-model.js';

/** SRD gear that serves as a spellcasting focus (arcane, druidic, holy symbol). */
const SPELL_FOCUS_IDS: ReadonlySet<string> = new Set([
  'amulet',
  'crystal',
  'emblem',
  'orb',
  'reliquary',
  'rod',
  'sprig-of-mistletoe',
  'staff',
  'wand',
  'yew-wand',
]);

/** Magic-item categories (5e-database's) that map straight onto a theme category. */
const MAGIC_CATEGORY: Readonly<Record<string, ThemeItemCategory>> = {
  potions: 'POTION',
  staffs: 'SPELL_FOCUS',
  wands: 'SPELL_FOCUS',
  rings: 'MAGIC_TRINKET',
  'wondrous-items': 'MAGIC_TRINKET',
};

/** Which word of a theme's vocabulary an inventory entry takes. Unknown items are plain GEAR. */
export function themeItemCategoryOf(
  entry: Pick<InventoryEntry, 'itemId' | 'custom'>,
  catalog: RulesCatalog,
): ThemeItemCategory {
  if (entry.custom) return entry.custom.capacity ? 'CONTAINER' : 'GEAR';
  if (entry.itemId === undefined) return 'GEAR';
  const equipment = catalog.equipment.get(entry.itemId);
  if (equipment) return equipmentCategory(equipment.id, catalog);
  const magic = catalog.magicItems.get(entry.itemId);
  if (!magic) return 'GEAR';
  // Magic arms and armor look like what they are built on (a +1 longsword is a longsword).
  if (magic.baseItemId !== undefined && catalog.equipment.has(magic.baseItemId)) {
    return equipmentCategory(magic.baseItemId, catalog);
  }
  if (magic.category === 'armor') return magic.id.includes('shield') ? 'SHIELD' : 'HEAVY_ARMOR';
  if (magic.category === 'weapons') return 'MELEE_WEAPON';
  return MAGIC_CATEGORY[magic.category] ?? 'MAGIC_TRINKET';
}

function equipmentCategory(equipmentId: string, catalog: RulesCatalog): ThemeItemCategory {
  const equipment = catalog.equipment.get(equipmentId);
  if (!equipment) return 'GEAR';
  switch (equipment.kind) {
    case 'armor':
      if (equipment.category === 'shield') return 'SHIELD';
      return equipment.category === 'light' ? 'LIGHT_ARMOR' : 'HEAVY_ARMOR';
    case 'weapon':
      return equipment.range === 'melee' ? 'MELEE_WEAPON' : 'RANGED_WEAPON';
    case 'ammunition':
      return 'AMMUNITION';
    case 'tool':
      return 'TOOL';
    case 'container':
    case 'pack':
      return 'CONTAINER';
    case 'mount':
    case 'vehicle':
      return 'GEAR';
    case 'gear':
      if (SPELL_FOCUS_IDS.has(equipment.id)) return 'SPELL_FOCUS';
      return equipment.id.startsWith('potion') ? 'POTION' : 'GEAR';
  }
}

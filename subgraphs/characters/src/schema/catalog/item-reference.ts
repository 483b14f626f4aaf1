import { SRD_CATALOG } from '@grimoire/rules';

/**
 * The catalog entity an item id names, for a union of stubs the router completes from the catalog
 * subgraph; null when the id is unknown. Mundane first, as the rules engine reads it (`shield` is
 * both the mundane shield and the SRD's family of magic shields). Homebrew items are magic items.
 */
export function itemReference(itemId: string): { __typename: string; id: string } | null {
  const equipment = SRD_CATALOG.equipment.get(itemId);
  if (equipment) {
    const typename = equipment.kind === 'armor' ? 'Armor' : equipment.kind === 'weapon' ? 'Weapon' : 'Gear';
    return { __typename: typename, id: itemId };
  }
  if (itemId.startsWith('hb-') || SRD_CATALOG.magicItems.has(itemId)) return { __typename: 'MagicItem', id: itemId };
  return null;
}

import type { ReferenceResolver } from '@grimoire/platform';

import type { CatalogContext } from '../../context.js';
import { type AnyEquipment, equipmentFromEntry } from './equipment.type.js';

/** Armor, Weapon and Gear share the equipment loader; a representation of the wrong type resolves to null. */
function equipmentReference(typename: 'Armor' | 'Weapon' | 'Gear'): ReferenceResolver<CatalogContext> {
  return {
    async __resolveReference(reference, ctx): Promise<AnyEquipment | null> {
      const entry = await ctx.entries.equipment.load(reference.id);
      const item = entry ? equipmentFromEntry(entry) : null;
      return item?.__typename === typename ? item : null;
    },
  };
}

export const armorReference = equipmentReference('Armor');
export const weaponReference = equipmentReference('Weapon');
export const gearReference = equipmentReference('Gear');

import type { CharacterBuild, EquipmentEntry, Inventory, InventoryEntry } from '@grimoire/rules';

/**
 * The inventory is the one place items live; the rules engine reads the items that act on the
 * sheet as `build.equipment`. An inventory entry may carry the two equipment fields the inventory
 * rules do not model (`baseItemId` for "Armor +1 as chain mail", `used` for a Manual or a Tome),
 * so nothing a build said about an item is lost when it moves into the inventory.
 */
export type StoredInventoryEntry = InventoryEntry & Pick<EquipmentEntry, 'baseItemId' | 'used'>;

/**
 * What the engine derives with: catalog entries that are worn, wielded, attuned or used. Custom
 * items have no rules effects, and items merely carried change no number on the sheet (their
 * weight is the inventory's business: `carriedWeight`).
 */
export function equipmentFromInventory(inventory: Inventory): EquipmentEntry[] {
  const equipment: EquipmentEntry[] = [];
  for (const entry of inventory.entries as readonly StoredInventoryEntry[]) {
    if (entry.itemId === undefined) continue;
    if (!entry.equipped && !entry.attuned && entry.used !== true) continue;
    equipment.push({
      itemId: entry.itemId,
      quantity: entry.quantity,
      equipped: entry.equipped,
      attuned: entry.attuned,
      ...(entry.typeId !== undefined ? { typeId: entry.typeId } : {}),
      ...(entry.baseItemId !== undefined ? { baseItemId: entry.baseItemId } : {}),
      ...(entry.used !== undefined ? { used: entry.used } : {}),
    });
  }
  return equipment;
}

/**
 * The build the rules engine derives and validates: the stored build with its equipment taken
 * from the inventory. Every derivation goes through here (sheet loader, play-state changes,
 * spells, validation of inputs).
 */
export function sheetBuildOf(build: CharacterBuild, inventory: Inventory): CharacterBuild {
  return { ...build, equipment: equipmentFromInventory(inventory) };
}

/** Inventory entries for equipment entries (creation, a manual edit, an old export or version). */
export function inventoryEntriesOf(
  equipment: readonly EquipmentEntry[],
  newEntryId: () => string,
): StoredInventoryEntry[] {
  return equipment.map((item) => ({
    entryId: newEntryId(),
    itemId: item.itemId,
    ...(item.typeId !== undefined ? { typeId: item.typeId } : {}),
    ...(item.baseItemId !== undefined ? { baseItemId: item.baseItemId } : {}),
    ...(item.used !== undefined ? { used: item.used } : {}),
    quantity: item.quantity,
    equipped: item.equipped,
    attuned: item.attuned,
    containerId: null,
  }));
}

/**
 * A state whose build still lists equipment (an export or a version from before the inventory
 * held items) with those items moved into its inventory, and the build's list emptied.
 */
export function moveEquipmentIntoInventory<TState extends { build: CharacterBuild; inventory: Inventory }>(
  state: TState,
  newEntryId: () => string,
): TState {
  const equipment = Array.isArray(state.build.equipment) ? state.build.equipment : [];
  if (equipment.length === 0) return state;
  return {
    ...state,
    build: { ...state.build, equipment: [] },
    inventory: {
      ...state.inventory,
      entries: [...state.inventory.entries, ...inventoryEntriesOf(equipment, newEntryId)],
    },
  };
}

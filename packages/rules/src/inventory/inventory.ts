import type { ArmorCategory } from '../model/basics.js';
import type { ContainerCapacity, Cost, MagicItem, RulesCatalog } from '../model/content.js';
import type { RuleFailure } from '../play/result.js';
import type { ThemedItemFace } from '../themes/theme-model.js';
import { type Currency, coinWeight } from './currency.js';

export type ChargeRecharge = NonNullable<MagicItem['charges']>['recharge'];

/** An item the player describes instead of picking from the catalog. */
export interface CustomItem {
  name: string;
  /** Pounds per unit. */
  weight: number;
  cost: Cost | null;
  capacity?: ContainerCapacity;
  requiresAttunement?: boolean;
  charges?: { max: number; recharge: ChargeRecharge };
}

export interface InventoryEntry {
  entryId: string;
  /** Equipment or magic-item id from the catalog; absent for a custom item. */
  itemId?: string;
  custom?: CustomItem;
  /** For a magic item with `types`, which kind this is (as in `EquipmentEntry.typeId`). */
  typeId?: string;
  quantity: number;
  equipped: boolean;
  attuned: boolean;
  /** `entryId` of the container entry holding it; null when carried loose. */
  containerId: string | null;
  /** Charges left, for items that have charges. */
  charges?: number;
  /** Its look in a campaign theme when adapted (themes/); absent: its root look. Never its numbers. */
  themed?: ThemedItemFace;
}

export interface Inventory {
  entries: readonly InventoryEntry[];
  currency: Currency;
}

export type InventoryFailureReason =
  | 'unknown-item'
  | 'unknown-entry'
  | 'duplicate-entry'
  | 'invalid-item'
  | 'invalid-amount'
  | 'not-a-container'
  | 'container-cycle'
  | 'container-stack'
  | 'capacity-exceeded'
  | 'container-not-empty'
  | 'in-container'
  | 'armor-slot-taken'
  | 'attunement-not-required'
  | 'attunement-limit'
  | 'no-charges'
  | 'not-enough-charges';

export type InventoryFailure = RuleFailure<InventoryFailureReason>;
export type InventoryResult = { ok: true; inventory: Inventory } | InventoryFailure;

/** What the rules need to know about an entry's item, wherever it comes from. */
export interface ItemInfo {
  name: string;
  /** Pounds per unit of quantity. */
  weight: number;
  /** Single pieces per unit of quantity (Arrows: 20 to a bundle). */
  pieces: number;
  capacity?: ContainerCapacity;
  /**
   * The contents weigh nothing outside (Bag of Holding, Portable Hole): every magic container in
   * the SRD is extradimensional, mundane ones never are.
   */
  weightlessContents: boolean;
  requiresAttunement: boolean;
  charges?: { max: number; recharge: ChargeRecharge };
  /** Body armor category, or `shield`, for the one-armor and one-shield equip rules. */
  armor?: ArmorCategory;
}

/** Looks an entry's item up in the catalog (or reads the custom item); null for an unknown id. */
export function itemInfo(entry: Pick<InventoryEntry, 'itemId' | 'custom'>, catalog: RulesCatalog): ItemInfo | null {
  if (entry.custom) {
    const custom = entry.custom;
    return {
      name: custom.name,
      weight: custom.weight,
      pieces: 1,
      ...(custom.capacity ? { capacity: custom.capacity } : {}),
      weightlessContents: false,
      requiresAttunement: custom.requiresAttunement ?? false,
      ...(custom.charges ? { charges: custom.charges } : {}),
    };
  }
  if (entry.itemId === undefined) return null;
  const equipment = catalog.equipment.get(entry.itemId);
  if (equipment) {
    return {
      name: equipment.name,
      weight: equipment.weight,
      pieces: equipment.kind !== 'armor' && equipment.kind !== 'weapon' ? (equipment.bundle ?? 1) : 1,
      ...(equipment.kind !== 'armor' && equipment.kind !== 'weapon' && equipment.capacity
        ? { capacity: equipment.capacity }
        : {}),
      weightlessContents: false,
      requiresAttunement: false,
      ...(equipment.kind === 'armor' ? { armor: equipment.category } : {}),
    };
  }
  const magic = catalog.magicItems.get(entry.itemId);
  if (!magic) return null;
  const base = magic.baseItemId === undefined ? undefined : catalog.equipment.get(magic.baseItemId);
  const capacity =
    magic.capacity ?? (base && base.kind !== 'armor' && base.kind !== 'weapon' ? base.capacity : undefined);
  return {
    name: magic.name,
    weight: magic.weight ?? base?.weight ?? 0,
    pieces: 1,
    ...(capacity ? { capacity } : {}),
    weightlessContents: magic.capacity !== undefined,
    requiresAttunement: magic.requiresAttunement,
    ...(magic.charges && magic.charges.max > 0 ? { charges: magic.charges } : {}),
    ...(base?.kind === 'armor' ? { armor: base.category } : {}),
  };
}

export function findEntry(inventory: Inventory, entryId: string): InventoryEntry | undefined {
  return inventory.entries.find((entry) => entry.entryId === entryId);
}

function infoOrNothing(entry: InventoryEntry, catalog: RulesCatalog): ItemInfo {
  return (
    itemInfo(entry, catalog) ?? {
      name: entry.itemId ?? '?',
      weight: 0,
      pieces: 1,
      weightlessContents: false,
      requiresAttunement: false,
    }
  );
}

/**
 * What the contents of a container weigh as its holder feels it: each entry's weight, plus the
 * contents of nested containers unless those are extradimensional.
 */
export function contentsWeight(inventory: Inventory, containerId: string, catalog: RulesCatalog): number {
  return weightInside(inventory, containerId, catalog, new Set());
}

function weightInside(inventory: Inventory, containerId: string, catalog: RulesCatalog, seen: Set<string>): number {
  // `seen` only guards against a cycle in imported data; the operations never create one.
  if (seen.has(containerId)) return 0;
  seen.add(containerId);
  let total = 0;
  for (const entry of inventory.entries) {
    if (entry.containerId !== containerId) continue;
    total += entryWeight(inventory, entry, catalog, seen);
  }
  return total;
}

function entryWeight(inventory: Inventory, entry: InventoryEntry, catalog: RulesCatalog, seen: Set<string>): number {
  const info = infoOrNothing(entry, catalog);
  let weight = info.weight * entry.quantity;
  if (info.capacity && !info.weightlessContents) weight += weightInside(inventory, entry.entryId, catalog, seen);
  return weight;
}

/** Single pieces directly inside a container (a Quiver's count: 20 Arrows). */
export function contentsPieces(inventory: Inventory, containerId: string, catalog: RulesCatalog): number {
  return inventory.entries
    .filter((entry) => entry.containerId === containerId)
    .reduce((sum, entry) => sum + entry.quantity * infoOrNothing(entry, catalog).pieces, 0);
}

/**
 * Everything carried, in pounds: loose items, what is in containers (except inside
 * extradimensional ones) and coins at 50 to the pound.
 */
export function carriedWeight(inventory: Inventory, catalog: RulesCatalog): number {
  const ids = new Set(inventory.entries.map((entry) => entry.entryId));
  const seen = new Set<string>();
  let total = coinWeight(inventory.currency);
  for (const entry of inventory.entries) {
    // An entry pointing at a missing container (imported data) still weighs on the character.
    if (entry.containerId !== null && ids.has(entry.containerId)) continue;
    total += entryWeight(inventory, entry, catalog, seen);
  }
  return Math.round(total * 1000) / 1000;
}

/** The containers holding an entry, innermost first. */
export function ancestors(inventory: Inventory, entryId: string): InventoryEntry[] {
  const chain: InventoryEntry[] = [];
  let current = findEntry(inventory, entryId);
  const seen = new Set<string>();
  while (current && current.containerId !== null && !seen.has(current.containerId)) {
    seen.add(current.containerId);
    current = findEntry(inventory, current.containerId);
    if (current) chain.push(current);
  }
  return chain;
}

/** Floating-point weights (0.25 lb, 1/50 lb…) must not fail a capacity check by a rounding hair. */
const EPSILON = 1e-9;

/**
 * Checks a container and every container above it against its capacity: pounds for the weight
 * of everything inside (nested contents included), items for the pieces directly inside.
 */
export function checkCapacity(
  inventory: Inventory,
  containerId: string,
  catalog: RulesCatalog,
): InventoryFailure | null {
  const container = findEntry(inventory, containerId);
  if (!container) return null;
  for (const entry of [container, ...ancestors(inventory, containerId)]) {
    const capacity = infoOrNothing(entry, catalog).capacity;
    if (!capacity) continue;
    const name = infoOrNothing(entry, catalog).name;
    if (capacity.pounds !== undefined) {
      const weight = contentsWeight(inventory, entry.entryId, catalog);
      if (weight > capacity.pounds + EPSILON)
        return {
          ok: false,
          reason: 'capacity-exceeded',
          message: `${name} holds ${capacity.pounds} lb; this would put ${Math.round(weight * 100) / 100} lb in it.`,
        };
    }
    if (capacity.items !== undefined) {
      const pieces = contentsPieces(inventory, entry.entryId, catalog);
      if (pieces > capacity.items)
        return {
          ok: false,
          reason: 'capacity-exceeded',
          message: `${name} holds ${capacity.items} items; this would put ${pieces} in it.`,
        };
    }
  }
  return null;
}

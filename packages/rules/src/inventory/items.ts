// The sheet and the inventory share one attunement limit (2024: three items).
import { MAX_ATTUNED_ITEMS } from '../engine/derive.js';
import type { RulesCatalog } from '../model/content.js';
import { failure, isCount } from '../play/result.js';
import {
  type ChargeRecharge,
  type CustomItem,
  type Inventory,
  type InventoryEntry,
  type InventoryFailure,
  type InventoryResult,
  ancestors,
  checkCapacity,
  findEntry,
  itemInfo,
} from './inventory.js';

function done(inventory: Inventory): InventoryResult {
  return { ok: true, inventory };
}

function replaceEntry(inventory: Inventory, entry: InventoryEntry): Inventory {
  return { ...inventory, entries: inventory.entries.map((other) => (other.entryId === entry.entryId ? entry : other)) };
}

function entryOrFailure(inventory: Inventory, entryId: string): InventoryEntry | InventoryFailure {
  return findEntry(inventory, entryId) ?? failure('unknown-entry', `No inventory entry “${entryId}”.`, 'entryId');
}

function isFailure(value: InventoryEntry | InventoryFailure): value is InventoryFailure {
  return 'ok' in value;
}

function validContainer(
  inventory: Inventory,
  containerId: string | null,
  catalog: RulesCatalog,
  moving?: string,
): InventoryFailure | null {
  if (containerId === null) return null;
  const container = findEntry(inventory, containerId);
  if (!container) return failure('unknown-entry', `No container entry “${containerId}”.`, 'containerId');
  const info = itemInfo(container, catalog);
  if (!info?.capacity)
    return failure('not-a-container', `${info?.name ?? containerId} is not a container.`, 'containerId');
  if (container.quantity !== 1)
    return failure(
      'container-stack',
      `Split the stack of ${info.name} first: only a single container holds things.`,
      'containerId',
    );
  if (
    moving !== undefined &&
    (containerId === moving || ancestors(inventory, containerId).some((entry) => entry.entryId === moving))
  )
    return failure('container-cycle', 'A container cannot go inside itself or anything it holds.', 'containerId');
  return null;
}

export interface AddItemInput {
  entryId: string;
  itemId?: string;
  custom?: CustomItem;
  typeId?: string;
  quantity: number;
  containerId?: string | null;
  /** Charges it comes with; full when absent. */
  charges?: number;
}

/** Adds an entry (catalog or custom item), unequipped, into a container when asked (capacity enforced). */
export function addItem(inventory: Inventory, input: AddItemInput, catalog: RulesCatalog): InventoryResult {
  if ((input.itemId === undefined) === (input.custom === undefined))
    return failure('invalid-item', 'An entry is either a catalog item (itemId) or a custom item, not both or neither.');
  if (findEntry(inventory, input.entryId))
    return failure('duplicate-entry', `Entry “${input.entryId}” already exists.`, 'entryId');
  if (!Number.isInteger(input.quantity) || input.quantity < 1)
    return failure('invalid-amount', `Quantity is a whole number of at least 1, not ${input.quantity}.`, 'quantity');
  if (input.custom) {
    const { weight, name } = input.custom;
    if (name.trim() === '' || !Number.isFinite(weight) || weight < 0)
      return failure('invalid-item', 'A custom item needs a name and a weight of at least 0 lb.', 'custom');
  }
  const info = itemInfo(input, catalog);
  if (!info) return failure('unknown-item', `No item “${input.itemId}” in the catalog.`, 'itemId');
  const containerId = input.containerId ?? null;
  const containerProblem = validContainer(inventory, containerId, catalog);
  if (containerProblem) return containerProblem;
  let charges: number | undefined;
  if (info.charges) {
    charges = input.charges ?? info.charges.max;
    if (!isCount(charges) || charges > info.charges.max)
      return failure('invalid-amount', `${info.name} has 0 to ${info.charges.max} charges, not ${charges}.`, 'charges');
  } else if (input.charges !== undefined) return failure('no-charges', `${info.name} has no charges.`, 'charges');
  const entry: InventoryEntry = {
    entryId: input.entryId,
    ...(input.itemId !== undefined ? { itemId: input.itemId } : {}),
    ...(input.custom ? { custom: input.custom } : {}),
    ...(input.typeId !== undefined ? { typeId: input.typeId } : {}),
    quantity: input.quantity,
    equipped: false,
    attuned: false,
    containerId,
    ...(charges !== undefined ? { charges } : {}),
  };
  const next: Inventory = { ...inventory, entries: [...inventory.entries, entry] };
  if (containerId !== null) {
    const over = checkCapacity(next, containerId, catalog);
    if (over) return over;
  }
  return done(next);
}

/**
 * Removes `quantity` of an entry (all of it when absent). A container that still holds things is
 * only removed with `withContents: true`, which removes everything inside it too.
 */
export function removeItem(
  inventory: Inventory,
  input: { entryId: string; quantity?: number; withContents?: boolean },
): InventoryResult {
  const entry = entryOrFailure(inventory, input.entryId);
  if (isFailure(entry)) return entry;
  const quantity = input.quantity ?? entry.quantity;
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > entry.quantity)
    return failure('invalid-amount', `Remove 1 to ${entry.quantity}, not ${quantity}.`, 'quantity');
  if (quantity < entry.quantity)
    return done(replaceEntry(inventory, { ...entry, quantity: entry.quantity - quantity }));
  const inside = inventory.entries.filter((other) =>
    ancestors(inventory, other.entryId).some((holder) => holder.entryId === entry.entryId),
  );
  if (inside.length > 0 && input.withContents !== true)
    return failure(
      'container-not-empty',
      `It still holds ${inside.length} entr${inside.length === 1 ? 'y' : 'ies'}; empty it first.`,
    );
  const removed = new Set([entry.entryId, ...inside.map((other) => other.entryId)]);
  return done({ ...inventory, entries: inventory.entries.filter((other) => !removed.has(other.entryId)) });
}

/** Sets an entry's quantity (at least 1; remove it to go to 0), enforcing its containers' capacity. */
export function setQuantity(
  inventory: Inventory,
  input: { entryId: string; quantity: number },
  catalog: RulesCatalog,
): InventoryResult {
  const entry = entryOrFailure(inventory, input.entryId);
  if (isFailure(entry)) return entry;
  if (!Number.isInteger(input.quantity) || input.quantity < 1)
    return failure('invalid-amount', `Quantity is a whole number of at least 1, not ${input.quantity}.`, 'quantity');
  if (input.quantity > 1 && entry.attuned)
    return failure('invalid-amount', 'An attuned entry is a single item; add the others as a new entry.', 'quantity');
  if (input.quantity > 1 && inventory.entries.some((other) => other.containerId === entry.entryId))
    return failure('container-stack', 'A container holding things is a single item.', 'quantity');
  const next = replaceEntry(inventory, { ...entry, quantity: input.quantity });
  if (entry.containerId !== null && input.quantity > entry.quantity) {
    const over = checkCapacity(next, entry.containerId, catalog);
    if (over) return over;
  }
  return done(next);
}

/**
 * Moves an entry into a container (or out, with `containerId: null`). Capacity is checked for the
 * target and every container above it. Packing an item away unequips it; attunement stays (it
 * only ends by choice, distance or death).
 */
export function moveItem(
  inventory: Inventory,
  input: { entryId: string; containerId: string | null },
  catalog: RulesCatalog,
): InventoryResult {
  const entry = entryOrFailure(inventory, input.entryId);
  if (isFailure(entry)) return entry;
  const problem = validContainer(inventory, input.containerId, catalog, entry.entryId);
  if (problem) return problem;
  const moved: InventoryEntry = {
    ...entry,
    containerId: input.containerId,
    equipped: input.containerId === null ? entry.equipped : false,
  };
  const next = replaceEntry(inventory, moved);
  if (input.containerId !== null) {
    const over = checkCapacity(next, input.containerId, catalog);
    if (over) return over;
  }
  return done(next);
}

/**
 * Equips (wears or wields) an entry. It must be carried, not packed; one suit of armor and one
 * shield at a time.
 */
export function equipItem(inventory: Inventory, input: { entryId: string }, catalog: RulesCatalog): InventoryResult {
  const entry = entryOrFailure(inventory, input.entryId);
  if (isFailure(entry)) return entry;
  if (entry.equipped) return done(inventory);
  if (entry.containerId !== null)
    return failure('in-container', 'Take the item out of its container before equipping it.', 'entryId');
  const info = itemInfo(entry, catalog);
  if (info?.armor !== undefined) {
    const shield = info.armor === 'shield';
    const worn = inventory.entries.find((other) => {
      if (!other.equipped || other.entryId === entry.entryId) return false;
      const armor = itemInfo(other, catalog)?.armor;
      return armor !== undefined && (armor === 'shield') === shield;
    });
    if (worn)
      return failure(
        'armor-slot-taken',
        `${itemInfo(worn, catalog)?.name ?? worn.entryId} is already ${shield ? 'carried as a shield' : 'worn'}; unequip it first.`,
        'entryId',
      );
    if (entry.quantity !== 1)
      return failure('container-stack', 'Split the stack first: only one suit or shield is worn.', 'entryId');
  }
  return done(replaceEntry(inventory, { ...entry, equipped: true }));
}

export function unequipItem(inventory: Inventory, input: { entryId: string }): InventoryResult {
  const entry = entryOrFailure(inventory, input.entryId);
  if (isFailure(entry)) return entry;
  return done(replaceEntry(inventory, { ...entry, equipped: false }));
}

/**
 * Attunes to a magic item that requires it: at most three (or `maxAttuned`) at once, a single item
 * (not a stack) in hand, not packed away.
 */
export function attuneItem(
  inventory: Inventory,
  input: { entryId: string; maxAttuned?: number },
  catalog: RulesCatalog,
): InventoryResult {
  const entry = entryOrFailure(inventory, input.entryId);
  if (isFailure(entry)) return entry;
  if (entry.attuned) return done(inventory);
  const info = itemInfo(entry, catalog);
  if (!info?.requiresAttunement)
    return failure('attunement-not-required', `${info?.name ?? entry.entryId} does not require attunement.`, 'entryId');
  if (entry.containerId !== null)
    return failure('in-container', 'Attuning needs the item in hand: take it out of its container first.', 'entryId');
  if (entry.quantity !== 1)
    return failure('container-stack', 'Attunement is to a single item; split the stack first.', 'entryId');
  const max = input.maxAttuned ?? MAX_ATTUNED_ITEMS;
  const attuned = inventory.entries.filter((other) => other.attuned);
  if (attuned.length >= max)
    return failure(
      'attunement-limit',
      `Already attuned to ${attuned.length} items (at most ${max}); end an attunement first.`,
      'entryId',
    );
  return done(replaceEntry(inventory, { ...entry, attuned: true }));
}

export function unattuneItem(inventory: Inventory, input: { entryId: string }): InventoryResult {
  const entry = entryOrFailure(inventory, input.entryId);
  if (isFailure(entry)) return entry;
  return done(replaceEntry(inventory, { ...entry, attuned: false }));
}

/** Spends charges of an item (a wand's use). */
export function useCharges(
  inventory: Inventory,
  input: { entryId: string; count?: number },
  catalog: RulesCatalog,
): InventoryResult {
  const entry = entryOrFailure(inventory, input.entryId);
  if (isFailure(entry)) return entry;
  const info = itemInfo(entry, catalog);
  if (!info?.charges) return failure('no-charges', `${info?.name ?? entry.entryId} has no charges.`, 'entryId');
  const count = input.count ?? 1;
  if (!Number.isInteger(count) || count < 1)
    return failure('invalid-amount', `Use at least 1 charge, not ${count}.`, 'count');
  const left = entry.charges ?? info.charges.max;
  if (count > left)
    return failure(
      'not-enough-charges',
      `${info.name} has ${left} charge${left === 1 ? '' : 's'} left; ${count} asked.`,
      'count',
    );
  return done(replaceEntry(inventory, { ...entry, charges: left - count }));
}

/**
 * Recharges items at dawn, on a long rest or a short rest. A long rest also recharges
 * short-rest items. Items that regain a rolled number (1d6 + 1 at dawn) take it from `regained`
 * by entry id; without one they come back full. Never above the maximum.
 */
export function rechargeItems(
  inventory: Inventory,
  input: { trigger: Exclude<ChargeRecharge, 'none'>; regained?: Readonly<Record<string, number>> },
  catalog: RulesCatalog,
): InventoryResult {
  for (const [entryId, amount] of Object.entries(input.regained ?? {}))
    if (!isCount(amount))
      return failure('invalid-amount', `Charges regained are a whole number, not ${amount}.`, `regained.${entryId}`);
  const triggers: ChargeRecharge[] = input.trigger === 'long-rest' ? ['long-rest', 'short-rest'] : [input.trigger];
  const entries = inventory.entries.map((entry) => {
    const charges = itemInfo(entry, catalog)?.charges;
    if (!charges || !triggers.includes(charges.recharge)) return entry;
    const left = entry.charges ?? charges.max;
    const regained = input.regained?.[entry.entryId] ?? charges.max;
    return { ...entry, charges: Math.min(charges.max, left + regained) };
  });
  return done({ ...inventory, entries });
}

import { randomUUID } from 'node:crypto';

import { notFound, parseId, validateInput } from '@grimoire/platform';
import {
  addItem,
  attuneItem,
  convertCurrency as convertCoins,
  type CurrencyResult,
  type CustomItem,
  equipItem,
  gainCurrency,
  type Inventory,
  type InventoryResult,
  moveItem,
  rechargeItems,
  removeItem,
  type RuleFailure,
  type RulesCatalog,
  spendCurrency as spendCoins,
  unattuneItem,
  unequipItem,
  useCharges,
} from '@grimoire/rules';
import { z } from 'zod';

import type { CharacterRow } from '../db/tables/index.js';
import { applyCharacterChange, type CharacterChangeDeps } from './apply-character-change.js';
import { catalogIdSchema } from './character-input.js';
import { type CharacterCatalogDeps, loadCharacterCatalog } from './load-character-catalog.js';
import { failureOf } from './rule-failure.js';

export type InventoryDeps = CharacterChangeDeps & CharacterCatalogDeps;

const DENOMINATION = z.enum(['cp', 'sp', 'ep', 'gp', 'pp']);
const entryIdSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const count = (max: number) =>
  z.number().int('must be a whole number').min(0, 'must be at least 0').max(max, `must be at most ${max}`);
const positive = (max: number) =>
  z.number().int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

const customItemSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  weight: z.number().min(0, 'must be at least 0').max(10_000, 'must be at most 10000'),
  cost: z.object({ quantity: count(1_000_000), unit: DENOMINATION }).nullish(),
  requiresAttunement: z.boolean().nullish(),
  charges: z.object({ max: positive(100), recharge: z.enum(['dawn', 'short-rest', 'long-rest', 'none']) }).nullish(),
  capacity: z
    .object({
      pounds: z.number().min(0).max(10_000).nullish(),
      items: positive(10_000).nullish(),
    })
    .refine((capacity) => capacity.pounds != null || capacity.items != null, 'give pounds, items or both')
    .nullish(),
});

const addItemSchema = z
  .object({
    item: catalogIdSchema.nullish(),
    custom: customItemSchema.nullish(),
    quantity: positive(10_000).nullish(),
    containerId: entryIdSchema.nullish(),
    equipped: z.boolean().nullish(),
    attuned: z.boolean().nullish(),
    charges: count(100).nullish(),
  })
  .refine((input) => (input.item == null) !== (input.custom == null), {
    message: 'give either a catalog item or a custom item, not both or neither',
    path: ['item'],
  });

export type AddInventoryItemData = z.input<typeof addItemSchema>;

/** Rules input paths → argument names of the inventory mutations. */
const FIELDS: Record<string, string> = {
  entryId: 'entryId',
  containerId: 'containerId',
  quantity: 'quantity',
  charges: 'input.charges',
  count: 'count',
  amount: 'amount',
  itemId: 'input.item',
  custom: 'input.custom',
};

/**
 * One inventory change through the change pipeline (owner only, row locked, a version appended,
 * `characterChanged` published). `operate` is a pure rules step on the current inventory.
 */
async function changeInventory(
  deps: InventoryDeps,
  viewerId: string,
  rawId: string,
  reason: (catalog: RulesCatalog) => string,
  operate: (inventory: Inventory, catalog: RulesCatalog) => InventoryStep,
  input?: unknown,
  fields: Record<string, string> = FIELDS,
  /** The argument a failure without a path is about (a container's capacity, the purse). */
  fallbackField = 'entryId',
): Promise<CharacterRow> {
  const characterId = parseId(rawId, 'id');
  const { catalog } = await loadCharacterCatalog(deps, characterId, input);
  const { row } = await applyCharacterChange(deps, {
    characterId,
    actorId: viewerId,
    reason: reason(catalog),
    change: (state) => {
      const result = operate(state.inventory, catalog);
      if (!result.ok) {
        // An entry that does not exist is an unknown id, not a bad value.
        if (result.reason === 'unknown-entry') {
          const field = fields[result.path ?? 'entryId'] ?? 'entryId';
          throw notFound(`${field}: ${result.message}`, { field });
        }
        return failureOf(result, fallbackField, fields);
      }
      return { ok: true, state: { ...state, inventory: result.inventory } };
    },
  });
  return row;
}

/** An inventory step's outcome: the next inventory, or why not (inventory or currency rules). */
type InventoryStep = { ok: true; inventory: Inventory } | RuleFailure;

function currencyStep(inventory: Inventory, result: CurrencyResult): InventoryStep {
  return result.ok ? { ok: true, inventory: { ...inventory, currency: result.currency } } : result;
}

/** Then-chaining of inventory steps: the first failure wins. */
function chain(result: InventoryResult, next: (inventory: Inventory) => InventoryResult): InventoryResult {
  return result.ok ? next(result.inventory) : result;
}

/** Adds a catalog or custom item (optionally into a container, equipped, attuned). */
export async function addInventoryItem(
  deps: InventoryDeps,
  viewerId: string,
  rawId: string,
  rawInput: AddInventoryItemData,
): Promise<CharacterRow> {
  const input = validateInput(addItemSchema, rawInput);
  const entryId = randomUUID();
  const custom: CustomItem | undefined = input.custom
    ? {
        name: input.custom.name,
        weight: input.custom.weight,
        cost: input.custom.cost ?? null,
        ...(input.custom.requiresAttunement ? { requiresAttunement: true } : {}),
        ...(input.custom.charges ? { charges: input.custom.charges } : {}),
        ...(input.custom.capacity
          ? {
              capacity: {
                ...(input.custom.capacity.pounds != null ? { pounds: input.custom.capacity.pounds } : {}),
                ...(input.custom.capacity.items != null ? { items: input.custom.capacity.items } : {}),
              },
            }
          : {}),
      }
    : undefined;
  const quantity = input.quantity ?? 1;
  return changeInventory(
    deps,
    viewerId,
    rawId,
    (catalog) => {
      const name =
        custom?.name ?? catalog.equipment.get(input.item!)?.name ?? catalog.magicItems.get(input.item!)?.name;
      return `Added ${quantity > 1 ? `${quantity} × ` : ''}${name ?? input.item}`;
    },
    (inventory, catalog) => {
      let result = addItem(
        inventory,
        {
          entryId,
          ...(input.item ? { itemId: input.item } : {}),
          ...(custom ? { custom } : {}),
          quantity,
          containerId: input.containerId ?? null,
          ...(input.charges != null ? { charges: input.charges } : {}),
        },
        catalog,
      );
      if (input.equipped) result = chain(result, (next) => equipItem(next, { entryId }, catalog));
      if (input.attuned) result = chain(result, (next) => attuneItem(next, { entryId }, catalog));
      return result;
    },
    input,
    { ...FIELDS, entryId: 'input', containerId: 'input.containerId', quantity: 'input.quantity' },
    'input.containerId',
  );
}

/** Removes some or all of an entry; a container holding things goes only with `withContents`. */
export async function removeInventoryItem(
  deps: InventoryDeps,
  viewerId: string,
  rawId: string,
  rawEntryId: string,
  rawQuantity: number | null | undefined,
  withContents: boolean,
): Promise<CharacterRow> {
  const entryId = validateInput(entryIdSchema, rawEntryId, 'entryId');
  const quantity = rawQuantity == null ? undefined : validateInput(positive(10_000), rawQuantity, 'quantity');
  return changeInventory(
    deps,
    viewerId,
    rawId,
    () => `Removed an item`,
    (inventory) => removeItem(inventory, { entryId, ...(quantity !== undefined ? { quantity } : {}), withContents }),
  );
}

/** Moves an entry into a container (capacity checked up the chain), or out with a null container. */
export async function moveInventoryItem(
  deps: InventoryDeps,
  viewerId: string,
  rawId: string,
  rawEntryId: string,
  rawContainerId: string | null | undefined,
): Promise<CharacterRow> {
  const entryId = validateInput(entryIdSchema, rawEntryId, 'entryId');
  const containerId = rawContainerId == null ? null : validateInput(entryIdSchema, rawContainerId, 'containerId');
  return changeInventory(
    deps,
    viewerId,
    rawId,
    () => (containerId === null ? 'Took an item out' : 'Packed an item away'),
    (inventory, catalog) => moveItem(inventory, { entryId, containerId }, catalog),
    undefined,
    FIELDS,
    'containerId',
  );
}

type EntryOperation = 'equip' | 'unequip' | 'attune' | 'unattune';

const ENTRY_OPERATIONS: Record<
  EntryOperation,
  { reason: string; run: (inventory: Inventory, entryId: string, catalog: RulesCatalog) => InventoryResult }
> = {
  equip: {
    reason: 'Equipped an item',
    run: (inventory, entryId, catalog) => equipItem(inventory, { entryId }, catalog),
  },
  unequip: { reason: 'Unequipped an item', run: (inventory, entryId) => unequipItem(inventory, { entryId }) },
  attune: {
    reason: 'Attuned to an item',
    run: (inventory, entryId, catalog) => attuneItem(inventory, { entryId }, catalog),
  },
  unattune: { reason: 'Ended an attunement', run: (inventory, entryId) => unattuneItem(inventory, { entryId }) },
};

/** Equip, unequip, attune (at most 3) or end an attunement. */
export async function changeInventoryEntry(
  deps: InventoryDeps,
  viewerId: string,
  rawId: string,
  rawEntryId: string,
  operation: EntryOperation,
): Promise<CharacterRow> {
  const entryId = validateInput(entryIdSchema, rawEntryId, 'entryId');
  const { reason, run } = ENTRY_OPERATIONS[operation];
  return changeInventory(
    deps,
    viewerId,
    rawId,
    () => reason,
    (inventory, catalog) => run(inventory, entryId, catalog),
  );
}

const coinsSchema = z.object({
  cp: count(1_000_000).nullish(),
  sp: count(1_000_000).nullish(),
  ep: count(1_000_000).nullish(),
  gp: count(1_000_000).nullish(),
  pp: count(1_000_000).nullish(),
});

/** Adds coins (loot, a sale). */
export async function addCurrency(
  deps: InventoryDeps,
  viewerId: string,
  rawId: string,
  rawCoins: z.input<typeof coinsSchema>,
): Promise<CharacterRow> {
  const coins = validateInput(coinsSchema, rawCoins, 'coins');
  const gained = Object.fromEntries(Object.entries(coins).filter(([, amount]) => typeof amount === 'number'));
  const summary = Object.entries(gained)
    .filter(([, amount]) => amount !== 0)
    .map(([coin, amount]) => `${amount} ${coin}`)
    .join(', ');
  return changeInventory(
    deps,
    viewerId,
    rawId,
    () => `Gained ${summary || 'no coins'}`,
    (inventory) => currencyStep(inventory, gainCurrency(inventory.currency, gained)),
    undefined,
    { ...FIELDS, cp: 'coins.cp', sp: 'coins.sp', ep: 'coins.ep', gp: 'coins.gp', pp: 'coins.pp' },
  );
}

/** Pays coins, making change like a merchant; never overdraws (BAD_USER_INPUT with the rules' message). */
export async function spendCurrency(
  deps: InventoryDeps,
  viewerId: string,
  rawId: string,
  rawAmount: number,
  rawDenomination: string,
): Promise<CharacterRow> {
  const amount = validateInput(positive(1_000_000), rawAmount, 'amount');
  const denomination = validateInput(DENOMINATION, rawDenomination, 'denomination');
  return changeInventory(
    deps,
    viewerId,
    rawId,
    () => `Spent ${amount} ${denomination}`,
    (inventory) => currencyStep(inventory, spendCoins(inventory.currency, { amount, denomination })),
    undefined,
    FIELDS,
    'amount',
  );
}

/** Exchanges coins of one kind into another at their value (whole coins only). */
export async function convertCurrency(
  deps: InventoryDeps,
  viewerId: string,
  rawId: string,
  rawFrom: string,
  rawTo: string,
  rawAmount: number,
): Promise<CharacterRow> {
  const from = validateInput(DENOMINATION, rawFrom, 'from');
  const to = validateInput(DENOMINATION, rawTo, 'to');
  const amount = validateInput(positive(1_000_000), rawAmount, 'amount');
  return changeInventory(
    deps,
    viewerId,
    rawId,
    () => `Converted ${amount} ${from} to ${to}`,
    (inventory) => currencyStep(inventory, convertCoins(inventory.currency, { from, to, amount })),
    undefined,
    FIELDS,
    'amount',
  );
}

/** Spends charges of an item (a wand's use). */
export async function useItemCharge(
  deps: InventoryDeps,
  viewerId: string,
  rawId: string,
  rawEntryId: string,
  rawCount: number | null | undefined,
): Promise<CharacterRow> {
  const entryId = validateInput(entryIdSchema, rawEntryId, 'entryId');
  const charges = rawCount == null ? 1 : validateInput(positive(100), rawCount, 'count');
  return changeInventory(
    deps,
    viewerId,
    rawId,
    () => `Used ${charges} charge${charges === 1 ? '' : 's'} of an item`,
    (inventory, catalog) => useCharges(inventory, { entryId, count: charges }, catalog),
  );
}

const rechargeSchema = z.object({
  trigger: z.enum(['dawn', 'short-rest', 'long-rest']),
  regained: z
    .array(z.object({ entryId: entryIdSchema, charges: count(100) }))
    .max(200, 'at most 200 entries')
    .nullish(),
});

/** Recharges items at dawn or on a rest; rolled regains by entry, the others come back full. */
export async function rechargeCharacterItems(
  deps: InventoryDeps,
  viewerId: string,
  rawId: string,
  rawInput: z.input<typeof rechargeSchema>,
): Promise<CharacterRow> {
  const input = validateInput(rechargeSchema, rawInput, '');
  const regained = Object.fromEntries((input.regained ?? []).map((entry) => [entry.entryId, entry.charges]));
  return changeInventory(
    deps,
    viewerId,
    rawId,
    () => `Recharged items (${input.trigger})`,
    (inventory, catalog) => {
      for (const entryId of Object.keys(regained))
        if (!inventory.entries.some((entry) => entry.entryId === entryId))
          return { ok: false, reason: 'unknown-entry', message: `No inventory entry “${entryId}”.`, path: 'regained' };
      return rechargeItems(inventory, { trigger: input.trigger, regained }, catalog);
    },
    undefined,
    { ...FIELDS, regained: 'regained' },
  );
}

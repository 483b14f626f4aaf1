import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVENTORY_CATALOG as catalog } from './__fixtures__/catalog.js';
import {
  type Currency,
  DENOMINATIONS,
  NO_MONEY,
  convertCurrency,
  gainCurrency,
  spendCurrency,
  totalValueInCopper,
  totalValueInGold,
} from './currency.js';
import {
  type Inventory,
  type InventoryResult,
  carriedWeight,
  checkCapacity,
  contentsWeight,
  findEntry,
} from './inventory.js';
import {
  type AddItemInput,
  addItem,
  attuneItem,
  equipItem,
  moveItem,
  rechargeItems,
  removeItem,
  setQuantity,
  unattuneItem,
  useCharges,
} from './items.js';

function expectOk(result: InventoryResult): Inventory {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}: ${result.message}`);
  return result.inventory;
}

const EMPTY: Inventory = { entries: [], currency: NO_MONEY };

function withItems(...items: AddItemInput[]): Inventory {
  return items.reduce((inventory, item) => expectOk(addItem(inventory, item, catalog)), EMPTY);
}

describe('adding and removing', () => {
  it('adds catalog and custom items, rejecting unknown ids and bad input', () => {
    const inventory = withItems(
      { entryId: 'a', itemId: 'rope', quantity: 2 },
      { entryId: 'b', custom: { name: 'Lucky coin', weight: 0, cost: null }, quantity: 1 },
    );
    expect(inventory.entries).toHaveLength(2);
    expect(addItem(inventory, { entryId: 'c', itemId: 'vorpal-spoon', quantity: 1 }, catalog)).toMatchObject({
      reason: 'unknown-item',
    });
    expect(addItem(inventory, { entryId: 'a', itemId: 'rope', quantity: 1 }, catalog)).toMatchObject({
      reason: 'duplicate-entry',
    });
    expect(addItem(inventory, { entryId: 'c', itemId: 'rope', quantity: 0 }, catalog)).toMatchObject({
      reason: 'invalid-amount',
    });
    expect(
      addItem(
        inventory,
        { entryId: 'c', itemId: 'rope', custom: { name: 'x', weight: 1, cost: null }, quantity: 1 },
        catalog,
      ),
    ).toMatchObject({ reason: 'invalid-item' });
    expect(addItem(inventory, { entryId: 'c', itemId: 'rope', quantity: 1, containerId: 'a' }, catalog)).toMatchObject({
      reason: 'not-a-container',
    });
  });

  it('removes part of a stack or all of it; a container that holds things only with its contents', () => {
    const inventory = withItems(
      { entryId: 'pack', itemId: 'backpack', quantity: 1 },
      { entryId: 'rope', itemId: 'rope', quantity: 3, containerId: 'pack' },
    );
    expect(findEntry(expectOk(removeItem(inventory, { entryId: 'rope', quantity: 2 })), 'rope')?.quantity).toBe(1);
    expect(removeItem(inventory, { entryId: 'pack' })).toMatchObject({ reason: 'container-not-empty' });
    expect(expectOk(removeItem(inventory, { entryId: 'pack', withContents: true })).entries).toEqual([]);
    expect(removeItem(inventory, { entryId: 'rope', quantity: 4 })).toMatchObject({ reason: 'invalid-amount' });
  });
});

describe('containers', () => {
  const base = withItems(
    { entryId: 'pack', itemId: 'backpack', quantity: 1 },
    { entryId: 'pouch', itemId: 'pouch', quantity: 1 },
    { entryId: 'quiver', itemId: 'quiver', quantity: 1 },
    { entryId: 'bag', itemId: 'bag-of-holding', quantity: 1 },
    { entryId: 'rations', itemId: 'rations', quantity: 10 },
    { entryId: 'arrows', itemId: 'arrows', quantity: 1 },
    { entryId: 'mail', itemId: 'chain-mail', quantity: 1 },
  );

  it('enforces pounds: 10 rations (20 lb) fit in a backpack, 16 (32 lb) do not', () => {
    const packed = expectOk(moveItem(base, { entryId: 'rations', containerId: 'pack' }, catalog));
    expect(contentsWeight(packed, 'pack', catalog)).toBe(20);
    const more = setQuantity(packed, { entryId: 'rations', quantity: 16 }, catalog);
    expect(more).toMatchObject({ ok: false, reason: 'capacity-exceeded' });
  });

  it('nested containers count their contents toward the parent', () => {
    let inventory = expectOk(moveItem(base, { entryId: 'rations', containerId: 'pack' }, catalog)); // 20 lb
    inventory = expectOk(setQuantity(inventory, { entryId: 'rations', quantity: 12 }, catalog)); // 24 lb
    const pouch = expectOk(
      addItem(inventory, { entryId: 'bb', itemId: 'ball-bearings', quantity: 2, containerId: 'pouch' }, catalog),
    );
    // The pouch (1 lb) with 4 lb inside weighs 5 lb: 29 lb in the backpack fits; one more pound does not.
    const nested = expectOk(moveItem(pouch, { entryId: 'pouch', containerId: 'pack' }, catalog));
    expect(contentsWeight(nested, 'pack', catalog)).toBe(29);
    expect(setQuantity(nested, { entryId: 'bb', quantity: 3 }, catalog)).toMatchObject({ reason: 'capacity-exceeded' });
  });

  it('enforces item counts in pieces: a quiver holds one bundle of 20 arrows, not two', () => {
    const one = expectOk(moveItem(base, { entryId: 'arrows', containerId: 'quiver' }, catalog));
    expect(setQuantity(one, { entryId: 'arrows', quantity: 2 }, catalog)).toMatchObject({
      reason: 'capacity-exceeded',
    });
  });

  it('a container cannot go inside itself or its descendants', () => {
    const nested = expectOk(moveItem(base, { entryId: 'pouch', containerId: 'pack' }, catalog));
    expect(moveItem(nested, { entryId: 'pack', containerId: 'pack' }, catalog)).toMatchObject({
      reason: 'container-cycle',
    });
    expect(moveItem(nested, { entryId: 'pack', containerId: 'pouch' }, catalog)).toMatchObject({
      reason: 'container-cycle',
    });
  });

  it('a Bag of Holding weighs 15 lb however full it is; its contents stay inside its 500 lb', () => {
    const bagged = expectOk(moveItem(base, { entryId: 'mail', containerId: 'bag' }, catalog));
    const before = carriedWeight(base, catalog);
    expect(carriedWeight(bagged, catalog)).toBe(before - 55);
    const inPack = expectOk(moveItem(bagged, { entryId: 'bag', containerId: 'pack' }, catalog));
    expect(contentsWeight(inPack, 'pack', catalog)).toBe(15);
  });

  it('packing an item away unequips it', () => {
    const worn = expectOk(equipItem(base, { entryId: 'mail' }, catalog));
    const packed = expectOk(moveItem(worn, { entryId: 'mail', containerId: 'bag' }, catalog));
    expect(findEntry(packed, 'mail')?.equipped).toBe(false);
  });

  it('carried weight counts loose items, contents and coins at 50 to the pound', () => {
    const inventory: Inventory = {
      ...withItems({ entryId: 'rope', itemId: 'rope', quantity: 2 }),
      currency: { ...NO_MONEY, gp: 75, sp: 25 },
    };
    expect(carriedWeight(inventory, catalog)).toBe(12);
  });
});

describe('equip and attune', () => {
  const base = withItems(
    { entryId: 'mail', itemId: 'chain-mail', quantity: 1 },
    { entryId: 'leather', itemId: 'leather-armor', quantity: 1 },
    { entryId: 'plus-one', itemId: 'armor-1', quantity: 1 },
    { entryId: 'shield', itemId: 'shield', quantity: 1 },
    { entryId: 'sword', itemId: 'longsword', quantity: 1 },
    { entryId: 'cloak', itemId: 'cloak-of-protection', quantity: 1 },
    { entryId: 'ring-1', itemId: 'ring-of-protection', quantity: 1 },
    { entryId: 'ring-2', itemId: 'ring-of-protection', quantity: 1 },
    { entryId: 'ring-3', itemId: 'ring-of-protection', quantity: 1 },
    { entryId: 'pack', itemId: 'backpack', quantity: 1 },
  );

  it('one suit of armor and one shield at a time (magic armor counts as armor)', () => {
    let inventory = expectOk(equipItem(base, { entryId: 'mail' }, catalog));
    inventory = expectOk(equipItem(inventory, { entryId: 'shield' }, catalog));
    inventory = expectOk(equipItem(inventory, { entryId: 'sword' }, catalog));
    expect(equipItem(inventory, { entryId: 'leather' }, catalog)).toMatchObject({ reason: 'armor-slot-taken' });
    expect(equipItem(inventory, { entryId: 'plus-one' }, catalog)).toMatchObject({ reason: 'armor-slot-taken' });
  });

  it('cannot equip what is packed away', () => {
    const packed = expectOk(moveItem(base, { entryId: 'sword', containerId: 'pack' }, catalog));
    expect(equipItem(packed, { entryId: 'sword' }, catalog)).toMatchObject({ reason: 'in-container' });
  });

  it('attunes to at most three items that require attunement', () => {
    expect(attuneItem(base, { entryId: 'sword' }, catalog)).toMatchObject({ reason: 'attunement-not-required' });
    let inventory = base;
    for (const entryId of ['cloak', 'ring-1', 'ring-2'])
      inventory = expectOk(attuneItem(inventory, { entryId }, catalog));
    expect(attuneItem(inventory, { entryId: 'ring-3' }, catalog)).toMatchObject({ reason: 'attunement-limit' });
    inventory = expectOk(unattuneItem(inventory, { entryId: 'cloak' }));
    expect(attuneItem(inventory, { entryId: 'ring-3' }, catalog).ok).toBe(true);
  });
});

describe('charges', () => {
  const base = withItems({ entryId: 'wand', itemId: 'wand-of-magic-missiles', quantity: 1 });

  it('start full, are spent, and return at dawn (rolled or full) but not on a long rest', () => {
    expect(findEntry(base, 'wand')?.charges).toBe(7);
    const used = expectOk(useCharges(base, { entryId: 'wand', count: 6 }, catalog));
    expect(useCharges(used, { entryId: 'wand', count: 2 }, catalog)).toMatchObject({ reason: 'not-enough-charges' });
    const rested = expectOk(rechargeItems(used, { trigger: 'long-rest' }, catalog));
    expect(findEntry(rested, 'wand')?.charges).toBe(1);
    const dawn = expectOk(rechargeItems(used, { trigger: 'dawn', regained: { wand: 4 } }, catalog));
    expect(findEntry(dawn, 'wand')?.charges).toBe(5);
    const full = expectOk(rechargeItems(dawn, { trigger: 'dawn', regained: { wand: 6 } }, catalog));
    expect(findEntry(full, 'wand')?.charges).toBe(7);
  });

  it('items without charges say so', () => {
    const rope = withItems({ entryId: 'rope', itemId: 'rope', quantity: 1 });
    expect(useCharges(rope, { entryId: 'rope' }, catalog)).toMatchObject({ reason: 'no-charges' });
  });
});

describe('currency', () => {
  const purse = (coins: Partial<Currency>): Currency => ({ ...NO_MONEY, ...coins });

  it.each([
    { name: 'exact coins', from: { gp: 10 }, spend: { amount: 3, denomination: 'gp' as const }, to: { gp: 7 } },
    {
      name: 'smaller coins when short',
      from: { gp: 1, sp: 30 },
      spend: { amount: 3, denomination: 'gp' as const },
      to: { sp: 10 },
    },
    {
      name: 'breaks a platinum piece',
      from: { pp: 1 },
      spend: { amount: 5, denomination: 'gp' as const },
      to: { gp: 5 },
    },
    {
      name: 'change in silver and copper',
      from: { gp: 1 },
      spend: { amount: 13, denomination: 'cp' as const },
      to: { sp: 8, cp: 7 },
    },
    { name: 'several large coins', from: { pp: 6 }, spend: { amount: 52, denomination: 'gp' as const }, to: { gp: 8 } },
    { name: 'electrum counts', from: { ep: 3 }, spend: { amount: 1, denomination: 'gp' as const }, to: { ep: 1 } },
  ])('spend: $name', ({ from, spend, to }) => {
    const result = spendCurrency(purse(from), spend);
    expect(result).toEqual({ ok: true, currency: purse(to) });
  });

  it('no overdraft', () => {
    expect(spendCurrency(purse({ gp: 2, sp: 9 }), { amount: 3, denomination: 'gp' })).toMatchObject({
      ok: false,
      reason: 'not-enough-money',
    });
  });

  it('converts at value, in whole coins only', () => {
    expect(convertCurrency(purse({ gp: 3 }), { from: 'gp', to: 'sp', amount: 2 })).toEqual({
      ok: true,
      currency: purse({ gp: 1, sp: 20 }),
    });
    expect(convertCurrency(purse({ sp: 3 }), { from: 'sp', to: 'gp', amount: 3 })).toMatchObject({
      reason: 'uneven-conversion',
    });
    expect(convertCurrency(purse({ sp: 3 }), { from: 'sp', to: 'cp', amount: 4 })).toMatchObject({
      reason: 'not-enough-money',
    });
  });

  it('totals in gold', () => {
    expect(totalValueInGold(purse({ pp: 1, gp: 2, ep: 1, sp: 3, cp: 4 }))).toBeCloseTo(12.84);
  });

  const currency = fc.record({
    cp: fc.nat(500),
    sp: fc.nat(500),
    ep: fc.nat(50),
    gp: fc.nat(500),
    pp: fc.nat(50),
  });
  const denomination = fc.constantFrom(...DENOMINATIONS);

  it('property: spending never goes negative and removes exactly the price', () => {
    fc.assert(
      fc.property(currency, fc.nat(2000), denomination, (coins, amount, unit) => {
        const result = spendCurrency(coins, { amount, denomination: unit });
        const price = amount * { cp: 1, sp: 10, ep: 50, gp: 100, pp: 1000 }[unit];
        if (!result.ok) {
          expect(result.reason).toBe('not-enough-money');
          expect(totalValueInCopper(coins)).toBeLessThan(price);
          return;
        }
        for (const coin of DENOMINATIONS) expect(result.currency[coin]).toBeGreaterThanOrEqual(0);
        expect(totalValueInCopper(result.currency)).toBe(totalValueInCopper(coins) - price);
      }),
    );
  });

  it('property: conversion conserves the total value and never goes negative', () => {
    fc.assert(
      fc.property(currency, denomination, denomination, fc.nat(600), (coins, from, to, amount) => {
        const result = convertCurrency(coins, { from, to, amount });
        if (!result.ok) return;
        for (const coin of DENOMINATIONS) expect(result.currency[coin]).toBeGreaterThanOrEqual(0);
        expect(totalValueInCopper(result.currency)).toBe(totalValueInCopper(coins));
      }),
    );
  });

  it('gains whole coins only', () => {
    expect(gainCurrency(NO_MONEY, { gp: 15 })).toEqual({ ok: true, currency: purse({ gp: 15 }) });
    expect(gainCurrency(NO_MONEY, { gp: -1 })).toMatchObject({ reason: 'invalid-amount' });
  });
});

describe('capacity property', () => {
  const ids = ['pack', 'pouch', 'quiver', 'bag', 'pack-2', 'rations', 'mail', 'arrows', 'rope', 'bb'];
  const start = withItems(
    { entryId: 'pack', itemId: 'backpack', quantity: 1 },
    { entryId: 'pack-2', itemId: 'backpack', quantity: 1 },
    { entryId: 'pouch', itemId: 'pouch', quantity: 1 },
    { entryId: 'quiver', itemId: 'quiver', quantity: 1 },
    { entryId: 'bag', itemId: 'bag-of-holding', quantity: 1 },
    { entryId: 'rations', itemId: 'rations', quantity: 5 },
    { entryId: 'mail', itemId: 'chain-mail', quantity: 1 },
    { entryId: 'arrows', itemId: 'arrows', quantity: 1 },
    { entryId: 'rope', itemId: 'rope', quantity: 2 },
    { entryId: 'bb', itemId: 'ball-bearings', quantity: 1 },
  );
  const containers = ['pack', 'pack-2', 'pouch', 'quiver', 'bag'];
  const operation = fc.oneof(
    fc.record({
      kind: fc.constant('move' as const),
      entryId: fc.constantFrom(...ids),
      containerId: fc.option(fc.constantFrom(...containers), { nil: null }),
    }),
    fc.record({
      kind: fc.constant('quantity' as const),
      entryId: fc.constantFrom(...ids),
      quantity: fc.integer({ min: 1, max: 12 }),
    }),
  );

  it('no sequence of moves and quantity changes overfills a container or makes a cycle', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), (operations) => {
        let inventory = start;
        for (const op of operations) {
          const result =
            op.kind === 'move'
              ? moveItem(inventory, { entryId: op.entryId, containerId: op.containerId }, catalog)
              : setQuantity(inventory, { entryId: op.entryId, quantity: op.quantity }, catalog);
          if (result.ok) inventory = result.inventory;
          for (const container of containers) {
            expect(checkCapacity(inventory, container, catalog)).toBeNull();
            // No cycle: walking up from any entry ends at the top.
            let current = findEntry(inventory, container);
            const seen = new Set<string>();
            while (current?.containerId) {
              expect(seen.has(current.entryId)).toBe(false);
              seen.add(current.entryId);
              current = findEntry(inventory, current.containerId);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

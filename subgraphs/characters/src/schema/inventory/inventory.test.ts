import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createCharacter, FIGHTER, newUser, startTestCharacters, type TestCharacters } from '../test-support.js';

const owner = newUser();
const stranger = newUser();

const INVENTORY = `version armorClass { value }
  inventory {
    entries { id itemId name quantity equipped attuned weight container { id } charges { current max recharge }
      item { __typename ... on Armor { id } ... on Gear { id } ... on MagicItem { id } ... on CustomItem { name weight requiresAttunement capacity { pounds items } } } }
    currency { cp sp ep gp pp totalGp } carriedWeight carryingCapacity encumbrance }`;

const READ = `query($id: ID!) { character(id: $id) { ${INVENTORY} } }`;
const ADD = `mutation($id: ID!, $input: AddInventoryItemInput!) { addInventoryItem(id: $id, input: $input) { ${INVENTORY} } }`;
const REMOVE = `mutation($id: ID!, $e: ID!, $q: Int, $w: Boolean) { removeInventoryItem(id: $id, entryId: $e, quantity: $q, withContents: $w) { ${INVENTORY} } }`;
const MOVE = `mutation($id: ID!, $e: ID!, $c: ID) { moveInventoryItem(id: $id, entryId: $e, containerId: $c) { ${INVENTORY} } }`;
const EQUIP = `mutation($id: ID!, $e: ID!) { equipItem(id: $id, entryId: $e) { ${INVENTORY} } }`;
const UNEQUIP = `mutation($id: ID!, $e: ID!) { unequipItem(id: $id, entryId: $e) { ${INVENTORY} } }`;
const ATTUNE = `mutation($id: ID!, $e: ID!) { attuneItem(id: $id, entryId: $e) { ${INVENTORY} } }`;
const UNATTUNE = `mutation($id: ID!, $e: ID!) { unattuneItem(id: $id, entryId: $e) { ${INVENTORY} } }`;
const ADD_COINS = `mutation($id: ID!, $coins: CoinsInput!) { addCurrency(id: $id, coins: $coins) { ${INVENTORY} } }`;
const SPEND = `mutation($id: ID!, $a: Int!, $d: CurrencyUnit!) { spendCurrency(id: $id, amount: $a, denomination: $d) { ${INVENTORY} } }`;
const CONVERT = `mutation($id: ID!, $f: CurrencyUnit!, $t: CurrencyUnit!, $a: Int!) { convertCurrency(id: $id, from: $f, to: $t, amount: $a) { ${INVENTORY} } }`;
const USE_CHARGE = `mutation($id: ID!, $e: ID!, $n: Int) { useItemCharge(id: $id, entryId: $e, count: $n) { ${INVENTORY} } }`;
const RECHARGE = `mutation($id: ID!, $t: RechargeTrigger!, $r: [ChargesRegainedInput!]) { rechargeItems(id: $id, trigger: $t, regained: $r) { ${INVENTORY} } }`;

interface Entry {
  id: string;
  itemId: string | null;
  name: string;
  quantity: number;
  attuned: boolean;
  container: { id: string } | null;
  charges: { current: number; max: number; recharge: string } | null;
}

describe('inventory', () => {
  let kit: TestCharacters;

  beforeAll(async () => {
    kit = await startTestCharacters('characters_inventory');
  });
  afterAll(async () => {
    await kit?.stop();
  });

  const entryOf = (character: { inventory: { entries: Entry[] } }, itemIdOrName: string): Entry => {
    const entry = character.inventory.entries.find(
      (candidate) => candidate.itemId === itemIdOrName || candidate.name === itemIdOrName,
    );
    expect(entry, `entry ${itemIdOrName}`).toBeDefined();
    return entry!;
  };

  async function add(id: string, input: Record<string, unknown>) {
    return (await kit.ok(ADD, { id, input }, owner)).addInventoryItem;
  }

  it('fills the inventory at creation: items entered and a guided starting package', async () => {
    const paper = await createCharacter(
      kit,
      {
        ...FIGHTER,
        equipment: [
          { item: 'chain-mail', equipped: true },
          { item: 'arrows', quantity: 2 },
        ],
      },
      owner,
    );
    const { character } = await kit.ok(READ, { id: paper }, owner);
    expect(character.inventory.entries).toEqual([
      expect.objectContaining({
        itemId: 'chain-mail',
        name: 'Chain Mail',
        quantity: 1,
        equipped: true,
        item: { __typename: 'Armor', id: 'chain-mail' },
      }),
      expect.objectContaining({
        itemId: 'arrows',
        quantity: 2,
        equipped: false,
        item: { __typename: 'Gear', id: 'arrows' },
      }),
    ]);
    // Chain mail (16) comes from the inventory; DEX does not apply to heavy armor.
    expect(character.armorClass.value).toBe(16);

    const guided = await createCharacter(
      kit,
      {
        name: 'Guided',
        species: 'dwarf',
        background: 'soldier',
        classes: [{ class: 'fighter', level: 1 }],
        abilityScores: { method: 'STANDARD_ARRAY', str: 15, dex: 13, con: 14, int: 8, wis: 12, cha: 10 },
        backgroundIncreases: { str: 2, con: 1 },
        skillProficiencies: ['acrobatics', 'perception'],
        firstLevel: { featureFeats: [{ feat: 'defense' }] },
        startingEquipment: { background: 'ITEMS', picks: ['dice'] },
      },
      owner,
    );
    const started = (await kit.ok(READ, { id: guided }, owner)).character;
    // The Soldier's package: its items in the inventory, its 14 gp in the purse.
    expect(started.inventory.entries.map((entry: Entry) => entry.itemId)).toEqual(
      expect.arrayContaining(['spear', 'shortbow', 'arrows', 'healers-kit', 'quiver', 'clothes-travelers']),
    );
    expect(started.inventory.currency.gp).toBe(14);
  });

  it('adds catalog and custom items, packs them into containers within capacity, and moves them out', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    let character = await add(id, { item: 'backpack' });
    const backpack = entryOf(character, 'backpack');
    expect(backpack).toMatchObject({ name: 'Backpack', quantity: 1 });
    expect(character.inventory).toMatchObject({ carriedWeight: 5, carryingCapacity: 240, encumbrance: 'UNENCUMBERED' });

    character = await add(id, { item: 'rope', quantity: 2, containerId: backpack.id });
    const rope = entryOf(character, 'rope');
    expect(rope).toMatchObject({ quantity: 2, container: { id: backpack.id }, weight: 5 });
    character = await add(id, {
      custom: { name: 'Lucky stone', weight: 1, cost: { quantity: 5, unit: 'SP' } },
      containerId: backpack.id,
    });
    expect(entryOf(character, 'Lucky stone')).toMatchObject({
      itemId: null,
      item: { __typename: 'CustomItem', name: 'Lucky stone', weight: 1, requiresAttunement: false, capacity: null },
    });
    expect(character.inventory.carriedWeight).toBe(16);

    // 11 lb inside; 20 more would make 31 of the backpack's 30.
    const over = await kit.fails(
      'BAD_USER_INPUT',
      ADD,
      { id, input: { item: 'rations', quantity: 10, containerId: backpack.id } },
      owner,
    );
    expect(over.message).toMatch(/Backpack holds 30 lb/);
    const tooMuch = await add(id, { item: 'rations', quantity: 10 });
    const rations = entryOf(tooMuch, 'rations');
    expect(
      (await kit.fails('BAD_USER_INPUT', MOVE, { id, e: rations.id, c: backpack.id }, owner)).extensions.field,
    ).toBe('containerId');
    const cycle = await kit.fails('BAD_USER_INPUT', MOVE, { id, e: backpack.id, c: backpack.id }, owner);
    expect(cycle.message).toMatch(/containerId: .*itself/);
    const notContainer = await kit.fails('BAD_USER_INPUT', MOVE, { id, e: backpack.id, c: rations.id }, owner);
    expect(notContainer.message).toMatch(/not a container/);

    character = (await kit.ok(MOVE, { id, e: rope.id, c: null }, owner)).moveInventoryItem;
    expect(entryOf(character, 'rope').container).toBeNull();

    // A quiver counts pieces: 20 arrows (one bundle) fit, the next bundle does not.
    character = await add(id, { item: 'quiver' });
    const quiver = entryOf(character, 'quiver');
    await add(id, { item: 'arrows', containerId: quiver.id });
    expect(
      (await kit.fails('BAD_USER_INPUT', ADD, { id, input: { item: 'arrows', containerId: quiver.id } }, owner))
        .message,
    ).toMatch(/Quiver holds 20 items/);

    const unknown = await kit.fails('BAD_USER_INPUT', ADD, { id, input: { item: 'vorpal-teaspoon' } }, owner);
    expect(unknown.extensions.field).toBe('input.item');
    const both = await kit.fails(
      'BAD_USER_INPUT',
      ADD,
      { id, input: { item: 'rope', custom: { name: 'x', weight: 1 } } },
      owner,
    );
    expect(both.extensions.field).toBe('input.item');
    const badWeight = await kit.fails(
      'BAD_USER_INPUT',
      ADD,
      { id, input: { custom: { name: 'Anvil', weight: -1 } } },
      owner,
    );
    expect(badWeight.extensions.field).toBe('input.custom.weight');
  });

  it('removes part of a stack, refuses to drop a full container without withContents', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    const backpack = entryOf(await add(id, { item: 'backpack' }), 'backpack');
    const rations = entryOf(await add(id, { item: 'rations', quantity: 5, containerId: backpack.id }), 'rations');
    let character = (await kit.ok(REMOVE, { id, e: rations.id, q: 2 }, owner)).removeInventoryItem;
    expect(entryOf(character, 'rations').quantity).toBe(3);
    expect((await kit.fails('BAD_USER_INPUT', REMOVE, { id, e: rations.id, q: 4 }, owner)).extensions.field).toBe(
      'quantity',
    );
    expect((await kit.fails('BAD_USER_INPUT', REMOVE, { id, e: backpack.id }, owner)).message).toMatch(
      /still holds 1 entry/,
    );
    character = (await kit.ok(REMOVE, { id, e: backpack.id, w: true }, owner)).removeInventoryItem;
    expect(character.inventory.entries).toEqual([]);
    const missing = await kit.fails('NOT_FOUND', REMOVE, { id, e: backpack.id }, owner);
    expect(missing.extensions.field).toBe('entryId');
  });

  it('equips armor and shields (one each), and attunes to at most three items; the sheet follows', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    const mail = entryOf(await add(id, { item: 'chain-mail' }), 'chain-mail');
    const plate = entryOf(await add(id, { item: 'plate-armor' }), 'plate-armor');
    let character = (await kit.ok(EQUIP, { id, e: mail.id }, owner)).equipItem;
    expect(character.armorClass.value).toBe(16);
    const second = await kit.fails('BAD_USER_INPUT', EQUIP, { id, e: plate.id }, owner);
    expect(second.message).toBe('entryId: Chain Mail is already worn; unequip it first.');
    character = await add(id, { item: 'shield', equipped: true });
    expect(character.armorClass.value).toBe(18);
    character = (await kit.ok(UNEQUIP, { id, e: mail.id }, owner)).unequipItem;
    expect(character.armorClass.value).toBe(13);

    const cloak = entryOf(await add(id, { item: 'cloak-of-protection', equipped: true }), 'cloak-of-protection');
    character = (await kit.ok(ATTUNE, { id, e: cloak.id }, owner)).attuneItem;
    expect(character.armorClass.value).toBe(14);
    await add(id, { item: 'ring-of-protection', equipped: true, attuned: true });
    await add(id, { item: 'amulet-of-health', equipped: true, attuned: true });
    const bracers = entryOf(await add(id, { item: 'bracers-of-defense', equipped: true }), 'bracers-of-defense');
    const fourth = await kit.fails('BAD_USER_INPUT', ATTUNE, { id, e: bracers.id }, owner);
    expect(fourth.message).toBe('entryId: Already attuned to 3 items (at most 3); end an attunement first.');
    expect(
      (await kit.fails('BAD_USER_INPUT', ADD, { id, input: { item: 'headband-of-intellect', attuned: true } }, owner))
        .message,
    ).toMatch(/at most 3/);
    character = (await kit.ok(UNATTUNE, { id, e: cloak.id }, owner)).unattuneItem;
    expect(entryOf(character, 'cloak-of-protection').attuned).toBe(false);
    expect((await kit.fails('BAD_USER_INPUT', ATTUNE, { id, e: mail.id }, owner)).message).toMatch(
      /does not require attunement/,
    );
  });

  it('keeps coins: adds, spends with change, converts, and never overdraws', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    let character = (await kit.ok(ADD_COINS, { id, coins: { gp: 10, sp: 5 } }, owner)).addCurrency;
    expect(character.inventory.currency).toEqual({ cp: 0, sp: 5, ep: 0, gp: 10, pp: 0, totalGp: 10.5 });
    character = (await kit.ok(SPEND, { id, a: 7, d: 'SP' }, owner)).spendCurrency;
    expect(character.inventory.currency).toMatchObject({ sp: 8, gp: 9, totalGp: 9.8 });
    const overdraft = await kit.fails('BAD_USER_INPUT', SPEND, { id, a: 10, d: 'GP' }, owner);
    expect(overdraft.message).toMatch(/^amount: Not enough money/);
    character = (await kit.ok(CONVERT, { id, f: 'GP', t: 'CP', a: 2 }, owner)).convertCurrency;
    expect(character.inventory.currency).toMatchObject({ cp: 200, gp: 7 });
    const uneven = await kit.fails('BAD_USER_INPUT', CONVERT, { id, f: 'SP', t: 'GP', a: 3 }, owner);
    expect(uneven.extensions.field).toBe('amount');
    expect((await kit.fails('BAD_USER_INPUT', ADD_COINS, { id, coins: { gp: -1 } }, owner)).extensions.field).toBe(
      'coins.gp',
    );
    expect((await kit.fails('BAD_USER_INPUT', SPEND, { id, a: 0, d: 'GP' }, owner)).extensions.field).toBe('amount');
  });

  it('spends and recharges item charges', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    const wand = entryOf(await add(id, { item: 'wand-of-magic-missiles' }), 'wand-of-magic-missiles');
    let character = (await kit.ok(USE_CHARGE, { id, e: wand.id, n: 5 }, owner)).useItemCharge;
    expect(entryOf(character, 'wand-of-magic-missiles').charges).toEqual({ current: 2, max: 7, recharge: 'DAWN' });
    const tooMany = await kit.fails('BAD_USER_INPUT', USE_CHARGE, { id, e: wand.id, n: 3 }, owner);
    expect(tooMany.message).toBe('count: Wand of Magic Missiles has 2 charges left; 3 asked.');
    character = (await kit.ok(RECHARGE, { id, t: 'DAWN', r: [{ entryId: wand.id, charges: 4 }] }, owner)).rechargeItems;
    expect(entryOf(character, 'wand-of-magic-missiles').charges!.current).toBe(6);
    character = (await kit.ok(RECHARGE, { id, t: 'DAWN' }, owner)).rechargeItems;
    expect(entryOf(character, 'wand-of-magic-missiles').charges!.current).toBe(7);
    const rope = entryOf(await add(id, { item: 'rope' }), 'rope');
    expect((await kit.fails('BAD_USER_INPUT', USE_CHARGE, { id, e: rope.id }, owner)).message).toMatch(
      /has no charges/,
    );
  });

  it('appends a version per change with a reason, and leaves the character alone on failure', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    await add(id, { item: 'rope' });
    await kit.ok(ADD_COINS, { id, coins: { gp: 1 } }, owner);
    await kit.fails('BAD_USER_INPUT', SPEND, { id, a: 5, d: 'GP' }, owner);
    expect(await kit.versionCount(id)).toBe(3);
    const { character } = await kit.ok(
      'query($id: ID!) { character(id: $id) { version versions { edges { node { version reason author { id } } } } } }',
      { id },
      owner,
    );
    expect(character.version).toBe(3);
    expect(character.versions.edges.map((edge: { node: { reason: string } }) => edge.node.reason)).toEqual([
      'Gained 1 gp',
      'Added Rope',
      'Created',
    ]);
  });

  it('lets only the owner change the inventory', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    const rope = entryOf(await add(id, { item: 'rope' }), 'rope');
    const calls: [string, Record<string, unknown>][] = [
      [ADD, { id, input: { item: 'rope' } }],
      [REMOVE, { id, e: rope.id }],
      [MOVE, { id, e: rope.id, c: null }],
      [EQUIP, { id, e: rope.id }],
      [UNEQUIP, { id, e: rope.id }],
      [ATTUNE, { id, e: rope.id }],
      [UNATTUNE, { id, e: rope.id }],
      [ADD_COINS, { id, coins: { gp: 1 } }],
      [SPEND, { id, a: 1, d: 'CP' }],
      [CONVERT, { id, f: 'GP', t: 'SP', a: 1 }],
      [USE_CHARGE, { id, e: rope.id }],
      [RECHARGE, { id, t: 'DAWN' }],
    ];
    for (const [query, variables] of calls) {
      await kit.fails('FORBIDDEN', query, variables, stranger);
      await kit.fails('UNAUTHENTICATED', query, variables);
    }
    await kit.fails('BAD_USER_INPUT', ADD, { id: 'not-a-uuid', input: { item: 'rope' } }, owner);
    expect(await kit.versionCount(id)).toBe(2);
  });
});

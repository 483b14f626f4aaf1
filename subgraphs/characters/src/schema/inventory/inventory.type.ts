import { createUnionType, Field, Float, ID, Int, ObjectType } from 'type-graphql';

import { ArmorReference, GearReference, MagicItemReference, WeaponReference } from '../catalog/catalog-stubs.js';
import { CurrencyUnitEnum, EncumbranceEnum, RechargeEnum } from '../common/enums.js';
import { ThemedItemLook } from '../theme/theme.type.js';

@ObjectType('ItemCost', { description: 'A price: a number of coins of one kind.' })
export class ItemCost {
  @Field(() => Int)
  quantity!: number;

  @Field(() => CurrencyUnitEnum)
  unit!: CurrencyUnitEnum;
}

@ObjectType('ItemCapacity', { description: 'What a container holds: pounds, pieces, or both.' })
export class ItemCapacity {
  @Field(() => Float, { nullable: true })
  pounds!: number | null;

  @Field(() => Int, { nullable: true })
  items!: number | null;
}

@ObjectType('CustomItem', { description: 'An item the player described instead of picking it from the catalog.' })
export class CustomItem {
  /** Not a field: for the union's resolveType. */
  __typename!: 'CustomItem';

  @Field(() => String)
  name!: string;

  @Field(() => Float, { description: 'Pounds per unit.' })
  weight!: number;

  @Field(() => ItemCost, { nullable: true })
  cost!: ItemCost | null;

  @Field(() => Boolean)
  requiresAttunement!: boolean;

  @Field(() => ItemCapacity, { nullable: true, description: 'Set when it is a container.' })
  capacity!: ItemCapacity | null;
}

export const InventoryItemUnion = createUnionType({
  name: 'InventoryItem',
  description: 'What an inventory entry is: a catalog item (armor, weapon, gear, magic item) or a custom item.',
  types: () => [ArmorReference, WeaponReference, GearReference, MagicItemReference, CustomItem] as const,
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});

@ObjectType('ItemCharges', { description: 'Charges left of an item that has them, and when they come back.' })
export class ItemCharges {
  @Field(() => Int)
  current!: number;

  @Field(() => Int)
  max!: number;

  @Field(() => RechargeEnum)
  recharge!: RechargeEnum;
}

@ObjectType('InventoryEntry', { description: 'A stack of one item in the inventory.' })
export class InventoryEntry {
  @Field(() => ID, { description: 'Stable id of this entry (pass it as `entryId` / `containerId`).' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The catalog id; null for a custom item.' })
  itemId!: string | null;

  @Field(() => InventoryItemUnion, { nullable: true, description: 'The item; null when a catalog id is unknown.' })
  item!: typeof InventoryItemUnion | null;

  @Field(() => String, { description: 'The item name as the rules catalog knows it (custom: as entered).' })
  name!: string;

  @Field(() => String, { description: 'The name to show: its themed name when adapted to a theme, else `name`.' })
  displayName!: string;

  @Field(() => ThemedItemLook, {
    nullable: true,
    description: 'Its look in a campaign theme (an ADAPTed item, remembering its root); null: its root look.',
  })
  themed!: ThemedItemLook | null;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Boolean, { description: 'Worn or wielded: its effects (armor, magic) act on the sheet.' })
  equipped!: boolean;

  @Field(() => Boolean)
  attuned!: boolean;

  @Field(() => InventoryEntry, { nullable: true, description: 'The container holding it; null when carried loose.' })
  container!: InventoryEntry | null;

  @Field(() => ItemCharges, { nullable: true })
  charges!: ItemCharges | null;

  @Field(() => Float, { description: 'Pounds per unit.' })
  weight!: number;
}

@ObjectType('Currency', { description: 'Coins carried (50 weigh a pound).' })
export class Currency {
  @Field(() => Int) cp!: number;
  @Field(() => Int) sp!: number;
  @Field(() => Int) ep!: number;
  @Field(() => Int) gp!: number;
  @Field(() => Int) pp!: number;

  @Field(() => Float, { description: 'Everything in gold pieces.' })
  totalGp!: number;
}

@ObjectType('CharacterInventory', { description: 'Where items live: entries, containers, coins, and the load.' })
export class CharacterInventory {
  @Field(() => [InventoryEntry])
  entries!: InventoryEntry[];

  @Field(() => Currency)
  currency!: Currency;

  @Field(() => Float, {
    description: 'Pounds carried: items (contents of extradimensional containers excluded) and coins.',
  })
  carriedWeight!: number;

  @Field(() => Float, { description: 'Carrying capacity in pounds (STR × 15, by size).' })
  carryingCapacity!: number;

  @Field(() => EncumbranceEnum)
  encumbrance!: EncumbranceEnum;
}

import { requireIdentity } from '@grimoire/platform';
import {
  carriedWeight,
  encumbranceState,
  type Inventory,
  itemInfo,
  type RulesCatalog,
  totalValueInGold,
} from '@grimoire/rules';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';

import type { CharactersContext } from '../../context.js';
import {
  addCurrency,
  addInventoryItem,
  changeInventoryEntry,
  convertCurrency,
  rechargeCharacterItems,
  removeInventoryItem,
  moveInventoryItem,
  spendCurrency,
  useItemCharge,
} from '../../domain/change-inventory.js';
import { itemReference } from '../catalog/item-reference.js';
import { CurrencyUnitEnum, EncumbranceEnum, RechargeTriggerEnum } from '../common/enums.js';
import { Character, characterFromRow } from '../character/character.type.js';
import { AddInventoryItemInput, ChargesRegainedInput, CoinsInput } from './inventory.input.js';
import { themedItemLookOf } from '../theme/theme.type.js';
import { CharacterInventory, type InventoryEntry } from './inventory.type.js';

/** The API's view of an inventory: names, weights and charges from the catalog the sheet used. */
export function inventoryOf(inventory: Inventory, catalog: RulesCatalog, capacity: number): CharacterInventory {
  const byId = new Map<string, InventoryEntry>();
  const entries = inventory.entries.map((entry): InventoryEntry => {
    const info = itemInfo(entry, catalog);
    const mapped: InventoryEntry = {
      id: entry.entryId,
      itemId: entry.itemId ?? null,
      item: entry.custom
        ? {
            __typename: 'CustomItem',
            name: entry.custom.name,
            weight: entry.custom.weight,
            cost: entry.custom.cost ? { quantity: entry.custom.cost.quantity, unit: entry.custom.cost.unit } : null,
            requiresAttunement: entry.custom.requiresAttunement ?? false,
            capacity: entry.custom.capacity
              ? { pounds: entry.custom.capacity.pounds ?? null, items: entry.custom.capacity.items ?? null }
              : null,
          }
        : entry.itemId
          ? itemReference(entry.itemId)
          : null,
      name: info?.name ?? entry.itemId ?? '?',
      displayName: entry.themed?.name ?? info?.name ?? entry.itemId ?? '?',
      themed: themedItemLookOf(entry.themed),
      quantity: entry.quantity,
      equipped: entry.equipped,
      attuned: entry.attuned,
      container: null,
      charges: info?.charges
        ? {
            current: entry.charges ?? info.charges.max,
            max: info.charges.max,
            recharge: info.charges.recharge,
          }
        : null,
      weight: info?.weight ?? 0,
    };
    byId.set(entry.entryId, mapped);
    return mapped;
  });
  inventory.entries.forEach((entry, index) => {
    entries[index].container = entry.containerId === null ? null : (byId.get(entry.containerId) ?? null);
  });
  const weight = carriedWeight(inventory, catalog);
  const encumbrance = encumbranceState(weight, capacity) as EncumbranceEnum;
  return {
    entries,
    currency: { ...inventory.currency, totalGp: totalValueInGold(inventory.currency) },
    carriedWeight: weight,
    carryingCapacity: capacity,
    encumbrance,
  };
}

@Resolver(() => Character)
export class InventoryResolver {
  @FieldResolver(() => CharacterInventory, { description: 'Items, containers and coins: the one place items live.' })
  async inventory(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<CharacterInventory> {
    const sheet = await ctx.loaders.sheet.load(character.row);
    return inventoryOf(character.row.inventory, sheet.catalog, sheet.derived.carrying.capacity.value);
  }

  @Mutation(() => Character, { description: 'Adds a catalog or custom item to your character’s inventory.' })
  async addInventoryItem(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AddInventoryItemInput) input: AddInventoryItemInput,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await addInventoryItem(ctx, viewer.userId, id, input));
  }

  @Mutation(() => Character, {
    description: 'Removes some (or all) of an entry; a container that holds things needs withContents.',
  })
  async removeInventoryItem(
    @Arg('id', () => ID) id: string,
    @Arg('entryId', () => ID) entryId: string,
    @Arg('quantity', () => Int, { nullable: true, description: 'Default: all of it.' }) quantity: number | null,
    @Arg('withContents', () => Boolean, { defaultValue: false }) withContents: boolean,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await removeInventoryItem(ctx, viewer.userId, id, entryId, quantity, withContents));
  }

  @Mutation(() => Character, {
    description: 'Moves an entry into a container (capacity checked), or out with containerId null.',
  })
  async moveInventoryItem(
    @Arg('id', () => ID) id: string,
    @Arg('entryId', () => ID) entryId: string,
    @Arg('containerId', () => ID, { nullable: true }) containerId: string | null,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await moveInventoryItem(ctx, viewer.userId, id, entryId, containerId));
  }

  @Mutation(() => Character, { description: 'Wears or wields an entry (one armor, one shield).' })
  async equipItem(
    @Arg('id', () => ID) id: string,
    @Arg('entryId', () => ID) entryId: string,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await changeInventoryEntry(ctx, viewer.userId, id, entryId, 'equip'));
  }

  @Mutation(() => Character)
  async unequipItem(
    @Arg('id', () => ID) id: string,
    @Arg('entryId', () => ID) entryId: string,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await changeInventoryEntry(ctx, viewer.userId, id, entryId, 'unequip'));
  }

  @Mutation(() => Character, { description: 'Attunes to a magic item that requires it (at most 3).' })
  async attuneItem(
    @Arg('id', () => ID) id: string,
    @Arg('entryId', () => ID) entryId: string,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await changeInventoryEntry(ctx, viewer.userId, id, entryId, 'attune'));
  }

  @Mutation(() => Character)
  async unattuneItem(
    @Arg('id', () => ID) id: string,
    @Arg('entryId', () => ID) entryId: string,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await changeInventoryEntry(ctx, viewer.userId, id, entryId, 'unattune'));
  }

  @Mutation(() => Character, { description: 'Adds coins.' })
  async addCurrency(
    @Arg('id', () => ID) id: string,
    @Arg('coins', () => CoinsInput) coins: CoinsInput,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await addCurrency(ctx, viewer.userId, id, coins));
  }

  @Mutation(() => Character, { description: 'Pays coins, making change; never overdraws.' })
  async spendCurrency(
    @Arg('id', () => ID) id: string,
    @Arg('amount', () => Int) amount: number,
    @Arg('denomination', () => CurrencyUnitEnum) denomination: CurrencyUnitEnum,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await spendCurrency(ctx, viewer.userId, id, amount, denomination));
  }

  @Mutation(() => Character, { description: 'Exchanges coins at their value (whole coins only).' })
  async convertCurrency(
    @Arg('id', () => ID) id: string,
    @Arg('from', () => CurrencyUnitEnum) from: CurrencyUnitEnum,
    @Arg('to', () => CurrencyUnitEnum) to: CurrencyUnitEnum,
    @Arg('amount', () => Int, { description: 'Coins of `from` to exchange.' }) amount: number,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await convertCurrency(ctx, viewer.userId, id, from, to, amount));
  }

  @Mutation(() => Character, { description: 'Spends charges of an item (default 1).' })
  async useItemCharge(
    @Arg('id', () => ID) id: string,
    @Arg('entryId', () => ID) entryId: string,
    @Arg('count', () => Int, { nullable: true }) count: number | null,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await useItemCharge(ctx, viewer.userId, id, entryId, count));
  }

  @Mutation(() => Character, {
    description: 'Recharges items at dawn or on a rest (rolled regains per entry; others come back full).',
  })
  async rechargeItems(
    @Arg('id', () => ID) id: string,
    @Arg('trigger', () => RechargeTriggerEnum) trigger: RechargeTriggerEnum,
    @Arg('regained', () => [ChargesRegainedInput], { nullable: true }) regained: ChargesRegainedInput[] | null,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await rechargeCharacterItems(ctx, viewer.userId, id, { trigger, regained }));
  }
}

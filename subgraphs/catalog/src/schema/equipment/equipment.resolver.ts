import { PAGE_SIZE_DEFAULT } from '@grimoire/platform';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';

import type { CatalogContext } from '../../context.js';
import { listEquipment } from '../../domain/list-content.js';
import { toConnection } from '../common/connection.js';
import { toOrders } from '../common/order.js';
import { magicItemFromEntry, MagicItemType } from '../magic-item/magic-item.type.js';
import { EquipmentFilter, EquipmentOrder } from './equipment.input.js';
import {
  type AnyEquipment,
  EquipmentConnection,
  EquipmentType,
  equipmentFromEntry,
  ItemType,
} from './equipment.type.js';

@Resolver()
export class EquipmentResolver {
  @Query(() => EquipmentConnection, { description: 'Armor, weapons and gear, filtered, ordered and paged.' })
  async equipment(
    @Arg('filter', () => EquipmentFilter, { nullable: true }) filter: EquipmentFilter | null,
    @Arg('orderBy', () => [EquipmentOrder], { nullable: true, description: 'Default: NAME ascending.' })
    orderBy: EquipmentOrder[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT, description: 'Page size, 1-100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<EquipmentConnection> {
    return toConnection(await listEquipment(ctx.read, filter, toOrders(orderBy), { first, after }), equipmentFromEntry);
  }

  @Query(() => EquipmentType, { nullable: true, description: 'Armor, a weapon or gear by id; null when unknown.' })
  async equipmentItem(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<AnyEquipment | null> {
    const entry = await ctx.entries.equipment.load(id);
    return entry ? equipmentFromEntry(entry) : null;
  }

  @Query(() => ItemType, {
    nullable: true,
    description: 'Any item by id: equipment or a magic item (what inventories hold); null when unknown or not visible.',
  })
  async item(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<AnyEquipment | MagicItemType | null> {
    const [equipment, magicItem] = await Promise.all([
      ctx.entries.equipment.load(id),
      ctx.entries['magic-item'].load(id),
    ]);
    if (equipment) return equipmentFromEntry(equipment);
    return magicItem ? magicItemFromEntry(magicItem) : null;
  }
}

import { PAGE_SIZE_DEFAULT } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import type { CatalogContext } from '../../context.js';
import { listMagicItems } from '../../domain/list-content.js';
import { loadDescription } from '../catalog-entry/description.resolver.js';
import { toConnection } from '../common/connection.js';
import { toOrders } from '../common/order.js';
import { type AnyEquipment, EquipmentType, equipmentFromEntry } from '../equipment/equipment.type.js';
import { MagicItemFilter, MagicItemOrder } from './magic-item.input.js';
import { MagicItemConnection, MagicItemType, magicItemFromEntry } from './magic-item.type.js';

@Resolver(() => MagicItemType)
export class MagicItemResolver {
  @Query(() => MagicItemConnection, {
    description: 'Magic items: the SRD, your homebrew and homebrew your campaigns allow, filtered, ordered and paged.',
  })
  async magicItems(
    @Arg('filter', () => MagicItemFilter, { nullable: true }) filter: MagicItemFilter | null,
    @Arg('orderBy', () => [MagicItemOrder], { nullable: true, description: 'Default: NAME ascending.' })
    orderBy: MagicItemOrder[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT, description: 'Page size, 1-100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<MagicItemConnection> {
    return toConnection(
      await listMagicItems(ctx.read, filter, toOrders(orderBy), { first, after }),
      magicItemFromEntry,
    );
  }

  @Query(() => MagicItemType, { nullable: true, description: 'A magic item by id; null when unknown or not visible.' })
  async magicItem(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<MagicItemType | null> {
    const entry = await ctx.entries['magic-item'].load(id);
    return entry ? magicItemFromEntry(entry) : null;
  }

  @FieldResolver(() => EquipmentType, { nullable: true, description: 'The mundane item it is built on.' })
  async baseItem(@Root() root: MagicItemType, @Ctx() ctx: CatalogContext): Promise<AnyEquipment | null> {
    if (!root.baseItemId) return null;
    const entry = await ctx.entries.equipment.load(root.baseItemId);
    return entry ? equipmentFromEntry(entry) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() root: MagicItemType, @Ctx() ctx: CatalogContext): Promise<string | null> {
    return loadDescription(root, ctx);
  }
}

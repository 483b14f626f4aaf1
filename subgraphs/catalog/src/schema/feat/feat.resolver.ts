import { PAGE_SIZE_DEFAULT } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import type { CatalogContext } from '../../context.js';
import { listFeats } from '../../domain/list-content.js';
import { loadDescription } from '../catalog-entry/description.resolver.js';
import { toConnection } from '../common/connection.js';
import { toOrders } from '../common/order.js';
import { FeatFilter, FeatOrder } from './feat.input.js';
import { FeatConnection, FeatType, featFromEntry } from './feat.type.js';

@Resolver(() => FeatType)
export class FeatResolver {
  @Query(() => FeatConnection, {
    description: 'Feats: the SRD, your homebrew and homebrew your campaigns allow, filtered, ordered and paged.',
  })
  async feats(
    @Arg('filter', () => FeatFilter, { nullable: true }) filter: FeatFilter | null,
    @Arg('orderBy', () => [FeatOrder], { nullable: true, description: 'Default: NAME ascending.' })
    orderBy: FeatOrder[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT, description: 'Page size, 1-100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<FeatConnection> {
    return toConnection(await listFeats(ctx.read, filter, toOrders(orderBy), { first, after }), featFromEntry);
  }

  @Query(() => FeatType, { nullable: true, description: 'A feat by id; null when unknown or not visible.' })
  async feat(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<FeatType | null> {
    const entry = await ctx.entries.feat.load(id);
    return entry ? featFromEntry(entry) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() root: FeatType, @Ctx() ctx: CatalogContext): Promise<string | null> {
    return loadDescription(root, ctx);
  }
}

import { PAGE_SIZE_DEFAULT } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import type { CatalogContext } from '../../context.js';
import { listBackgrounds } from '../../domain/list-content.js';
import { loadDescription } from '../catalog-entry/description.resolver.js';
import { toConnection } from '../common/connection.js';
import { toOrders } from '../common/order.js';
import { FeatType, featFromEntry } from '../feat/feat.type.js';
import { BackgroundFilter, BackgroundOrder } from './background.input.js';
import { BackgroundConnection, BackgroundType, backgroundFromEntry } from './background.type.js';

@Resolver(() => BackgroundType)
export class BackgroundResolver {
  @Query(() => BackgroundConnection, { description: 'Backgrounds, filtered, ordered and paged.' })
  async backgrounds(
    @Arg('filter', () => BackgroundFilter, { nullable: true }) filter: BackgroundFilter | null,
    @Arg('orderBy', () => [BackgroundOrder], { nullable: true, description: 'Default: NAME ascending.' })
    orderBy: BackgroundOrder[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT, description: 'Page size, 1-100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<BackgroundConnection> {
    return toConnection(
      await listBackgrounds(ctx.read, filter, toOrders(orderBy), { first, after }),
      backgroundFromEntry,
    );
  }

  @Query(() => BackgroundType, { nullable: true, description: 'A background by id; null when unknown.' })
  async background(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<BackgroundType | null> {
    const entry = await ctx.entries.background.load(id);
    return entry ? backgroundFromEntry(entry) : null;
  }

  @FieldResolver(() => FeatType, { nullable: true, description: 'The origin feat it grants.' })
  async feat(@Root() root: BackgroundType, @Ctx() ctx: CatalogContext): Promise<FeatType | null> {
    const entry = await ctx.entries.feat.load(root.featId);
    return entry ? featFromEntry(entry) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() root: BackgroundType, @Ctx() ctx: CatalogContext): Promise<string | null> {
    return loadDescription(root, ctx);
  }
}

import { PAGE_SIZE_DEFAULT } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import type { CatalogContext } from '../../context.js';
import { listSpells } from '../../domain/list-content.js';
import { loadDescription } from '../catalog-entry/description.resolver.js';
import { CharacterClassType, classFromEntry } from '../class/class.type.js';
import { toConnection } from '../common/connection.js';
import { toOrders } from '../common/order.js';
import { SpellFilter, SpellOrder } from './spell.input.js';
import { SpellConnection, SpellType, spellFromEntry } from './spell.type.js';

@Resolver(() => SpellType)
export class SpellResolver {
  @Query(() => SpellConnection, {
    description: 'Spells: the SRD, your homebrew and homebrew your campaigns allow, filtered, ordered and paged.',
  })
  async spells(
    @Arg('filter', () => SpellFilter, { nullable: true }) filter: SpellFilter | null,
    @Arg('orderBy', () => [SpellOrder], { nullable: true, description: 'Default: NAME ascending.' })
    orderBy: SpellOrder[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT, description: 'Page size, 1-100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<SpellConnection> {
    const domainFilter = filter ? { ...filter, classId: filter.class } : null;
    return toConnection(await listSpells(ctx.read, domainFilter, toOrders(orderBy), { first, after }), spellFromEntry);
  }

  @Query(() => SpellType, { nullable: true, description: 'A spell by id; null when unknown or not visible.' })
  async spell(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<SpellType | null> {
    const entry = await ctx.entries.spell.load(id);
    return entry ? spellFromEntry(entry) : null;
  }

  @FieldResolver(() => [CharacterClassType], {
    description: 'The classes whose spell list includes it (that you can see).',
  })
  async classes(@Root() root: SpellType, @Ctx() ctx: CatalogContext): Promise<CharacterClassType[]> {
    const entries = await ctx.entries.class.loadMany(root.classIds);
    return entries.flatMap((entry) => (entry && !(entry instanceof Error) ? [classFromEntry(entry)] : []));
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() root: SpellType, @Ctx() ctx: CatalogContext): Promise<string | null> {
    return loadDescription(root, ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What casting with a higher slot (or at higher levels) adds; null until imported.',
  })
  async higherLevels(@Root() root: SpellType, @Ctx() ctx: CatalogContext): Promise<string | null> {
    if (root.describedBy.homebrew) return null;
    const row = await ctx.loaders.descriptionByKey.load({ kind: 'spell', contentId: root.id });
    return row?.higherLevel ?? null;
  }
}

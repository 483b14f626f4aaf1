import { PAGE_SIZE_DEFAULT } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import type { CatalogContext } from '../../context.js';
import { listSpecies } from '../../domain/list-content.js';
import { loadDescription } from '../catalog-entry/description.resolver.js';
import { toConnection } from '../common/connection.js';
import { toOrders } from '../common/order.js';
import { SpeciesFilter, SpeciesOrder } from './species.input.js';
import { LineageType, lineageFromEntry, SpeciesConnection, SpeciesType, speciesFromEntry } from './species.type.js';

@Resolver(() => SpeciesType)
export class SpeciesResolver {
  @Query(() => SpeciesConnection, {
    description: 'Species: the SRD, your homebrew and homebrew your campaigns allow, filtered, ordered and paged.',
  })
  async species(
    @Arg('filter', () => SpeciesFilter, { nullable: true }) filter: SpeciesFilter | null,
    @Arg('orderBy', () => [SpeciesOrder], { nullable: true, description: 'Default: NAME ascending.' })
    orderBy: SpeciesOrder[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT, description: 'Page size, 1-100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<SpeciesConnection> {
    return toConnection(await listSpecies(ctx.read, filter, toOrders(orderBy), { first, after }), speciesFromEntry);
  }

  @Query(() => SpeciesType, {
    nullable: true,
    description: 'A species by id (`speciesById`, since `species` is the list); null when unknown or not visible.',
  })
  async speciesById(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<SpeciesType | null> {
    const entry = await ctx.entries.species.load(id);
    return entry ? speciesFromEntry(entry) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() root: SpeciesType, @Ctx() ctx: CatalogContext): Promise<string | null> {
    return loadDescription(root, ctx);
  }
}

@Resolver(() => LineageType)
export class LineageResolver {
  @Query(() => LineageType, { nullable: true, description: 'A lineage by id; null when unknown or not visible.' })
  async lineage(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<LineageType | null> {
    const entry = await ctx.entries.lineage.load(id);
    return entry ? lineageFromEntry(entry) : null;
  }

  @FieldResolver(() => SpeciesType, { nullable: true, description: 'The species it belongs to.' })
  async species(@Root() root: LineageType, @Ctx() ctx: CatalogContext): Promise<SpeciesType | null> {
    const entry = await ctx.entries.species.load(root.speciesId);
    return entry ? speciesFromEntry(entry) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() root: LineageType, @Ctx() ctx: CatalogContext): Promise<string | null> {
    return loadDescription(root, ctx);
  }
}

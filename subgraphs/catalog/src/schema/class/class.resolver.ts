import { PAGE_SIZE_DEFAULT } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import type { CatalogContext } from '../../context.js';
import { buildClassLevels } from '../../domain/build-class-levels.js';
import { listClasses } from '../../domain/list-content.js';
import { loadDescription } from '../catalog-entry/description.resolver.js';
import { ContentSourceEnum } from '../common/enums.js';
import { toConnection } from '../common/connection.js';
import { toOrders } from '../common/order.js';
import { ClassFilter, ClassOrder } from './class.input.js';
import {
  CharacterClassConnection,
  CharacterClassType,
  type ClassLevelType,
  ClassLevelType as ClassLevelObject,
  classFromEntry,
  featureToGraphQL,
  SubclassType,
  subclassFromEntry,
} from './class.type.js';

@Resolver(() => CharacterClassType)
export class CharacterClassResolver {
  @Query(() => CharacterClassConnection, {
    description: 'Classes: the SRD, your homebrew and homebrew your campaigns allow, filtered, ordered and paged.',
  })
  async classes(
    @Arg('filter', () => ClassFilter, { nullable: true }) filter: ClassFilter | null,
    @Arg('orderBy', () => [ClassOrder], { nullable: true, description: 'Default: NAME ascending.' })
    orderBy: ClassOrder[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT, description: 'Page size, 1-100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<CharacterClassConnection> {
    return toConnection(await listClasses(ctx.read, filter, toOrders(orderBy), { first, after }), classFromEntry);
  }

  @Query(() => CharacterClassType, {
    nullable: true,
    description: 'A class by id; null when unknown or not visible to you.',
  })
  async characterClass(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<CharacterClassType | null> {
    const entry = await ctx.entries.class.load(id);
    return entry ? classFromEntry(entry) : null;
  }

  @FieldResolver(() => [ClassLevelObject], { description: 'The class table, levels 1-20.' })
  levels(@Root() root: CharacterClassType): ClassLevelType[] {
    const homebrew = root.source === ContentSourceEnum.HOMEBREW;
    return buildClassLevels(root.definition).map((row) => ({
      ...row,
      features: row.features.map((feature) => featureToGraphQL(feature, homebrew)),
      resources: row.resources.map((resource) => ({ ...resource, recharge: resource.recharge })),
    }));
  }

  @FieldResolver(() => [SubclassType], { description: 'The subclasses of this class.' })
  subclasses(@Root() root: CharacterClassType, @Ctx() ctx: CatalogContext): SubclassType[] {
    return [...ctx.read.srd.subclasses.values()]
      .filter((subclass) => subclass.classId === root.id)
      .map((content) => subclassFromEntry({ kind: 'subclass', content, homebrew: null }));
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() root: CharacterClassType, @Ctx() ctx: CatalogContext): Promise<string | null> {
    return loadDescription(root, ctx);
  }
}

@Resolver(() => SubclassType)
export class SubclassResolver {
  @Query(() => SubclassType, { nullable: true, description: 'A subclass by id; null when unknown.' })
  async subclass(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<SubclassType | null> {
    const entry = await ctx.entries.subclass.load(id);
    return entry ? subclassFromEntry(entry) : null;
  }

  @FieldResolver(() => CharacterClassType, { nullable: true, name: 'class', description: 'The class it belongs to.' })
  async characterClass(@Root() root: SubclassType, @Ctx() ctx: CatalogContext): Promise<CharacterClassType | null> {
    const entry = await ctx.entries.class.load(root.classId);
    return entry ? classFromEntry(entry) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() root: SubclassType, @Ctx() ctx: CatalogContext): Promise<string | null> {
    return loadDescription(root, ctx);
  }
}

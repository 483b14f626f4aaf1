import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { CatalogContext } from '../../context.js';
import type { Described } from './described.js';

/** Loads the imported text of a described object, batched across the whole response. */
export async function loadDescription(root: Described, ctx: CatalogContext): Promise<string | null> {
  const source = root.describedBy;
  if (source.homebrew) return source.text;
  const row = await ctx.loaders.descriptionByKey.load({ kind: source.kind, contentId: source.id });
  return row?.description ?? null;
}

/** A resolver giving `type` its `description` field from the description loader. */
export function describedResolver(type: ClassType, fieldDescription = 'Rules text; null until imported.'): ClassType {
  @Resolver(() => type)
  class DescriptionResolver {
    @FieldResolver(() => String, { nullable: true, description: fieldDescription })
    description(@Root() root: Described, @Ctx() ctx: CatalogContext): Promise<string | null> {
      return loadDescription(root, ctx);
    }
  }
  return DescriptionResolver;
}

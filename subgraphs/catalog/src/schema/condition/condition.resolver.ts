import { CONDITIONS } from '@grimoire/rules';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import type { CatalogContext } from '../../context.js';
import { loadDescription } from '../catalog-entry/description.resolver.js';
import { ConditionType, conditionToGraphQL, isCondition } from './condition.type.js';

@Resolver(() => ConditionType)
export class ConditionResolver {
  @Query(() => [ConditionType], { description: 'The 15 conditions, alphabetically.' })
  conditions(): ConditionType[] {
    return CONDITIONS.map(conditionToGraphQL);
  }

  @Query(() => ConditionType, { nullable: true, description: 'A condition by id (`prone`); null when unknown.' })
  condition(@Arg('id', () => ID) id: string): ConditionType | null {
    return isCondition(id) ? conditionToGraphQL(id) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() root: ConditionType, @Ctx() ctx: CatalogContext): Promise<string | null> {
    return loadDescription(root, ctx);
  }
}

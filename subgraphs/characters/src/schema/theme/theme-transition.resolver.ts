import { type ReferenceResolver, requireIdentity } from '@grimoire/platform';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';

import type { CharactersContext } from '../../context.js';
import { CharacterVersion, characterVersionFromRow } from '../character-version/character-version.type.js';

/**
 * The campaigns subgraph's theme transition; this subgraph contributes the versions it wrote
 * (one per party member it moved).
 */
@Directive('@key(fields: "id")')
@ObjectType('ThemeTransition')
export class ThemeTransition {
  @Field(() => ID)
  id!: string;
}

/** Nothing to load: the contributed field reads by the transition's id (batched). */
export const themeTransitionReference: ReferenceResolver<CharactersContext> = {
  __resolveReference(reference): ThemeTransition {
    return { id: reference.id };
  },
};

@Resolver(() => ThemeTransition)
export class ThemeTransitionVersionsResolver {
  @FieldResolver(() => [CharacterVersion], {
    description:
      'The character versions this transition wrote, one per party member moved so far (the bus applies them shortly after).',
  })
  async characterVersions(
    @Root() transition: ThemeTransition,
    @Ctx() ctx: CharactersContext,
  ): Promise<CharacterVersion[]> {
    requireIdentity(ctx.viewer);
    return (await ctx.themeTransitions.versionsByThemeTransitionId.load(transition.id)).map(characterVersionFromRow);
  }
}

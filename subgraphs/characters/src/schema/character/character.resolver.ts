import { parseId, requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';

import type { CharactersContext } from '../../context.js';
import { createCharacter } from '../../domain/create-character.js';
import { deleteCharacter } from '../../domain/delete-character.js';
import { listCharactersOfOwner, PAGE_SIZE_DEFAULT } from '../../domain/list-characters-of-owner.js';
import { renameCharacter } from '../../domain/rename-character.js';
import { CreateCharacterInput } from './character.input.js';
import { Character, CharacterConnection, characterFromRow } from './character.type.js';

@Resolver(() => Character)
export class CharacterResolver {
  @Query(() => Character, { nullable: true, description: 'A character by id (any signed-in user may read it); null when unknown.' })
  async character(@Arg('id', () => ID) id: string, @Ctx() ctx: CharactersContext): Promise<Character | null> {
    requireIdentity(ctx.viewer);
    const row = await ctx.loaders.characterById.load(parseId(id, 'id'));
    return row ? characterFromRow(row) : null;
  }

  @Query(() => CharacterConnection, { description: "The signed-in user's characters, oldest first." })
  async myCharacters(
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT, description: 'Page size, 1-100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: CharactersContext,
  ): Promise<CharacterConnection> {
    const viewer = requireIdentity(ctx.viewer);
    const page = await listCharactersOfOwner(ctx.db, viewer.userId, { first, after });
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: characterFromRow(edge.node) })),
      pageInfo: page.pageInfo,
    };
  }

  @Mutation(() => Character, { description: 'Creates a character owned by the signed-in user.' })
  async createCharacter(
    @Arg('input', () => CreateCharacterInput) input: CreateCharacterInput,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    const { name, species, level } = input;
    return characterFromRow(await createCharacter(ctx, viewer.userId, { name, species, className: input.class, level }));
  }

  @Mutation(() => Character, { description: 'Renames one of your characters.' })
  async renameCharacter(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await renameCharacter(ctx, viewer.userId, id, name));
  }

  @Mutation(() => ID, { description: 'Deletes one of your characters (it also leaves every party); returns its id.' })
  async deleteCharacter(@Arg('id', () => ID) id: string, @Ctx() ctx: CharactersContext): Promise<string> {
    const viewer = requireIdentity(ctx.viewer);
    return deleteCharacter(ctx, viewer.userId, id);
  }
}

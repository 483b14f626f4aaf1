import { parseId, requireIdentity, PAGE_SIZE_DEFAULT } from '@grimoire/platform';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';

import type { CharactersContext } from '../../context.js';
import { createCharacterFromTemplate, duplicateCharacter, setCharacterTemplate } from '../../domain/copy-character.js';
import { createCharacter, createCharacters } from '../../domain/create-character.js';
import { deleteCharacter } from '../../domain/delete-character.js';
import { exportCharacter, importCharacter } from '../../domain/export-character.js';
import { levelUpCharacter, undoLevelUpCharacter } from '../../domain/level-up-character.js';
import { listCharactersOfOwner } from '../../domain/list-characters-of-owner.js';
import { renameCharacter } from '../../domain/rename-character.js';
import { updateCharacter } from '../../domain/update-character.js';
import { validateCharacters } from '../../domain/validate-characters.js';
import { CreateCharacterResult, ValidateCharacterResult } from './bulk.type.js';
import { CreateCharacterInput, LevelUpInput, UpdateCharacterInput } from './character.input.js';
import { Character, CharacterConnection, characterFromRow } from './character.type.js';
import { validationReportOf } from './validation-report.js';

@Resolver(() => Character)
export class CharacterResolver {
  @Query(() => Character, {
    nullable: true,
    description: 'A character by id (any signed-in user may read it); null when unknown.',
  })
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

  @Query(() => GraphQLJSONObject, {
    description: 'The whole character as JSON, for `importCharacter` (readable like `character`).',
  })
  async exportCharacter(@Arg('id', () => ID) id: string, @Ctx() ctx: CharactersContext): Promise<object> {
    requireIdentity(ctx.viewer);
    return exportCharacter(ctx.loaders, id);
  }

  @Mutation(() => Character, { description: 'Creates a character owned by the signed-in user (version 1).' })
  async createCharacter(
    @Arg('input', () => CreateCharacterInput) input: CreateCharacterInput,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await createCharacter(ctx, viewer.userId, input));
  }

  @Mutation(() => [CreateCharacterResult], {
    description:
      'Creates up to 100 characters; one result per input, in order (invalid items are skipped with their errors).',
  })
  async createCharacters(
    @Arg('inputs', () => [CreateCharacterInput]) inputs: CreateCharacterInput[],
    @Ctx() ctx: CharactersContext,
  ): Promise<CreateCharacterResult[]> {
    const viewer = requireIdentity(ctx.viewer);
    const results = await createCharacters(ctx, viewer.userId, inputs);
    return results.map((result) => ({
      index: result.index,
      character: result.character ? characterFromRow(result.character) : null,
      errors: result.errors,
    }));
  }

  @Mutation(() => [ValidateCharacterResult], {
    description: 'Validates up to 100 creation inputs without creating anything; one result per input.',
  })
  async validateCharacters(
    @Arg('inputs', () => [CreateCharacterInput]) inputs: CreateCharacterInput[],
    @Ctx() ctx: CharactersContext,
  ): Promise<ValidateCharacterResult[]> {
    const viewer = requireIdentity(ctx.viewer);
    const results = await validateCharacters(ctx, viewer.userId, inputs);
    return results.map((result) => ({
      index: result.index,
      validation: result.sheet ? validationReportOf(result.sheet.validation) : null,
      errors: result.errors,
    }));
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

  @Mutation(() => Character, {
    description: 'Edits the build of one of your characters; stale expectedVersion → CONFLICT.',
  })
  async updateCharacter(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => UpdateCharacterInput) input: UpdateCharacterInput,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await updateCharacter(ctx, viewer.userId, id, expectedVersion, input));
  }

  @Mutation(() => Character, { description: 'Gains a level (multiclassing when the class is new) with its choices.' })
  async levelUp(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => LevelUpInput) input: LevelUpInput,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await levelUpCharacter(ctx, viewer.userId, id, expectedVersion, input));
  }

  @Mutation(() => Character, { description: 'Takes back the last level gained (and everything it granted).' })
  async undoLevelUp(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await undoLevelUpCharacter(ctx, viewer.userId, id, expectedVersion));
  }

  @Mutation(() => Character, { description: 'Copies your character (or any template) into a new character of yours.' })
  async duplicateCharacter(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await duplicateCharacter(ctx, viewer.userId, id, name));
  }

  @Mutation(() => Character, { description: 'Starts a new character of yours from a template.' })
  async createCharacterFromTemplate(
    @Arg('templateId', () => ID) templateId: string,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await createCharacterFromTemplate(ctx, viewer.userId, templateId, name));
  }

  @Mutation(() => Character, { description: 'Marks your character as a template others may start from (or not).' })
  async setCharacterTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('isTemplate', () => Boolean) isTemplate: boolean,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await setCharacterTemplate(ctx, viewer.userId, id, isTemplate));
  }

  @Mutation(() => Character, { description: 'Creates a new character of yours from `exportCharacter` JSON.' })
  async importCharacter(
    @Arg('data', () => GraphQLJSONObject) data: Record<string, unknown>,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await importCharacter(ctx, viewer.userId, data));
  }

  @Mutation(() => ID, { description: 'Deletes one of your characters (it also leaves every party); returns its id.' })
  async deleteCharacter(@Arg('id', () => ID) id: string, @Ctx() ctx: CharactersContext): Promise<string> {
    const viewer = requireIdentity(ctx.viewer);
    return deleteCharacter(ctx, viewer.userId, id);
  }
}

import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';

import type { CharactersContext } from '../../context.js';
import {
  diffCharacterVersions,
  getCharacterVersion,
  markCharacterMilestone,
  restoreCharacterVersion,
} from '../../domain/character-versions.js';
import { Character, characterFromRow } from '../character/character.type.js';
import { CharacterChange, CharacterVersion, characterVersionFromRow } from './character-version.type.js';

@Resolver(() => CharacterVersion)
export class CharacterVersionResolver {
  @Query(() => CharacterVersion, { nullable: true, description: 'One version of a character; null when unknown.' })
  async characterVersion(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: CharactersContext,
  ): Promise<CharacterVersion | null> {
    requireIdentity(ctx.viewer);
    const row = await getCharacterVersion(ctx.loaders, id, version);
    return row ? characterVersionFromRow(row) : null;
  }

  @Query(() => [CharacterChange], { description: 'What changed between two versions of a character.' })
  async characterVersionDiff(
    @Arg('id', () => ID) id: string,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
    @Ctx() ctx: CharactersContext,
  ): Promise<CharacterChange[]> {
    requireIdentity(ctx.viewer);
    return diffCharacterVersions(ctx.loaders, id, from, to);
  }

  @Mutation(() => Character, { description: 'Restores an old version of your character as a new version.' })
  async restoreCharacterVersion(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await restoreCharacterVersion(ctx, viewer.userId, id, version, expectedVersion));
  }

  @Mutation(() => CharacterVersion, {
    description: 'Names a version of your character as a milestone (null clears it).',
  })
  async markCharacterMilestone(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Ctx() ctx: CharactersContext,
  ): Promise<CharacterVersion> {
    const viewer = requireIdentity(ctx.viewer);
    return characterVersionFromRow(await markCharacterMilestone(ctx.db, viewer.userId, id, version, name));
  }
}

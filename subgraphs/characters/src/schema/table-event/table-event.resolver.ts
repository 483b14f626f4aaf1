import { requireIdentity } from '@grimoire/platform';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { CharactersContext } from '../../context.js';
import { Character, characterFromRow } from '../character/character.type.js';
import { CharacterVersion, characterVersionFromRow } from '../character-version/character-version.type.js';
import { TableEvent, TableEventApplication, tableEventApplicationFromRow } from './table-event.type.js';

/** What a campaign's table event did here: versions and per-character outcomes. */
@Resolver(() => TableEvent)
export class TableEventCharactersResolver {
  @FieldResolver(() => [CharacterVersion], {
    description: 'The character versions this event wrote (applying it, and reverting it), oldest first.',
  })
  async characterVersions(@Root() event: TableEvent, @Ctx() ctx: CharactersContext): Promise<CharacterVersion[]> {
    requireIdentity(ctx.viewer);
    return (await ctx.tableEvents.versionsByTableEventId.load(event.id)).map(characterVersionFromRow);
  }

  @FieldResolver(() => [TableEventApplication], {
    description:
      'Per target character: applied, failed (and why), reverted. Empty until the characters subgraph has applied it.',
  })
  async characterApplications(
    @Root() event: TableEvent,
    @Ctx() ctx: CharactersContext,
  ): Promise<TableEventApplication[]> {
    requireIdentity(ctx.viewer);
    return (await ctx.tableEvents.applicationsByTableEventId.load(event.id)).map(tableEventApplicationFromRow);
  }
}

@Resolver(() => TableEventApplication)
export class TableEventApplicationResolver {
  @FieldResolver(() => Character, { nullable: true, description: 'Null when the character was deleted since.' })
  async character(
    @Root() application: TableEventApplication,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character | null> {
    const row = await ctx.loaders.characterById.load(application.characterId);
    return row ? characterFromRow(row) : null;
  }
}

import { notFound, requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, ID, Resolver, Root, type SubscribeResolverData, Subscription } from 'type-graphql';

import type { CharactersContext } from '../../context.js';
import { findCharacterById } from '../../db/queries/characters.js';
import type { CharacterChangedEvent } from '../../domain/publish-character-events.js';
import { subscribeToCharacterChanges } from '../../domain/subscribe-to-character-changes.js';
import { Character, characterFromRow } from './character.type.js';

@Resolver(() => Character)
export class CharacterChangedResolver {
  @Subscription(() => Character, {
    description: 'The character sheet each time it changes (signed-in users; ends when the character is deleted).',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { id: string }, CharactersContext>) => {
      requireIdentity(context.viewer);
      return subscribeToCharacterChanges(context, args.id);
    },
  })
  async characterChanged(
    // Declared so the argument appears in the schema; the topic was chosen in `subscribe`.
    @Arg('id', () => ID) _id: string,
    @Root() event: CharacterChangedEvent,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    // Read fresh, not through the loader: graphql-ws keeps one context for the whole subscription.
    const row = await findCharacterById(ctx.db, event.characterId);
    if (!row) throw notFound(`No character has id ${event.characterId}.`, { field: 'id' });
    return characterFromRow(row);
  }
}

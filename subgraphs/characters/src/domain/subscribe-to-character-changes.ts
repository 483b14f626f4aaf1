import { notFound, parseId, type PubSub } from '@grimoire/platform';

import type { CharactersLoaders } from '../db/loaders.js';
import { type CharacterChangedEvent, characterChangedTopic } from './publish-character-events.js';

/**
 * Events of one character's changes, ending when it is deleted. Readable like `character(id)`:
 * any signed-in user may follow any character (sheets are shared at the table, and the party
 * view already shows them to every campaign member), so no membership lookup per event.
 */
export async function subscribeToCharacterChanges(
  deps: { pubsub: PubSub; loaders: CharactersLoaders },
  rawId: string,
): Promise<AsyncIterable<CharacterChangedEvent>> {
  const id = parseId(rawId, 'id');
  const iterator = deps.pubsub.subscribe(characterChangedTopic(id));
  if (!(await deps.loaders.characterById.load(id))) {
    await iterator.return?.();
    throw notFound(`No character has id ${id}.`, { field: 'id' });
  }
  return (async function* events() {
    try {
      for await (const event of { [Symbol.asyncIterator]: () => iterator }) {
        const changed = event as CharacterChangedEvent;
        if (changed.deleted) return;
        yield changed;
      }
    } finally {
      await iterator.return?.();
    }
  })();
}

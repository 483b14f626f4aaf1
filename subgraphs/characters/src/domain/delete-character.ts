import { notFound, parseId, type PubSub } from '@grimoire/platform';

import type { CharactersDb } from '../db/database.js';
import { deleteCharacterById } from '../db/queries/characters.js';
import { loadOwnedCharacter } from './load-owned-character.js';
import { publishCharacterDeleted } from './publish-character-events.js';

/** Deletes the viewer's character and returns its id; campaigns drops it from parties on the event. */
export async function deleteCharacter(
  deps: { db: CharactersDb; pubsub: PubSub },
  viewerId: string,
  rawId: string,
): Promise<string> {
  const id = parseId(rawId, 'id');
  await loadOwnedCharacter(deps.db, viewerId, id);
  if (!(await deleteCharacterById(deps.db, id))) throw notFound(`No character has id ${id}.`, { field: 'id' });
  publishCharacterDeleted(deps.pubsub, id);
  return id;
}

import { notFound, parseId, type PubSub, type SubgraphEventBus } from '@grimoire/platform';

import type { CharactersDb } from '../db/database.js';
import { deleteCharacterById } from '../db/queries/characters.js';
import { enqueueCharacterDeleted } from './character-bus-events.js';
import { loadOwnedCharacter } from './load-owned-character.js';
import { publishCharacterDeleted } from './publish-character-events.js';

/**
 * Deletes the viewer's character and returns its id. The `character.deleted` bus event commits
 * with the delete, so campaigns drops it from parties even if it is down right now.
 */
export async function deleteCharacter(
  deps: { db: CharactersDb; pubsub: PubSub; events: Pick<SubgraphEventBus, 'nudge'> },
  viewerId: string,
  rawId: string,
): Promise<string> {
  const id = parseId(rawId, 'id');
  await loadOwnedCharacter(deps.db, viewerId, id);
  await deps.db.transaction(async (tx) => {
    if (!(await deleteCharacterById(tx, id))) throw notFound(`No character has id ${id}.`, { field: 'id' });
    await enqueueCharacterDeleted(tx, id);
  });
  deps.events.nudge();
  publishCharacterDeleted(deps.pubsub, id);
  return id;
}

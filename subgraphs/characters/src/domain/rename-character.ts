import { notFound, parseId, type PubSub, validateInput } from '@grimoire/platform';

import type { CharactersDb } from '../db/database.js';
import { updateCharacterName } from '../db/queries/characters.js';
import type { CharacterRow } from '../db/tables/index.js';
import { loadOwnedCharacter } from './load-owned-character.js';
import { publishCharacterChanged } from './publish-character-events.js';
import { characterNameSchema } from './validate-character-input.js';

export async function renameCharacter(
  deps: { db: CharactersDb; pubsub: PubSub },
  viewerId: string,
  rawId: string,
  rawName: string,
): Promise<CharacterRow> {
  const id = parseId(rawId, 'id');
  const name = validateInput(characterNameSchema, rawName, 'name');
  await loadOwnedCharacter(deps.db, viewerId, id);
  const renamed = await updateCharacterName(deps.db, id, name);
  // Deleted between the check and the update.
  if (!renamed) throw notFound(`No character has id ${id}.`, { field: 'id' });
  publishCharacterChanged(deps.pubsub, id);
  return renamed;
}

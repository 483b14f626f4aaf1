import { forbidden, notFound } from '@grimoire/platform';

import type { CharactersDb } from '../db/database.js';
import { findCharacterById } from '../db/queries/characters.js';
import type { CharacterRow } from '../db/tables/index.js';

/**
 * The rule for changing a character: only its owner may. Unknown id → NOT_FOUND; someone
 * else's character → FORBIDDEN. `id` must already be a well-formed uuid.
 */
export async function loadOwnedCharacter(db: CharactersDb, viewerId: string, id: string): Promise<CharacterRow> {
  const character = await findCharacterById(db, id);
  if (!character) throw notFound(`No character has id ${id}.`, { field: 'id' });
  if (character.ownerId !== viewerId) throw forbidden('Only the owner of this character may change it.');
  return character;
}

import { isUuid } from '@grimoire/platform';
import DataLoader from 'dataloader';

import type { CharactersDb } from './database.js';
import { findCharactersByIds } from './queries/characters.js';
import type { CharacterRow } from './tables/index.js';

export interface CharactersLoaders {
  /** Character by id; null when unknown. One SQL statement per batch. */
  characterById: DataLoader<string, CharacterRow | null>;
}

/** Fresh per request, so nothing cached outlives the request that loaded it. */
export function createLoaders(db: CharactersDb): CharactersLoaders {
  return {
    characterById: new DataLoader(async (ids) => {
      // A malformed id in a representation must not fail the whole batch with a SQL cast error.
      const rows = await findCharactersByIds(db, ids.filter(isUuid));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
  };
}

import { validateInput } from '@grimoire/platform';

import type { CharactersDb } from '../db/database.js';
import { insertCharacter } from '../db/queries/characters.js';
import type { CharacterRow } from '../db/tables/index.js';
import { createCharacterInputSchema } from './validate-character-input.js';

export interface CreateCharacterInput {
  name: string;
  species?: string | null | undefined;
  className?: string | null | undefined;
  level?: number | null | undefined;
}

/** Creates a level-1 (unless told otherwise) character owned by `ownerId`; nothing is written on bad input. */
export async function createCharacter(
  deps: { db: CharactersDb },
  ownerId: string,
  input: CreateCharacterInput,
): Promise<CharacterRow> {
  const valid = validateInput(createCharacterInputSchema, {
    name: input.name,
    species: input.species,
    class: input.className,
    level: input.level,
  });
  return insertCharacter(deps.db, {
    ownerId,
    name: valid.name,
    species: valid.species,
    className: valid.class,
    level: valid.level,
  });
}

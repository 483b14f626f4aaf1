import { parseId, validateInput } from '@grimoire/platform';

import type { CharacterRow } from '../db/tables/index.js';
import { applyCharacterChange, type CharacterChangeDeps } from './apply-character-change.js';
import { characterNameSchema } from './validate-character-input.js';

export async function renameCharacter(
  deps: CharacterChangeDeps,
  viewerId: string,
  rawId: string,
  rawName: string,
): Promise<CharacterRow> {
  const characterId = parseId(rawId, 'id');
  const name = validateInput(characterNameSchema, rawName, 'name');
  const { row } = await applyCharacterChange(deps, {
    characterId,
    actorId: viewerId,
    reason: `Renamed to ${name}`,
    change: (state) => ({ ok: true, state: { ...state, name } }),
  });
  return row;
}

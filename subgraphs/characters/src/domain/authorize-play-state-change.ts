import { forbidden, type Identity } from '@grimoire/platform';

import type { CharacterRow } from '../db/tables/index.js';
import type { AuthorizeCharacterChange } from './authorize-character-change.js';

/** Who runs the campaigns a character plays in, as far as the viewer may see (their own campaigns). */
export interface GameMasterDirectory {
  gameMastersOf(characterId: string, viewer: Identity, requestId?: string): Promise<string[]>;
}

/**
 * The rule for play-state changes (damage, healing, conditions, rests, resources…): the owner, or
 * the game master of a campaign the character is in. The campaigns subgraph is asked BEFORE the
 * change's transaction (from the unlocked row), so no network call holds the row lock, and only
 * when the viewer is not the owner: the owner's own changes cost no call. The hook then decides
 * on the locked row (an owner never changes, so the answer stays true).
 */
export async function ownerOrGameMaster(
  directory: GameMasterDirectory,
  character: CharacterRow,
  viewer: Identity,
  requestId?: string,
): Promise<AuthorizeCharacterChange> {
  const gameMaster =
    character.ownerId !== viewer.userId &&
    (await directory.gameMastersOf(character.id, viewer, requestId)).includes(viewer.userId);
  return (row, actorId) => {
    if (row.ownerId === actorId) return;
    if (gameMaster && actorId === viewer.userId) return;
    throw forbidden(
      'Only the owner of this character, or the game master of a campaign it plays in, may change its play state.',
    );
  };
}

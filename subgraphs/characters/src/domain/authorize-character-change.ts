import { forbidden } from '@grimoire/platform';

import type { CharacterRow } from '../db/tables/index.js';

/**
 * Decides whether `actorId` may make a change to `character`; throws FORBIDDEN otherwise. May be
 * async, so a hook can ask another subgraph (e.g. whether the actor is the game master of a
 * campaign the character is in, for play-state changes).
 */
export type AuthorizeCharacterChange = (character: CharacterRow, actorId: string) => void | Promise<void>;

/** The default rule: only the owner changes a character. */
export const ownerOnly: AuthorizeCharacterChange = (character, actorId) => {
  if (character.ownerId !== actorId) throw forbidden('Only the owner of this character may change it.');
};

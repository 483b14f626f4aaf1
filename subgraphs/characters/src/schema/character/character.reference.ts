import type { ReferenceResolver } from '@grimoire/platform';

import type { CharactersContext } from '../../context.js';
import { type Character, characterFromRow } from './character.type.js';

/** Entity references go through the request's DataLoader: one statement per batch of representations. */
export const characterReference: ReferenceResolver<CharactersContext> = {
  async __resolveReference(reference, ctx): Promise<Character | null> {
    const row = await ctx.loaders.characterById.load(reference.id);
    return row ? characterFromRow(row) : null;
  },
};

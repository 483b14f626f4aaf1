import type { ReferenceResolver } from '@grimoire/platform';

import type { CampaignsContext } from '../../context.js';
import type { Character } from './character.type.js';

/** Nothing to load: `campaigns` is resolved per field through a batched DataLoader. */
export const characterReference: ReferenceResolver<CampaignsContext> = {
  __resolveReference(reference): Character {
    return { id: reference.id };
  },
};

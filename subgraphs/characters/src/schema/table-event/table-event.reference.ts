import type { ReferenceResolver } from '@grimoire/platform';

import type { CharactersContext } from '../../context.js';
import type { TableEvent } from './table-event.type.js';

/** Nothing to load: the fields this subgraph contributes read by the event's id (batched). */
export const tableEventReference: ReferenceResolver<CharactersContext> = {
  __resolveReference(reference): TableEvent {
    return { id: reference.id };
  },
};

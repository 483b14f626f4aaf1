import { enqueueEvents } from '@grimoire/platform';

import type { CharactersExecutor } from '../db/database.js';
import { outbox } from '../db/tables/index.js';

/**
 * Events of the durable bus that other subgraphs consume. The payload is the contract:
 * `{ characterId }`. A deletion must never be lost (campaigns drops the character from every
 * party), so it is written to the outbox in the transaction of the delete.
 */
export const CHARACTER_AGGREGATE = 'character';
export const CHARACTER_DELETED_EVENT = 'character.deleted';

export function enqueueCharacterDeleted(tx: CharactersExecutor, characterId: string, requestId?: string) {
  return enqueueEvents(tx, outbox, [
    {
      type: CHARACTER_DELETED_EVENT,
      aggregateType: CHARACTER_AGGREGATE,
      aggregateId: characterId,
      payload: { characterId },
      requestId,
    },
  ]);
}

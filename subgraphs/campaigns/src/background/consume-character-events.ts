import type { Logger, PubSub } from '@grimoire/platform';
import { z } from 'zod';

import type { CampaignsDb } from '../db/database.js';
import { propagateCharacterChanged, propagateCharacterDeleted } from '../domain/propagate-character-event.js';

/** Topics published by the characters subgraph; the payload contract is `{ characterId }`. */
export const CHARACTER_CHANGED_TOPIC = 'character.changed';
export const CHARACTER_DELETED_TOPIC = 'character.deleted';

// Events come from another service: check their shape rather than trust it.
const characterEventSchema = z.object({ characterId: z.guid() });

/**
 * Keeps parties in step with characters: a changed character refreshes the `partyChanged`
 * subscribers of its campaigns; a deleted one also leaves every party. Returns the stop function.
 */
export function consumeCharacterEvents(deps: { db: CampaignsDb; pubsub: PubSub; logger: Logger }): () => Promise<void> {
  const handlers = [
    [CHARACTER_CHANGED_TOPIC, propagateCharacterChanged],
    [CHARACTER_DELETED_TOPIC, propagateCharacterDeleted],
  ] as const;
  const iterators = handlers.map(([topic, handle]) => {
    const iterator = deps.pubsub.subscribe(topic);
    void (async () => {
      for await (const payload of iterator) {
        const event = characterEventSchema.safeParse(payload);
        if (!event.success) {
          deps.logger.warn({ topic, payload }, 'ignored a malformed character event');
          continue;
        }
        try {
          const campaignIds = await handle(deps, event.data.characterId);
          deps.logger.debug({ topic, characterId: event.data.characterId, campaignIds }, 'character event propagated');
        } catch (error) {
          // One failed event must not stop the consumer.
          deps.logger.error({ err: error, topic, characterId: event.data.characterId }, 'character event failed');
        }
      }
    })();
    return iterator;
  });
  return async () => {
    await Promise.all(
      iterators.map(async (iterator) => {
        await iterator.return?.();
      }),
    );
  };
}

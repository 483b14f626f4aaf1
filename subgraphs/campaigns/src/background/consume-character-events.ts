import type { EventHandlerSpec, Logger, PubSub } from '@grimoire/platform';
import { z } from 'zod';

import type { CampaignsDb, CampaignsTransaction } from '../db/database.js';
import { propagateCharacterChanged, removeDeletedCharacterFromParties } from '../domain/propagate-character-event.js';
import { publishPartyChanged } from '../domain/publish-party-changed.js';

/** The live PubSub topic published by the characters subgraph; the payload contract is `{ characterId }`. */
export const CHARACTER_CHANGED_TOPIC = 'character.changed';
/** The durable bus event (aggregate `character`) for a deleted character. */
export const CHARACTER_DELETED_EVENT = 'character.deleted';

// Events come from another service: check their shape rather than trust it.
const characterEventSchema = z.object({ characterId: z.guid() });

/**
 * A deleted character leaves every party. This must not be lost, so it comes through the durable
 * bus (group `campaigns.character-deletions`): the removal commits with the processed mark, and
 * the `partyChanged` pushes follow the commit.
 */
export function characterDeletionsConsumer(deps: { pubsub: PubSub; logger: Logger }): EventHandlerSpec {
  return {
    group: 'campaigns.character-deletions',
    aggregateTypes: ['character'],
    handle: async (event, tx) => {
      if (event.type !== CHARACTER_DELETED_EVENT) return;
      const parsed = characterEventSchema.safeParse(event.payload);
      if (!parsed.success) {
        deps.logger.warn({ eventId: event.id, payload: event.payload }, 'ignored a malformed character event');
        return;
      }
      const campaignIds = await removeDeletedCharacterFromParties(tx as CampaignsTransaction, parsed.data.characterId);
      return () => {
        for (const campaignId of campaignIds) publishPartyChanged(deps.pubsub, campaignId);
      };
    },
  };
}

/**
 * A changed character refreshes the `partyChanged` subscribers of its campaigns. Live pushes only
 * (best-effort PubSub: a missed one changes no data). Returns the stop function.
 */
export function consumeCharacterChanges(deps: {
  db: CampaignsDb;
  pubsub: PubSub;
  logger: Logger;
}): () => Promise<void> {
  const iterator = deps.pubsub.subscribe(CHARACTER_CHANGED_TOPIC);
  void (async () => {
    for await (const payload of iterator) {
      const event = characterEventSchema.safeParse(payload);
      if (!event.success) {
        deps.logger.warn({ payload }, 'ignored a malformed character event');
        continue;
      }
      try {
        const campaignIds = await propagateCharacterChanged(deps, event.data.characterId);
        deps.logger.debug({ characterId: event.data.characterId, campaignIds }, 'character change propagated');
      } catch (error) {
        // One failed event must not stop the consumer.
        deps.logger.error({ err: error, characterId: event.data.characterId }, 'character change failed');
      }
    }
  })();
  return async () => {
    await iterator.return?.();
  };
}

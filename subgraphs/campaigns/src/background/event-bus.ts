import type { SubgraphDependencies, SubgraphEventsSpec } from '@grimoire/platform';

import type { CampaignsTables } from '../db/database.js';
import { outbox, processedEvents, sessionNotes, tableEvents } from '../db/tables/index.js';
import { characterDeletionsConsumer } from './consume-character-events.js';

/** Tables of the session log and the durable event bus, handed to drizzle with the others. */
export const sessionLogAndBusTables = { outbox, processedEvents, sessionNotes, tableEvents };

/**
 * Campaigns on the durable bus: it publishes table events from its outbox and consumes
 * character deletions (parties drop the character).
 */
export const campaignsEvents: SubgraphEventsSpec<SubgraphDependencies<CampaignsTables>> = {
  outbox,
  processed: processedEvents,
  consumers: (deps) => [characterDeletionsConsumer({ pubsub: deps.pubsub, logger: deps.logger })],
};

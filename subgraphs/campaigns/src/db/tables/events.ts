import { outboxTable, processedEventsTable } from '@grimoire/platform';

import { campaignsSchema } from './schema.js';

/** Events this subgraph publishes (table events), written in the transaction of the change. */
export const outbox = outboxTable(campaignsSchema);
/** Events this subgraph's consumer groups applied (character changes and deletions). */
export const processedEvents = processedEventsTable(campaignsSchema);

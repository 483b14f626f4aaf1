import { outboxTable, processedEventsTable } from '@grimoire/platform';

import { charactersSchema } from './schema.js';

/** Events this subgraph publishes (character.changed, character.deleted), written with the change. */
export const outbox = outboxTable(charactersSchema);
/** Events this subgraph's consumer groups applied (table events from campaigns). */
export const processedEvents = processedEventsTable(charactersSchema);

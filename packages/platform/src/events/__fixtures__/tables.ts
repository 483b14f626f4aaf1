import { bigserial, integer, pgSchema, text, uuid } from 'drizzle-orm/pg-core';

import { outboxTable, processedEventsTable } from '../event-tables.js';

/** The test schema: the bus tables plus a domain table and a record of what handlers applied. */
export const busFixture = pgSchema('bus_fixture');
export const outbox = outboxTable(busFixture);
export const processedEvents = processedEventsTable(busFixture);
export const widgets = busFixture.table('widgets', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
});
export const applied = busFixture.table('applied', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  consumer: text('consumer').notNull(),
  eventId: uuid('event_id').notNull(),
  aggregateId: text('aggregate_id').notNull(),
  sequence: integer('sequence').notNull(),
});
export const fixtureTables = { outbox, processedEvents, widgets, applied };

import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  type PgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The transactional outbox, added by each subgraph to its own schema (and so to its drizzle-kit
 * migrations). Rows are kept after publishing: they are the aggregate's event log that
 * `replayAggregateEvents` reads. Column names are explicit so the table does not depend on the
 * drizzle casing option.
 */
export function outboxTable(schema: PgSchema) {
  return schema.table(
    'outbox',
    {
      // Insertion order; the relay publishes in this order.
      position: bigserial('position', { mode: 'number' }).primaryKey(),
      id: uuid('id').notNull(),
      type: text('type').notNull(),
      aggregateType: text('aggregate_type').notNull(),
      aggregateId: text('aggregate_id').notNull(),
      sequence: integer('sequence').notNull(),
      payload: jsonb('payload').notNull(),
      occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
      causationId: uuid('causation_id'),
      requestId: text('request_id'),
      publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    },
    (table) => [
      uniqueIndex('outbox_id_unique').on(table.id),
      uniqueIndex('outbox_aggregate_sequence_unique').on(table.aggregateType, table.aggregateId, table.sequence),
      // The relay's claim query reads only unpublished rows; keep that index small.
      index('outbox_unpublished_idx')
        .on(table.position)
        .where(sql`published_at is null`),
    ],
  );
}

export type OutboxTable = ReturnType<typeof outboxTable>;

/**
 * Which events a consumer (group) has applied. The handler's writes and this mark commit in one
 * transaction, so a redelivered event is recognised and skipped.
 */
export function processedEventsTable(schema: PgSchema) {
  return schema.table(
    'processed_events',
    {
      consumer: text('consumer').notNull(),
      eventId: uuid('event_id').notNull(),
      processedAt: timestamp('processed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    },
    (table) => [primaryKey({ columns: [table.consumer, table.eventId] })],
  );
}

export type ProcessedEventsTable = ReturnType<typeof processedEventsTable>;

import { randomUUID } from 'node:crypto';

import { and, asc, eq, gte, isNull, sql } from 'drizzle-orm';
import { getTableConfig, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';

import type { Logger } from '../logging/logger.js';
import { aggregateKey, type EventEnvelope, type NewEvent } from './event-envelope.js';
import type { OutboxTable } from './event-tables.js';
import { arrayParameter } from './sql-array.js';
import type { EventTransport } from './transport.js';

/** A drizzle database or transaction (both are PgDatabase). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any subgraph's schema
export type EventsDatabase = PgDatabase<PgQueryResultHKT, any>;

/**
 * Appends events to the outbox. Call it inside the transaction that writes the change, so the
 * change and its events commit or roll back together. Sequences continue each aggregate's log;
 * a transaction-scoped advisory lock per aggregate keeps two writers from taking the same number
 * (and keeps outbox positions in sequence order within an aggregate).
 */
export async function enqueueEvents(
  tx: EventsDatabase,
  table: OutboxTable,
  events: readonly NewEvent[],
): Promise<EventEnvelope[]> {
  if (events.length === 0) return [];
  const next = await nextSequences(tx, table, events);
  const envelopes: EventEnvelope[] = [];
  for (const event of events) {
    const key = aggregateKey(event);
    const sequence = next.get(key) ?? 1;
    next.set(key, sequence + 1);
    envelopes.push({
      id: event.id ?? randomUUID(),
      type: event.type,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      sequence,
      payload: event.payload,
      occurredAt: (event.occurredAt ?? new Date()).toISOString(),
      causationId: event.causationId,
      requestId: event.requestId,
    });
  }
  if (envelopes.length > 0) {
    // One JSON parameter for the whole batch: the statement is the same for any batch size, so
    // it is parsed and planned once, instead of ten parameters per row.
    await tx.execute(
      sql`insert into ${table} (id, type, aggregate_type, aggregate_id, sequence, payload, occurred_at, causation_id, request_id)
        select id, type, aggregate_type, aggregate_id, sequence, payload, occurred_at, causation_id, request_id
        from jsonb_to_recordset(${JSON.stringify(
          envelopes.map((envelope, index) => ({
            index,
            id: envelope.id,
            type: envelope.type,
            aggregate_type: envelope.aggregateType,
            aggregate_id: envelope.aggregateId,
            sequence: envelope.sequence,
            payload: envelope.payload,
            occurred_at: envelope.occurredAt,
            causation_id: envelope.causationId ?? null,
            request_id: envelope.requestId ?? null,
          })),
        )}::jsonb) as batch(index integer, id uuid, type text, aggregate_type text, aggregate_id text, sequence integer,
          payload jsonb, occurred_at timestamptz, causation_id uuid, request_id text)
        order by index`, // positions follow the given order
    );
  }
  return envelopes;
}

/**
 * Locks every aggregate of the batch (in a fixed order, so two writers cannot deadlock) and reads
 * each one's next sequence: two statements however many aggregates there are. The lock comes
 * first in a statement of its own, so the read's snapshot sees what the previous holder committed.
 */
async function nextSequences(
  tx: EventsDatabase,
  table: OutboxTable,
  events: readonly NewEvent[],
): Promise<Map<string, number>> {
  const aggregates = new Map<string, Pick<NewEvent, 'aggregateType' | 'aggregateId'>>();
  for (const event of events) aggregates.set(aggregateKey(event), event);
  const keys = [...aggregates.keys()].sort();
  await tx.execute(
    // unnest yields the sorted array in order, and the locks are taken row by row in that order.
    sql`select pg_advisory_xact_lock(hashtextextended(lock_key, 0)) from unnest(${arrayParameter(
      keys.map((key) => `outbox:${key}`),
    )}::text[]) as lock_key`,
  );
  // Each aggregate's last sequence from the (type, id, sequence) index, newest first: one index
  // probe per aggregate, however long its log already is (max() would read all of it).
  const result: unknown = await tx.execute(
    sql`select wanted.aggregate_type as "aggregateType", wanted.aggregate_id as "aggregateId",
      (select o.sequence from ${table} as o
        where o.aggregate_type = wanted.aggregate_type and o.aggregate_id = wanted.aggregate_id
        order by o.sequence desc limit 1) as last
      from unnest(${arrayParameter(keys.map((key) => aggregates.get(key)!.aggregateType))}::text[], ${arrayParameter(
        keys.map((key) => aggregates.get(key)!.aggregateId),
      )}::text[]) as wanted(aggregate_type, aggregate_id)`,
  );
  const next = new Map<string, number>();
  // The result's type depends on the driver; postgres.js returns an array of rows.
  for (const row of result as { aggregateType: string; aggregateId: string; last: number | null }[]) {
    if (row.last !== null) next.set(aggregateKey(row), Number(row.last) + 1);
  }
  return next;
}

type OutboxRow = OutboxTable['$inferSelect'];

export function envelopeFromOutboxRow(row: OutboxRow): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    aggregateType: row.aggregateType,
    aggregateId: row.aggregateId,
    sequence: row.sequence,
    payload: row.payload,
    occurredAt: row.occurredAt.toISOString(),
    causationId: row.causationId ?? undefined,
    requestId: row.requestId ?? undefined,
  };
}

export interface OutboxRelayOptions {
  db: EventsDatabase;
  table: OutboxTable;
  transport: EventTransport;
  logger: Logger;
  /** How often to look for rows nobody nudged about (other processes, missed nudges). */
  pollMs?: number;
  batchSize?: number;
}

export interface OutboxRelay {
  /** Call after committing a transaction that enqueued events: the relay publishes at once. */
  nudge(): void;
  /** Publishes everything unpublished now; resolves with the number of events published. */
  flush(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Publishes outbox rows in position order. Each batch is claimed with `FOR UPDATE SKIP LOCKED`
 * inside a transaction, published, then marked; a crash after publishing and before the commit
 * publishes the batch again (at-least-once; consumers deduplicate by event id). A
 * transaction-scoped advisory lock per outbox lets one relay at a time publish, so replicas of a
 * subgraph cannot overtake each other and reorder an aggregate's events.
 */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { db, table, transport, logger } = options;
  const pollMs = options.pollMs ?? 1000;
  const batchSize = options.batchSize ?? 500;
  const config = getTableConfig(table);
  const lockName = `outbox-relay:${config.schema ?? 'public'}.${config.name}`;

  let running = true;
  let wake: (() => void) | undefined;
  let nudged = false;

  const publishBatch = (): Promise<number> =>
    db.transaction(async (tx) => {
      // The result's type depends on the driver; postgres.js returns an array of rows.
      const result: unknown = await tx.execute(
        sql`select pg_try_advisory_xact_lock(hashtextextended(${lockName}, 0)) as locked`,
      );
      const [lock] = result as { locked: boolean }[];
      if (!lock?.locked) return 0;
      const rows = await tx
        .select()
        .from(table)
        .where(isNull(table.publishedAt))
        .orderBy(asc(table.position))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      if (rows.length === 0) return 0;
      await transport.publish(rows.map(envelopeFromOutboxRow));
      // One array parameter rather than one per row (the batch is up to `batchSize` rows).
      await tx.execute(
        sql`update ${table} set published_at = now() where position = any(${arrayParameter(rows.map((row) => row.position))}::bigint[])`,
      );
      return rows.length;
    });

  let chain: Promise<unknown> = Promise.resolve();
  // Serialise flushes from the loop and from callers, so batches never overlap in one process.
  const flush = (): Promise<number> => {
    const run = chain.then(async () => {
      let total = 0;
      for (;;) {
        const published = await publishBatch();
        total += published;
        if (published < batchSize) return total;
      }
    });
    chain = run.catch(() => {});
    return run;
  };

  const loop = (async () => {
    while (running) {
      try {
        await flush();
      } catch (error) {
        logger.error({ err: error }, 'outbox relay failed; retrying');
      }
      if (!running) break;
      if (nudged) {
        nudged = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
      nudged = false;
    }
  })();

  return {
    nudge: () => {
      nudged = true;
      wake?.();
    },
    flush,
    stop: async () => {
      running = false;
      wake?.();
      await loop;
      await chain;
    },
  };
}

export interface ReadAggregateEventsOptions {
  db: EventsDatabase;
  table: OutboxTable;
  aggregateType: string;
  aggregateId: string;
  fromSequence?: number;
}

/** An aggregate's events from a position, in sequence order (the outbox is the log). */
export async function readAggregateEvents(options: ReadAggregateEventsOptions): Promise<EventEnvelope[]> {
  const { db, table } = options;
  const rows = await db
    .select()
    .from(table)
    .where(
      and(
        eq(table.aggregateType, options.aggregateType),
        eq(table.aggregateId, options.aggregateId),
        gte(table.sequence, options.fromSequence ?? 1),
      ),
    )
    .orderBy(asc(table.sequence));
  return rows.map(envelopeFromOutboxRow);
}

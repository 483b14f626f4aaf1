import { setTimeout as sleep } from 'node:timers/promises';

import { and, eq, sql } from 'drizzle-orm';

import type { Logger } from '../logging/logger.js';
import { aggregateKey, type EventEnvelope } from './event-envelope.js';
import type { ProcessedEventsTable } from './event-tables.js';
import type { EventsDatabase } from './outbox.js';
import type { Delivery, EventTransport } from './transport.js';

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/** Exponential backoff with full jitter: a random wait in [0, min(max, base·2^(attempt-1))). */
export function backoffDelay(attempt: number, backoff: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

export interface EventConsumerOptions {
  /** The logical consumer; every process running it shares the group (and its processed marks). */
  group: string;
  /** This process's name inside the group. */
  consumerName: string;
  aggregateTypes: readonly string[];
  transport: EventTransport;
  db: EventsDatabase;
  processedTable: ProcessedEventsTable;
  /** Applies one event; its writes go through `tx`, which also records the event as processed. */
  handle(event: EventEnvelope, tx: EventsDatabase): Promise<void>;
  logger: Logger;
  maxAttempts?: number;
  backoff?: BackoffOptions;
  batchSize?: number;
  blockMs?: number;
  /** A pending entry idle this long belongs to a dead consumer and is taken over. */
  claimIdleMs?: number;
}

class BatchFailure extends Error {
  constructor(
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

export interface EventConsumer {
  stop(): Promise<void>;
}

/**
 * Reads the group's streams and applies each event exactly once: the handler's writes and the
 * `processed_events` mark commit in one transaction, and a redelivered event whose mark exists
 * is only acknowledged. Events of one aggregate run one after another in sequence order; other
 * aggregates run concurrently. A failing event is retried with backoff (later events of its
 * aggregate wait); after `maxAttempts` it goes to the dead-letter stream.
 */
export function startEventConsumer(options: EventConsumerOptions): EventConsumer {
  const { group, consumerName, transport, db, processedTable, logger } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoff = options.backoff ?? { baseMs: 100, maxMs: 30_000 };
  const readOptions = {
    aggregateTypes: options.aggregateTypes,
    count: options.batchSize ?? 200,
    blockMs: options.blockMs ?? 1000,
    claimIdleMs: options.claimIdleMs ?? 60_000,
  };
  let running = true;
  const log = logger.child({ consumer: group, consumerName });

  /**
   * Replicas of the group read different entries of a stream, so two processes could hold events
   * of one aggregate at once: this lock makes them take turns.
   */
  const lockAggregate = (tx: EventsDatabase, event: EventEnvelope) =>
    tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`consumer:${group}:${aggregateKey(event)}`}, 0))`);

  /** True when applied now, false when an earlier delivery already applied it. */
  const applyOnce = (event: EventEnvelope): Promise<boolean> =>
    db.transaction(async (tx) => {
      await lockAggregate(tx, event);
      const inserted = await tx
        .insert(processedTable)
        .values({ consumer: group, eventId: event.id })
        .onConflictDoNothing()
        .returning({ eventId: processedTable.eventId });
      if (inserted.length === 0) return false;
      await options.handle(event, tx);
      return true;
    });

  /**
   * The fast path: an aggregate's events of one read in one transaction. If one fails, nothing of
   * it commits and the events go one by one through `applyWithRetries`; the failed one has
   * used its first attempt.
   */
  const applyAllOnce = (events: EventEnvelope[]): Promise<void> =>
    db.transaction(async (tx) => {
      await lockAggregate(tx, events[0]);
      const inserted = await tx
        .insert(processedTable)
        .values(events.map((event) => ({ consumer: group, eventId: event.id })))
        .onConflictDoNothing()
        .returning({ eventId: processedTable.eventId });
      const fresh = new Set(inserted.map((row) => row.eventId));
      for (const [index, event] of events.entries()) {
        // delete(): a replayed copy of an event in the same read runs once.
        if (!fresh.delete(event.id)) continue;
        try {
          await options.handle(event, tx);
        } catch (error) {
          throw new BatchFailure(index, error);
        }
      }
    });

  /** Applies the delivery, retrying; dead-letters it after the last attempt. */
  const applyWithRetries = async (delivery: Delivery, alreadyFailed = 0, lastError?: unknown): Promise<void> => {
    let failures = alreadyFailed;
    let error = lastError;
    for (;;) {
      if (failures > 0) {
        // Stopping: leave it pending, another consumer of the group takes it over.
        if (!running) throw error;
        if (failures >= maxAttempts) {
          const message = error instanceof Error ? error.message : String(error);
          log.error({ err: error, eventId: delivery.event.id, attempts: failures }, 'event dead-lettered');
          await transport.deadLetter(group, delivery, { error: message, attempts: failures });
          return;
        }
        const delay = backoffDelay(failures, backoff);
        log.warn({ err: error, eventId: delivery.event.id, attempt: failures, delay }, 'event failed; retrying');
        await sleep(delay);
      }
      try {
        await applyOnce(delivery.event);
        return;
      } catch (caught) {
        failures += 1;
        error = caught;
      }
    }
  };

  const processAggregate = async (list: Delivery[]) => {
    list.sort((a, b) => a.event.sequence - b.event.sequence);
    let failure: BatchFailure | undefined;
    try {
      await applyAllOnce(list.map((delivery) => delivery.event));
      await transport.ack(group, list);
      return;
    } catch (error) {
      // A database error outside the handler charges no attempt to any event.
      if (error instanceof BatchFailure) failure = error;
    }
    const done: Delivery[] = [];
    try {
      for (const [index, delivery] of list.entries()) {
        if (index === failure?.index) await applyWithRetries(delivery, 1, failure.cause);
        else await applyWithRetries(delivery);
        done.push(delivery);
      }
    } finally {
      // Acknowledge what was applied even when a later event of the aggregate stopped us.
      if (done.length > 0) await transport.ack(group, done);
    }
  };

  const processBatch = async (deliveries: Delivery[]) => {
    const byAggregate = new Map<string, Delivery[]>();
    for (const delivery of deliveries) {
      const key = aggregateKey(delivery.event);
      const list = byAggregate.get(key) ?? [];
      list.push(delivery);
      byAggregate.set(key, list);
    }
    // allSettled: the next read must not start while another aggregate of this one still runs.
    const results = await Promise.allSettled([...byAggregate.values()].map(processAggregate));
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  };

  const loop = (async () => {
    await transport.ensureGroup(group, options.aggregateTypes);
    while (running) {
      try {
        const deliveries = await transport.read(group, consumerName, readOptions);
        if (!running) break; // unacknowledged deliveries stay pending for another consumer
        if (deliveries.length > 0) await processBatch(deliveries);
      } catch (error) {
        if (!running) break;
        log.error({ err: error }, 'event consumer failed; retrying');
        await sleep(500);
      }
    }
  })();

  return {
    stop: async () => {
      running = false;
      await loop.catch(() => {});
    },
  };
}

/** Whether `group` has applied the event (tests, admin tools). */
export async function isEventProcessed(
  db: EventsDatabase,
  table: ProcessedEventsTable,
  group: string,
  eventId: string,
): Promise<boolean> {
  const rows = await db
    .select({ eventId: table.eventId })
    .from(table)
    .where(and(eq(table.consumer, group), eq(table.eventId, eventId)));
  return rows.length > 0;
}

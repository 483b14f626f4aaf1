import { setTimeout as sleep } from 'node:timers/promises';

import { and, eq, sql } from 'drizzle-orm';

import type { Logger } from '../logging/logger.js';
import { aggregateKey, type EventEnvelope } from './event-envelope.js';
import type { ProcessedEventsTable } from './event-tables.js';
import { arrayParameter } from './sql-array.js';
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
  /** How often to trim the group's streams of entries every group is done with (0: never). */
  trimIntervalMs?: number;
  /**
   * Consumers of the group idle this long with nothing pending are removed (processes that died
   * leave their names behind). A live consumer is never idle longer than a read's `blockMs` plus
   * one batch, and one that still holds entries is never removed.
   */
  staleConsumerMs?: number;
}

/** A handler threw: which aggregate and which of its events, so only that one is charged. */
class HandlerFailure extends Error {
  constructor(
    readonly aggregate: string,
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

export interface EventConsumer {
  stop(): Promise<void>;
}

/** A read's deliveries by aggregate, each list in sequence order. */
function byAggregate(deliveries: readonly Delivery[]): Map<string, Delivery[]> {
  const groups = new Map<string, Delivery[]>();
  for (const delivery of deliveries) {
    const key = aggregateKey(delivery.event);
    const list = groups.get(key) ?? [];
    list.push(delivery);
    groups.set(key, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.event.sequence - b.event.sequence);
  return groups;
}

/**
 * Reads the group's streams and applies each event exactly once: the handler's writes and the
 * `processed_events` mark commit in one transaction, and a redelivered event whose mark exists
 * is only acknowledged. Events of one aggregate run one after another in sequence order; other
 * aggregates run concurrently. A
 * failing event is retried with backoff (later events of its aggregate wait); after
 * `maxAttempts` it goes to the dead-letter stream. Attempts are the transport's delivery count,
 * so a consumer that dies mid-retry does not give the event a fresh set of attempts.
 *
 * Throughput: a whole read (all its aggregates) commits in one transaction with one multi-row
 * insert of marks; only when that fails do aggregates fall back to a transaction each, and a
 * failing aggregate to one event per transaction.
 */
export function startEventConsumer(options: EventConsumerOptions): EventConsumer {
  const { group, consumerName, transport, db, processedTable, logger } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoff = options.backoff ?? { baseMs: 100, maxMs: 30_000 };
  const trimIntervalMs = options.trimIntervalMs ?? 60_000;
  const readOptions = {
    aggregateTypes: options.aggregateTypes,
    count: options.batchSize ?? 200,
    blockMs: options.blockMs ?? 1000,
    claimIdleMs: options.claimIdleMs ?? 60_000,
  };
  const staleConsumerMs = options.staleConsumerMs ?? 10 * 60_000;
  let running = true;
  const log = logger.child({ consumer: group, consumerName });

  /**
   * Replicas of the group read different entries of a stream, so two processes could hold events
   * of one aggregate at once: these locks make them take turns. Taken in hash order in one
   * statement, so two replicas locking overlapping sets cannot deadlock.
   */
  const lockAggregates = (tx: EventsDatabase, aggregates: readonly string[]) =>
    tx.execute(
      sql`select pg_advisory_xact_lock(lock) from (select distinct hashtextextended(key, 0) as lock from unnest(${arrayParameter(
        aggregates.map((aggregate) => `consumer:${group}:${aggregate}`),
      )}::text[]) as key order by lock) as locks`,
    );

  /**
   * Applies the given aggregates' events in one transaction: locks, one multi-row insert of the
   * marks (events already marked are skipped), then the handler per fresh event, each aggregate
   * in sequence order. A handler error rolls everything back and says which event failed.
   */
  const applyAllOnce = (aggregates: Map<string, Delivery[]>): Promise<void> =>
    db.transaction(async (tx) => {
      await lockAggregates(tx, [...aggregates.keys()]);
      const events = [...aggregates.values()].flat().map((delivery) => delivery.event);
      const inserted: unknown = await tx.execute(
        sql`insert into ${processedTable} (consumer, event_id)
          select ${group}, event_id from unnest(${arrayParameter(events.map((event) => event.id))}::uuid[]) as event_id
          on conflict do nothing returning event_id as "eventId"`,
      );
      // The result's type depends on the driver; postgres.js returns an array of rows.
      const fresh = new Set((inserted as { eventId: string }[]).map((row) => row.eventId));
      // Aggregates run side by side (their statements queue on the transaction's connection);
      // the first handler error is the one that failed the transaction.
      let failure: HandlerFailure | undefined;
      await Promise.all(
        [...aggregates].map(async ([aggregate, list]) => {
          for (const [index, { event }] of list.entries()) {
            if (failure) return;
            // delete(): a replayed copy of an event in the same read runs once.
            if (!fresh.delete(event.id)) continue;
            try {
              await options.handle(event, tx);
            } catch (error) {
              failure ??= new HandlerFailure(aggregate, index, error);
              return;
            }
          }
        }),
      );
      if (failure) throw failure;
    });

  /** Applies the delivery, retrying; dead-letters it after the last attempt. */
  const applyWithRetries = async (delivery: Delivery, failedAttempt?: { error: unknown }): Promise<void> => {
    let attempt = delivery.attempt ?? 1;
    let error = failedAttempt?.error;
    const single = new Map([[aggregateKey(delivery.event), [delivery]]]);
    if (!failedAttempt && attempt > maxAttempts) {
      // Delivered maxAttempts times already without an acknowledgement (its consumers died or
      // stopped). It may still have been applied; if not, it is given up on.
      error = new Error(`not acknowledged after ${attempt - 1} deliveries`);
      attempt -= 1;
      if (await isEventProcessed(db, processedTable, group, delivery.event.id)) {
        await transport.ack(group, [delivery]);
        return;
      }
    } else if (!failedAttempt) {
      try {
        await applyAllOnce(single);
        return;
      } catch (caught) {
        error = caught instanceof HandlerFailure ? caught.cause : caught;
      }
    }
    for (;;) {
      // Stopping: leave it pending, another consumer of the group takes it over.
      if (!running) throw error;
      if (attempt >= maxAttempts) {
        const message = error instanceof Error ? error.message : String(error);
        log.error({ err: error, eventId: delivery.event.id, attempts: attempt }, 'event dead-lettered');
        await transport.deadLetter(group, delivery, { error: message, attempts: attempt });
        return;
      }
      const delay = backoffDelay(attempt, backoff);
      log.warn({ err: error, eventId: delivery.event.id, attempt, delay }, 'event failed; retrying');
      await sleep(delay);
      if (!running) throw error;
      attempt = transport.recordAttempt ? await transport.recordAttempt(group, consumerName, delivery) : attempt + 1;
      try {
        await applyAllOnce(single);
        return;
      } catch (caught) {
        error = caught instanceof HandlerFailure ? caught.cause : caught;
      }
    }
  };

  /**
   * An aggregate's events one transaction each, in order; `failure` is a handler error one of
   * them already had in a larger transaction (its first attempt).
   */
  const applyOneByOne = async (list: Delivery[], failure?: HandlerFailure) => {
    const done: Delivery[] = [];
    try {
      for (const [index, delivery] of list.entries()) {
        await applyWithRetries(delivery, index === failure?.index ? { error: failure.cause } : undefined);
        done.push(delivery);
      }
    } finally {
      // Acknowledge what was applied even when a later event of the aggregate stopped us.
      if (done.length > 0) await transport.ack(group, done);
    }
  };

  /** One transaction for the aggregate (fast path), else one per event. */
  const processAggregate = async (aggregate: string, list: Delivery[]) => {
    try {
      await applyAllOnce(new Map([[aggregate, list]]));
      await transport.ack(group, list);
    } catch (error) {
      // A database error outside the handler charges no attempt to any event.
      await applyOneByOne(list, error instanceof HandlerFailure ? error : undefined);
    }
  };

  const processBatch = async (deliveries: Delivery[]) => {
    const aggregates = byAggregate(deliveries);
    // Entries that used up their attempts in earlier deliveries take the careful path alone.
    const exhausted = new Map<string, Delivery[]>();
    for (const [aggregate, list] of aggregates) {
      if (list.some((delivery) => (delivery.attempt ?? 1) > maxAttempts)) {
        exhausted.set(aggregate, list);
        aggregates.delete(aggregate);
      }
    }
    let failure: unknown;
    if (aggregates.size > 0) {
      try {
        await applyAllOnce(aggregates);
        await transport.ack(group, [...aggregates.values()].flat());
        aggregates.clear();
      } catch (error) {
        failure = error;
      }
    }
    const retries = [
      ...[...aggregates].map(([aggregate, list]) =>
        failure instanceof HandlerFailure && failure.aggregate === aggregate
          ? applyOneByOne(list, failure)
          : processAggregate(aggregate, list),
      ),
      ...[...exhausted.values()].map((list) => applyOneByOne(list)),
    ];
    // allSettled: the next read must not start while another aggregate of this one still runs.
    const results = await Promise.allSettled(retries);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  };

  const pruneStaleConsumers = async () => {
    try {
      const removed = (await transport.pruneIdleConsumers?.(group, options.aggregateTypes, staleConsumerMs)) ?? 0;
      if (removed > 0) log.info({ removed }, 'removed consumers left behind by stopped processes');
    } catch (error) {
      log.warn({ err: error }, 'removing stale consumers failed');
    }
  };

  let lastTrim = Date.now();
  const trimNow = async () => {
    if (trimIntervalMs <= 0 || Date.now() - lastTrim < trimIntervalMs) return;
    lastTrim = Date.now();
    await pruneStaleConsumers();
    if (!transport.trim) return;
    try {
      const removed = await transport.trim(group, options.aggregateTypes);
      if (removed > 0) log.debug({ removed }, 'trimmed event streams');
    } catch (error) {
      log.warn({ err: error }, 'trimming event streams failed');
    }
  };

  const loop = (async () => {
    await transport.ensureGroup(group, options.aggregateTypes);
    await pruneStaleConsumers();
    while (running) {
      try {
        const deliveries = await transport.read(group, consumerName, readOptions);
        if (!running) break; // unacknowledged deliveries stay pending for another consumer
        if (deliveries.length > 0) await processBatch(deliveries);
        await trimNow();
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
      // Leave the group's consumer list; entries still pending keep this name for a takeover.
      await transport.retireConsumer?.(group, consumerName, options.aggregateTypes).catch((error: unknown) => {
        log.warn({ err: error }, 'leaving the consumer group failed');
      });
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

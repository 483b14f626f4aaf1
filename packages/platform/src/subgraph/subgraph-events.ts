import type { BackoffOptions, EventConsumer } from '../events/consumer.js';
import { startEventConsumer } from '../events/consumer.js';
import type { EventEnvelope } from '../events/event-envelope.js';
import type { OutboxTable, ProcessedEventsTable } from '../events/event-tables.js';
import { type EventsDatabase, type OutboxRelay, startOutboxRelay } from '../events/outbox.js';
import type { Delivery, EventTransport } from '../events/transport.js';
import type { Logger } from '../logging/logger.js';
import { acquireEventTransport } from './shared-event-transport.js';

/** Work a handler wants done once its writes are committed (live PubSub updates). */
export type AfterCommit = () => void;

/** One consumer group a subgraph runs. */
export interface EventHandlerSpec {
  /** The group name, `<subgraph>.<purpose>` (e.g. `characters.table-events`). */
  group: string;
  /** The aggregate types (streams) it reads. */
  aggregateTypes: readonly string[];
  /**
   * Applies one event; every write goes through `tx`, which also records the event as processed.
   * Throwing retries the event (then dead-letters it). It may return work to run after the commit.
   */
  handle(event: EventEnvelope, tx: EventsDatabase): Promise<AfterCommit | void>;
  maxAttempts?: number;
  backoff?: BackoffOptions;
}

/** What a subgraph declares to take part in the durable event bus. */
export interface SubgraphEventsSpec<TDeps> {
  /** The subgraph's outbox table (`outboxTable(schema)`); a relay publishes it. */
  outbox?: OutboxTable;
  /** The subgraph's processed-events table (`processedEventsTable(schema)`); needed by consumers. */
  processed?: ProcessedEventsTable;
  /** Consumer groups to run, built once the dependencies exist. */
  consumers?(deps: TDeps): EventHandlerSpec[];
}

/** The bus as domain and admin code see it. */
export interface SubgraphEventBus {
  transport: EventTransport;
  outbox: OutboxTable | undefined;
  processed: ProcessedEventsTable | undefined;
  /** The consumer groups this subgraph runs (the dead-letter admin API lists them). */
  groups: readonly string[];
  /** Call after committing a transaction that enqueued events, so the relay publishes at once. */
  nudge(): void;
  /** Publishes every unpublished outbox row now (tests). */
  flush(): Promise<number>;
}

export interface EventBusTuning {
  /** A pending event idle this long belongs to a dead process and is taken over. */
  claimIdleMs?: number | undefined;
  relayPollMs?: number | undefined;
}

export interface RunningEventBus {
  bus: SubgraphEventBus;
  startConsumers(handlers: EventHandlerSpec[]): void;
  stop(): Promise<void>;
}

/**
 * The event-bus part of a subgraph: a shared transport lease, the relay for its outbox, and its
 * consumer groups. Stop order: consumers, relay, then the transport lease.
 */
export function startSubgraphEventBus(options: {
  name: string;
  db: EventsDatabase;
  redisUrl?: string | undefined;
  namespace: string;
  logger: Logger;
  outbox?: OutboxTable | undefined;
  processed?: ProcessedEventsTable | undefined;
  tuning?: EventBusTuning;
}): RunningEventBus {
  const { db, logger } = options;
  const lease = acquireEventTransport({ redisUrl: options.redisUrl, namespace: options.namespace });
  const relay: OutboxRelay | undefined = options.outbox
    ? startOutboxRelay({
        db,
        table: options.outbox,
        transport: lease.transport,
        logger,
        pollMs: options.tuning?.relayPollMs ?? 1000,
      })
    : undefined;
  const consumers: EventConsumer[] = [];
  const groups: string[] = [];

  const bus: SubgraphEventBus = {
    transport: lease.transport,
    outbox: options.outbox,
    processed: options.processed,
    groups,
    nudge: () => relay?.nudge(),
    flush: () => relay?.flush() ?? Promise.resolve(0),
  };

  return {
    bus,
    startConsumers: (handlers) => {
      if (handlers.length === 0) return;
      const processed = options.processed;
      if (!processed) throw new Error(`${options.name}: event consumers need the processed-events table`);
      for (const handler of handlers) {
        groups.push(handler.group);
        const effects = new AfterCommitEffects(logger);
        consumers.push(
          startEventConsumer({
            group: handler.group,
            consumerName: `${options.name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
            aggregateTypes: handler.aggregateTypes,
            transport: effects.wrap(lease.transport),
            db,
            processedTable: processed,
            logger,
            maxAttempts: handler.maxAttempts,
            backoff: handler.backoff,
            blockMs: 500,
            claimIdleMs: options.tuning?.claimIdleMs,
            handle: async (event, tx) => effects.remember(event.id, await handler.handle(event, tx)),
          }),
        );
      }
    },
    stop: async () => {
      await Promise.all(consumers.map((consumer) => consumer.stop()));
      await relay?.stop();
      await lease.release();
    },
  };
}

/**
 * The consumer commits a handler's transaction and only then acknowledges the delivery, so the
 * acknowledgement is the moment to run the handler's after-commit work. A rolled-back attempt's
 * work is replaced by the retry's; a dead-lettered event's is dropped.
 */
class AfterCommitEffects {
  private readonly pending = new Map<string, AfterCommit>();

  constructor(private readonly logger: Logger) {}

  remember(eventId: string, effect: AfterCommit | void): void {
    if (effect) this.pending.set(eventId, effect);
    else this.pending.delete(eventId);
  }

  wrap(transport: EventTransport): EventTransport {
    const run = (deliveries: readonly Delivery[]) => {
      for (const delivery of deliveries) {
        const effect = this.pending.get(delivery.event.id);
        this.pending.delete(delivery.event.id);
        try {
          effect?.();
        } catch (error) {
          this.logger.error({ err: error, eventId: delivery.event.id }, 'after-commit work of an event failed');
        }
      }
    };
    // Explicit delegation rather than a spread: the transport may be a class instance.
    return {
      kind: transport.kind,
      publish: (events) => transport.publish(events),
      ensureGroup: (group, aggregateTypes) => transport.ensureGroup(group, aggregateTypes),
      read: (group, consumer, readOptions) => transport.read(group, consumer, readOptions),
      listDeadLetters: (group, listOptions) => transport.listDeadLetters(group, listOptions),
      getDeadLetter: (group, id) => transport.getDeadLetter(group, id),
      deleteDeadLetter: (group, id) => transport.deleteDeadLetter(group, id),
      redeliver: (group, events) => transport.redeliver(group, events),
      ack: async (group, deliveries) => {
        await transport.ack(group, deliveries);
        run(deliveries);
      },
      deadLetter: async (group, delivery, failure) => {
        this.pending.delete(delivery.event.id);
        await transport.deadLetter(group, delivery, failure);
      },
      // Closing is the lease's job: several subgraphs share the transport.
      close: async () => {},
      // Optional capabilities pass through when the transport has them: durable attempt counts
      // (Redis delivery counts), stream trimming and consumer-name clean-up.
      ...(transport.recordAttempt ? { recordAttempt: transport.recordAttempt.bind(transport) } : {}),
      ...(transport.trim ? { trim: transport.trim.bind(transport) } : {}),
      ...(transport.retireConsumer ? { retireConsumer: transport.retireConsumer.bind(transport) } : {}),
      ...(transport.pruneIdleConsumers ? { pruneIdleConsumers: transport.pruneIdleConsumers.bind(transport) } : {}),
    };
  }
}

import type { EventEnvelope } from './event-envelope.js';

/** One event handed to a consumer; `deliveryId` is what it acknowledges. */
export interface Delivery {
  stream: string;
  deliveryId: string;
  event: EventEnvelope;
  /**
   * How many times the group has handed this entry out, this time included (Redis' delivery
   * count). It survives the consumer: an entry taken over from a dead consumer keeps its count,
   * so retries are not started again from 1. Absent means 1.
   */
  attempt?: number;
}

/** An event a consumer gave up on after its last attempt. */
export interface DeadLetter {
  id: string;
  group: string;
  event: EventEnvelope;
  error: string;
  attempts: number;
  failedAt: string;
}

export interface ReadOptions {
  /** The aggregate types (one stream each) the group consumes. */
  aggregateTypes: readonly string[];
  count: number;
  /** How long a read waits for new events when there are none. */
  blockMs: number;
  /** Pending entries idle this long (their consumer died) are taken over by this consumer. */
  claimIdleMs: number;
}

/**
 * The bus between the relay and consumers: Redis Streams with consumer groups when a Redis URL
 * is given, an in-process imitation with the same semantics otherwise. Events go to one stream
 * per aggregate type, so all events of an aggregate stay in one ordered stream. Each group also
 * reads a replay stream of its own (dead letters and aggregate replays go there, so other
 * groups are not disturbed).
 */
export interface EventTransport {
  readonly kind: 'redis' | 'in-process';
  /** Appends events in the given order. */
  publish(events: readonly EventEnvelope[]): Promise<void>;
  /** Creates the group on every stream it reads, from the beginning of each stream. */
  ensureGroup(group: string, aggregateTypes: readonly string[]): Promise<void>;
  /** Takes over idle pending entries first, then reads new ones. */
  read(group: string, consumer: string, options: ReadOptions): Promise<Delivery[]>;
  ack(group: string, deliveries: readonly Delivery[]): Promise<void>;
  /** Records the failure in the group's dead-letter stream and acknowledges the delivery. */
  deadLetter(group: string, delivery: Delivery, failure: { error: string; attempts: number }): Promise<void>;
  listDeadLetters(group: string, options?: { count?: number; after?: string }): Promise<DeadLetter[]>;
  getDeadLetter(group: string, id: string): Promise<DeadLetter | null>;
  deleteDeadLetter(group: string, id: string): Promise<boolean>;
  /** Delivers events again to one group only (its replay stream). */
  redeliver(group: string, events: readonly EventEnvelope[]): Promise<void>;
  /**
   * Counts another attempt of a pending delivery in the transport itself (Redis: `XCLAIM`, which
   * increments the entry's delivery count), so the count outlives this consumer. Resolves with
   * the new count. Optional for wrappers; without it the consumer counts in memory.
   */
  recordAttempt?(group: string, consumer: string, delivery: Delivery): Promise<number>;
  /**
   * Removes entries every group reading the streams is done with: older than each group's oldest
   * pending entry and its last delivered one. The group's replay stream is trimmed too. Resolves
   * with the number of entries removed. The outbox stays the durable log for replays.
   */
  trim?(group: string, aggregateTypes: readonly string[]): Promise<number>;
  /**
   * A stopping consumer leaves its group's consumer list, unless it still holds pending entries
   * (those stay with its name until another consumer claims them). Returns how many streams it
   * left. Transports without a consumer registry (in-process) need nothing.
   */
  retireConsumer?(group: string, consumer: string, aggregateTypes: readonly string[]): Promise<number>;
  /** Removes consumers (left by processes that died) idle at least `idleMs` that hold no pending entries. */
  pruneIdleConsumers?(group: string, aggregateTypes: readonly string[], idleMs: number): Promise<number>;
  close(): Promise<void>;
}

export function streamKeys(namespace: string) {
  return {
    events: (aggregateType: string) => `${namespace}:events:${aggregateType}`,
    replay: (group: string) => `${namespace}:events-replay:${group}`,
    dead: (group: string) => `${namespace}:events-dead:${group}`,
  };
}

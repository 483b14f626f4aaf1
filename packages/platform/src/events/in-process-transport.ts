import type { EventEnvelope } from './event-envelope.js';
import { type DeadLetter, type Delivery, type EventTransport, type ReadOptions, streamKeys } from './transport.js';

interface Entry {
  id: string;
  /** Position in its stream since the stream began (trimming does not renumber). */
  index: number;
  event: EventEnvelope;
}

interface Stream {
  /** Index of `entries[0]`: how many entries were trimmed away before it. */
  base: number;
  entries: Entry[];
}

interface Pending {
  entry: Entry;
  consumer: string;
  since: number;
  /** Times handed out, like Redis' delivery count. */
  deliveries: number;
}

interface GroupState {
  /** Index of the next entry never delivered to this group. */
  next: number;
  pending: Map<string, Pending>;
}

interface Bus {
  streams: Map<string, Stream>;
  /** Per stream, its groups by name. */
  groups: Map<string, Map<string, GroupState>>;
  dead: Map<string, Map<string, DeadLetter>>;
  waiters: Set<() => void>;
  counter: number;
}

/** One bus per namespace per process, like one Redis per deployment (see PubSub). */
const buses = new Map<string, Bus>();

/**
 * Redis Streams semantics in memory: consumer groups, pending entries until acknowledged,
 * take-over of idle pending entries, dead letters. Nothing survives the process.
 */
export function createInProcessTransport(namespace: string): EventTransport {
  let bus = buses.get(namespace);
  if (!bus) {
    bus = { streams: new Map(), groups: new Map(), dead: new Map(), waiters: new Set(), counter: 0 };
    buses.set(namespace, bus);
  }
  const state = bus;
  const keys = streamKeys(namespace);
  let closed = false;

  const streamOf = (name: string) => {
    let stream = state.streams.get(name);
    if (!stream) state.streams.set(name, (stream = { base: 0, entries: [] }));
    return stream;
  };
  const append = (name: string, events: readonly EventEnvelope[]) => {
    const stream = streamOf(name);
    for (const event of events) {
      const index = stream.base + stream.entries.length;
      stream.entries.push({ id: `${++state.counter}-0`, index, event: structuredClone(event) });
    }
  };
  const wakeAll = () => {
    for (const waiter of [...state.waiters]) waiter();
  };
  const groupState = (stream: string, group: string) => {
    let groups = state.groups.get(stream);
    if (!groups) state.groups.set(stream, (groups = new Map()));
    let found = groups.get(group);
    if (!found) groups.set(group, (found = { next: 0, pending: new Map() }));
    return found;
  };
  const delivery = (stream: string, pending: Pending): Delivery => ({
    stream,
    deliveryId: pending.entry.id,
    event: structuredClone(pending.entry.event),
    attempt: pending.deliveries,
  });
  /** Drops the entries below every group's oldest pending entry and next undelivered one. */
  const trimStream = (name: string): number => {
    const stream = state.streams.get(name);
    const groups = state.groups.get(name);
    if (!stream || !groups || groups.size === 0) return 0;
    let floor = Infinity;
    for (const group of groups.values()) {
      floor = Math.min(floor, group.next);
      for (const pending of group.pending.values()) floor = Math.min(floor, pending.entry.index);
    }
    const removed = Math.max(0, Math.min(floor - stream.base, stream.entries.length));
    stream.entries.splice(0, removed);
    stream.base += removed;
    return removed;
  };

  const collect = (group: string, consumer: string, options: ReadOptions): Delivery[] => {
    const streams = [...options.aggregateTypes.map(keys.events), keys.replay(group)];
    const now = Date.now();
    const claimed: Delivery[] = [];
    for (const stream of streams) {
      for (const pending of groupState(stream, group).pending.values()) {
        if (claimed.length >= options.count) break;
        if (now - pending.since >= options.claimIdleMs) {
          pending.consumer = consumer;
          pending.since = now;
          pending.deliveries += 1;
          claimed.push(delivery(stream, pending));
        }
      }
    }
    if (claimed.length > 0) return claimed;
    const fresh: Delivery[] = [];
    for (const name of streams) {
      const stream = streamOf(name);
      const groupOfStream = groupState(name, group);
      // A group created after a trim starts at the oldest entry kept, as in Redis.
      groupOfStream.next = Math.max(groupOfStream.next, stream.base);
      const end = stream.base + stream.entries.length;
      while (groupOfStream.next < end && fresh.length < options.count) {
        const entry = stream.entries[groupOfStream.next++ - stream.base];
        const pending = { entry, consumer, since: now, deliveries: 1 };
        groupOfStream.pending.set(entry.id, pending);
        fresh.push(delivery(name, pending));
      }
    }
    return fresh;
  };

  return {
    kind: 'in-process',
    publish: async (events) => {
      for (const event of events) append(keys.events(event.aggregateType), [event]);
      wakeAll();
    },
    ensureGroup: async (group, aggregateTypes) => {
      for (const type of aggregateTypes) groupState(keys.events(type), group);
      groupState(keys.replay(group), group);
    },
    read: async (group, consumer, options) => {
      const deadline = Date.now() + options.blockMs;
      for (;;) {
        if (closed) return [];
        const deliveries = collect(group, consumer, options);
        const remaining = deadline - Date.now();
        if (deliveries.length > 0 || remaining <= 0) return deliveries;
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            state.waiters.delete(done);
            resolve();
          };
          const timer = setTimeout(done, Math.min(remaining, options.claimIdleMs));
          state.waiters.add(done);
        });
      }
    },
    ack: async (group, deliveries) => {
      for (const delivery of deliveries) groupState(delivery.stream, group).pending.delete(delivery.deliveryId);
    },
    deadLetter: async (group, delivery, failure) => {
      let letters = state.dead.get(group);
      if (!letters) state.dead.set(group, (letters = new Map()));
      const id = `${++state.counter}-0`;
      letters.set(id, {
        id,
        group,
        event: structuredClone(delivery.event),
        error: failure.error,
        attempts: failure.attempts,
        failedAt: new Date().toISOString(),
      });
      groupState(delivery.stream, group).pending.delete(delivery.deliveryId);
    },
    listDeadLetters: async (group, options = {}) => {
      const letters = [...(state.dead.get(group)?.values() ?? [])];
      const after = options.after ? Number(options.after.split('-')[0]) : 0;
      return letters.filter((letter) => Number(letter.id.split('-')[0]) > after).slice(0, options.count ?? 100);
    },
    getDeadLetter: async (group, id) => state.dead.get(group)?.get(id) ?? null,
    deleteDeadLetter: async (group, id) => state.dead.get(group)?.delete(id) ?? false,
    redeliver: async (group, events) => {
      append(keys.replay(group), events);
      wakeAll();
    },
    recordAttempt: async (group, consumer, { stream, deliveryId, attempt }) => {
      const pending = groupState(stream, group).pending.get(deliveryId);
      if (!pending) return (attempt ?? 1) + 1;
      pending.consumer = consumer;
      pending.since = Date.now();
      pending.deliveries += 1;
      return pending.deliveries;
    },
    trim: async (group, aggregateTypes) =>
      [...aggregateTypes.map(keys.events), keys.replay(group)].reduce((sum, name) => sum + trimStream(name), 0),
    close: async () => {
      closed = true;
      wakeAll();
    },
  };
}

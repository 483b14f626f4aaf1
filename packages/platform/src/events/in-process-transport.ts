import type { EventEnvelope } from './event-envelope.js';
import { type DeadLetter, type Delivery, type EventTransport, type ReadOptions, streamKeys } from './transport.js';

interface Entry {
  id: string;
  event: EventEnvelope;
}

interface Pending {
  entry: Entry;
  consumer: string;
  since: number;
}

interface GroupState {
  /** Index of the next entry never delivered to this group. */
  next: number;
  pending: Map<string, Pending>;
}

interface Bus {
  streams: Map<string, Entry[]>;
  groups: Map<string, GroupState>;
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

  const append = (stream: string, events: readonly EventEnvelope[]) => {
    let entries = state.streams.get(stream);
    if (!entries) state.streams.set(stream, (entries = []));
    for (const event of events) entries.push({ id: `${++state.counter}-0`, event: structuredClone(event) });
  };
  const wakeAll = () => {
    for (const waiter of [...state.waiters]) waiter();
  };
  const groupState = (stream: string, group: string) => {
    const key = `${stream}|${group}`;
    let found = state.groups.get(key);
    if (!found) state.groups.set(key, (found = { next: 0, pending: new Map() }));
    return found;
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
          claimed.push({ stream, deliveryId: pending.entry.id, event: structuredClone(pending.entry.event) });
        }
      }
    }
    if (claimed.length > 0) return claimed;
    const fresh: Delivery[] = [];
    for (const stream of streams) {
      const entries = state.streams.get(stream) ?? [];
      const groupOfStream = groupState(stream, group);
      while (groupOfStream.next < entries.length && fresh.length < options.count) {
        const entry = entries[groupOfStream.next++];
        groupOfStream.pending.set(entry.id, { entry, consumer, since: now });
        fresh.push({ stream, deliveryId: entry.id, event: structuredClone(entry.event) });
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
    close: async () => {
      closed = true;
      wakeAll();
    },
  };
}

import { Redis } from 'ioredis';

import type { EventEnvelope } from './event-envelope.js';
import { type DeadLetter, type Delivery, type EventTransport, streamKeys } from './transport.js';

type StreamEntry = [id: string, fields: string[]];

function field(fields: string[], name: string): string | undefined {
  for (let index = 0; index < fields.length; index += 2) if (fields[index] === name) return fields[index + 1];
  return undefined;
}

function deadLetterFrom(group: string, [id, fields]: StreamEntry): DeadLetter {
  return {
    id,
    group,
    event: JSON.parse(field(fields, 'e') ?? 'null') as EventEnvelope,
    error: field(fields, 'error') ?? '',
    attempts: Number(field(fields, 'attempts') ?? 0),
    failedAt: field(fields, 'failedAt') ?? '',
  };
}

/**
 * Redis Streams: `XADD` to `<namespace>:events:<aggregateType>`, consumer groups read with
 * `XREADGROUP`, acknowledge with `XACK`, and take over a dead consumer's pending entries with
 * `XAUTOCLAIM`. Dead letters are a stream per group (`<namespace>:events-dead:<group>`).
 * Streams are not trimmed: a lagging group must still find its events.
 */
export function createRedisTransport(redisUrl: string, namespace: string): EventTransport {
  const commands = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  // A blocking XREADGROUP holds its connection, so every consumer gets one of its own.
  const readers = new Map<string, Redis>();
  const keys = streamKeys(namespace);
  // XAUTOCLAIM walks the pending list with a cursor; keep each (group, stream)'s place.
  const claimCursors = new Map<string, string>();

  const reader = (group: string, consumer: string) => {
    const key = `${group}|${consumer}`;
    let client = readers.get(key);
    if (!client) readers.set(key, (client = new Redis(redisUrl, { maxRetriesPerRequest: null })));
    return client;
  };

  const toDeliveries = (stream: string, entries: (StreamEntry | null)[]): Delivery[] => {
    const deliveries: Delivery[] = [];
    for (const entry of entries) {
      if (!entry) continue;
      const json = field(entry[1], 'e');
      if (json) deliveries.push({ stream, deliveryId: entry[0], event: JSON.parse(json) as EventEnvelope });
    }
    return deliveries;
  };

  return {
    kind: 'redis',
    publish: async (events) => {
      if (events.length === 0) return;
      const pipeline = commands.pipeline();
      for (const event of events) pipeline.xadd(keys.events(event.aggregateType), '*', 'e', JSON.stringify(event));
      const results = await pipeline.exec();
      const failure = results?.find(([error]) => error)?.[0];
      if (failure) throw failure;
    },
    ensureGroup: async (group, aggregateTypes) => {
      for (const stream of [...aggregateTypes.map(keys.events), keys.replay(group)]) {
        try {
          await commands.xgroup('CREATE', stream, group, '0', 'MKSTREAM');
        } catch (error) {
          if (!String((error as Error).message).includes('BUSYGROUP')) throw error;
        }
      }
    },
    read: async (group, consumer, options) => {
      const streams = [...options.aggregateTypes.map(keys.events), keys.replay(group)];
      const claimed: Delivery[] = [];
      for (const stream of streams) {
        if (claimed.length >= options.count) break;
        const cursorKey = `${group}|${stream}`;
        const [next, entries] = (await commands.call(
          'XAUTOCLAIM',
          stream,
          group,
          consumer,
          String(options.claimIdleMs),
          claimCursors.get(cursorKey) ?? '0-0',
          'COUNT',
          String(options.count - claimed.length),
        )) as [string, (StreamEntry | null)[]];
        claimCursors.set(cursorKey, next);
        claimed.push(...toDeliveries(stream, entries));
      }
      if (claimed.length > 0) return claimed;
      const result = (await reader(group, consumer).call(
        'XREADGROUP',
        'GROUP',
        group,
        consumer,
        'COUNT',
        String(options.count),
        'BLOCK',
        String(options.blockMs),
        'STREAMS',
        ...streams,
        ...streams.map(() => '>'),
      )) as [string, StreamEntry[]][] | null;
      return (result ?? []).flatMap(([stream, entries]) => toDeliveries(stream, entries));
    },
    ack: async (group, deliveries) => {
      const byStream = new Map<string, string[]>();
      for (const delivery of deliveries) {
        const ids = byStream.get(delivery.stream) ?? [];
        ids.push(delivery.deliveryId);
        byStream.set(delivery.stream, ids);
      }
      const pipeline = commands.pipeline();
      for (const [stream, ids] of byStream) pipeline.xack(stream, group, ...ids);
      await pipeline.exec();
    },
    deadLetter: async (group, delivery, failure) => {
      // One MULTI: the dead letter exists if and only if the delivery was acknowledged.
      await commands
        .multi()
        .xadd(
          keys.dead(group),
          '*',
          'e',
          JSON.stringify(delivery.event),
          'error',
          failure.error,
          'attempts',
          String(failure.attempts),
          'failedAt',
          new Date().toISOString(),
        )
        .xack(delivery.stream, group, delivery.deliveryId)
        .exec();
    },
    listDeadLetters: async (group, options = {}) => {
      const start = options.after ? `(${options.after}` : '-';
      const entries = (await commands.xrange(
        keys.dead(group),
        start,
        '+',
        'COUNT',
        options.count ?? 100,
      )) as StreamEntry[];
      return entries.map((entry) => deadLetterFrom(group, entry));
    },
    getDeadLetter: async (group, id) => {
      const [entry] = (await commands.xrange(keys.dead(group), id, id)) as StreamEntry[];
      return entry ? deadLetterFrom(group, entry) : null;
    },
    deleteDeadLetter: async (group, id) => (await commands.xdel(keys.dead(group), id)) > 0,
    redeliver: async (group, events) => {
      if (events.length === 0) return;
      const pipeline = commands.pipeline();
      for (const event of events) pipeline.xadd(keys.replay(group), '*', 'e', JSON.stringify(event));
      await pipeline.exec();
    },
    close: async () => {
      for (const client of readers.values()) client.disconnect();
      readers.clear();
      await commands.quit().catch(() => commands.disconnect());
    },
  };
}

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
 * Trims a stream below what every group still needs: each group's oldest pending entry, or the
 * entry after its last delivered one when nothing is pending. One script, so no group moves in
 * between. Stream ids compare as (milliseconds, sequence); both fit a Lua number exactly.
 */
const TRIM_SCRIPT = `
local stream = KEYS[1]
if redis.call('EXISTS', stream) == 0 then return 0 end
local groups = redis.call('XINFO', 'GROUPS', stream)
if #groups == 0 then return 0 end
local floor, floorMs, floorSeq
for _, group in ipairs(groups) do
  local info = {}
  for i = 1, #group, 2 do info[group[i]] = group[i + 1] end
  local ms, seq
  if tonumber(info['pending']) > 0 then
    -- Its oldest pending entry is still needed.
    local oldest = redis.call('XPENDING', stream, info['name'])[2]
    ms, seq = string.match(oldest, '^(%d+)-(%d+)$')
    seq = tonumber(seq)
  else
    -- Everything up to its last delivered entry is acknowledged.
    ms, seq = string.match(info['last-delivered-id'], '^(%d+)-(%d+)$')
    seq = tonumber(seq) + 1
  end
  if floor == nil or tonumber(ms) < floorMs or (tonumber(ms) == floorMs and seq < floorSeq) then
    floor, floorMs, floorSeq = ms .. '-' .. seq, tonumber(ms), seq
  end
end
return redis.call('XTRIM', stream, 'MINID', floor)
`;

/**
 * Removes a group's consumers that hold no pending entries and have been idle at least ARGV[2] ms
 * (only ARGV[3] when given). A consumer's pending entries become unclaimable once it is deleted,
 * so the check and the deletion run in one script. Returns how many were removed.
 */
const PRUNE_CONSUMERS_SCRIPT = `
local consumers = redis.pcall('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])
if type(consumers) ~= 'table' or consumers.err then return 0 end
local removed = 0
for _, consumer in ipairs(consumers) do
  local info = {}
  for i = 1, #consumer, 2 do info[consumer[i]] = consumer[i + 1] end
  if (ARGV[3] == '' or info['name'] == ARGV[3]) and tonumber(info['pending']) == 0
      and tonumber(info['idle']) >= tonumber(ARGV[2]) then
    redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], info['name'])
    removed = removed + 1
  end
end
return removed
`;

/**
 * Redis Streams: `XADD` to `<namespace>:events:<aggregateType>`, consumer groups read with
 * `XREADGROUP`, acknowledge with `XACK`, and take over a dead consumer's pending entries with
 * `XAUTOCLAIM`. Dead letters are a stream per group (`<namespace>:events-dead:<group>`).
 * `trim` removes what every group is done with (`XTRIM MINID`); delivery counts (`XPENDING`) are
 * the attempt counts of retries, so they survive a consumer's death.
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

  /** Sets `attempt` of entries this consumer just claimed from Redis' delivery counts. */
  const withDeliveryCounts = async (stream: string, group: string, consumer: string, deliveries: Delivery[]) => {
    if (deliveries.length === 0) return;
    const ids = deliveries.map((delivery) => delivery.deliveryId);
    const pending = (await commands.xpending(stream, group, ids[0], ids[ids.length - 1], ids.length, consumer)) as [
      id: string,
      consumer: string,
      idleMs: number,
      deliveries: number,
    ][];
    const counts = new Map(pending.map(([id, , , deliveries]) => [id, Number(deliveries)]));
    for (const delivery of deliveries) delivery.attempt = counts.get(delivery.deliveryId) ?? 1;
  };

  const pruneConsumers = async (
    group: string,
    aggregateTypes: readonly string[],
    options: { idleMs: number; only?: string },
  ): Promise<number> => {
    const pipeline = commands.pipeline();
    for (const stream of [...aggregateTypes.map(keys.events), keys.replay(group)]) {
      pipeline.eval(PRUNE_CONSUMERS_SCRIPT, 1, stream, group, String(options.idleMs), options.only ?? '');
    }
    let removed = 0;
    for (const [error, count] of (await pipeline.exec()) ?? []) {
      if (error) throw error;
      removed += Number(count);
    }
    return removed;
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
        const taken = toDeliveries(stream, entries);
        await withDeliveryCounts(stream, group, consumer, taken);
        claimed.push(...taken);
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
    recordAttempt: async (group, consumer, delivery) => {
      // XCLAIM (without JUSTID) increments the delivery count and resets the idle time, so no
      // other consumer takes the entry over while this one waits out its backoff.
      const results = await commands
        .multi()
        .xclaim(delivery.stream, group, consumer, 0, delivery.deliveryId)
        .xpending(delivery.stream, group, delivery.deliveryId, delivery.deliveryId, 1)
        .exec();
      const [, pending] = results?.[1] ?? [];
      const [entry] = (pending ?? []) as [string, string, number, number][];
      return entry ? Number(entry[3]) : (delivery.attempt ?? 1) + 1;
    },
    trim: async (group, aggregateTypes) => {
      const pipeline = commands.pipeline();
      for (const stream of [...aggregateTypes.map(keys.events), keys.replay(group)]) {
        pipeline.eval(TRIM_SCRIPT, 1, stream);
      }
      const results = (await pipeline.exec()) ?? [];
      let removed = 0;
      for (const [error, count] of results) {
        if (error) throw error;
        removed += Number(count);
      }
      return removed;
    },
    retireConsumer: async (group, consumer, aggregateTypes) => {
      readers.get(`${group}|${consumer}`)?.disconnect();
      readers.delete(`${group}|${consumer}`);
      return pruneConsumers(group, aggregateTypes, { idleMs: 0, only: consumer });
    },
    pruneIdleConsumers: (group, aggregateTypes, idleMs) => pruneConsumers(group, aggregateTypes, { idleMs }),
    close: async () => {
      for (const client of readers.values()) client.disconnect();
      readers.clear();
      await commands.quit().catch(() => commands.disconnect());
    },
  };
}

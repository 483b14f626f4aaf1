import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { and, asc, eq, gte, isNull, sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';

import { connectDatabase, type Database } from '../db/connect-database.js';
import { createLogger } from '../logging/logger.js';
import { createTestDatabase, type TestDatabase, waitFor } from '../testing/index.js';
import { applied, fixtureTables, outbox, processedEvents, widgets } from './__fixtures__/tables.js';
import { backoffDelay, type EventConsumerOptions, startEventConsumer } from './consumer.js';
import { createInProcessTransport } from './in-process-transport.js';
import {
  discardDeadLetter,
  inspectDeadLetter,
  listDeadLetters,
  replayAggregateEvents,
  replayDeadLetter,
} from './dead-letters.js';
import type { EventEnvelope } from './event-envelope.js';
import { enqueueEvents, type EventsDatabase, startOutboxRelay } from './outbox.js';
import { createRedisTransport } from './redis-transport.js';
import type { EventTransport } from './transport.js';

const logger = createLogger('event-bus-test', process.env.TEST_LOG_LEVEL ?? 'silent');
const redisUrl = inject('redisUrl');

let database: TestDatabase;
let connection: Database<typeof fixtureTables>;
let db: EventsDatabase;

beforeAll(async () => {
  database = await createTestDatabase('event_bus');
  connection = await connectDatabase({
    url: database.url,
    name: 'bus_fixture',
    tables: fixtureTables,
    migrationsFolder: resolve(import.meta.dirname, '__fixtures__/migrations'),
    logger,
  });
  db = connection.db;
});

afterAll(async () => {
  await connection?.close();
  await database?.drop();
});

describe('enqueueEvents (transactional outbox)', () => {
  it('commits the domain row and its events together, and rolls both back together', async () => {
    const committedId = randomUUID();
    await db.transaction(async (tx) => {
      await tx.insert(widgets).values({ id: committedId, name: 'kept' });
      await enqueueEvents(tx, outbox, [
        { type: 'widget.created', aggregateType: 'widget', aggregateId: committedId, payload: { name: 'kept' } },
        { type: 'widget.renamed', aggregateType: 'widget', aggregateId: committedId, payload: { name: 'kept2' } },
      ]);
    });
    const rolledBackId = randomUUID();
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(widgets).values({ id: rolledBackId, name: 'lost' });
        await enqueueEvents(tx, outbox, [
          { type: 'widget.created', aggregateType: 'widget', aggregateId: rolledBackId, payload: {} },
        ]);
        throw new Error('the change fails after its event was enqueued');
      }),
    ).rejects.toThrow('the change fails');

    const rows = await db
      .select()
      .from(outbox)
      .where(eq(outbox.aggregateId, committedId))
      .orderBy(asc(outbox.sequence));
    expect(rows.map((row) => [row.type, row.sequence])).toEqual([
      ['widget.created', 1],
      ['widget.renamed', 2],
    ]);
    expect(await db.select().from(widgets).where(eq(widgets.id, committedId))).toHaveLength(1);
    expect(await db.select().from(widgets).where(eq(widgets.id, rolledBackId))).toHaveLength(0);
    expect(await db.select().from(outbox).where(eq(outbox.aggregateId, rolledBackId))).toHaveLength(0);
  });

  it('gives concurrent writers of one aggregate consecutive sequences without gaps', async () => {
    const aggregateId = randomUUID();
    await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        db.transaction((tx) =>
          enqueueEvents(tx, outbox, [
            { type: 'widget.touched', aggregateType: 'widget', aggregateId, payload: { index } },
            { type: 'widget.touched', aggregateType: 'widget', aggregateId, payload: { index } },
          ]),
        ),
      ),
    );
    const rows = await db
      .select()
      .from(outbox)
      .where(eq(outbox.aggregateId, aggregateId))
      .orderBy(asc(outbox.position));
    // Position order (the relay's order) is sequence order within the aggregate.
    expect(rows.map((row) => row.sequence)).toEqual(Array.from({ length: 16 }, (_, index) => index + 1));
  });
});

it('backoff uses full jitter under an exponential ceiling', () => {
  const backoff = { baseMs: 100, maxMs: 1000 };
  expect(backoffDelay(1, backoff, () => 0.999)).toBe(99);
  expect(backoffDelay(3, backoff, () => 0.5)).toBe(200);
  expect(backoffDelay(10, backoff, () => 0.999)).toBe(999);
  expect(backoffDelay(4, backoff, () => 0)).toBe(0);
});

const transports: [string, (namespace: string) => EventTransport][] = [
  ['in-process', (namespace) => createInProcessTransport(namespace)],
];
if (redisUrl) transports.push(['redis streams', (namespace) => createRedisTransport(redisUrl, namespace)]);

describe.each(transports)('event bus over %s', (label, makeTransport) => {
  const namespace = `bus-test-${randomBytes(4).toString('hex')}`;
  // A fresh stream per test: a new group reads its streams from the beginning.
  let aggregateType = '';
  const open: { stop(): Promise<void> }[] = [];
  let transport: EventTransport;

  beforeAll(() => {
    transport = makeTransport(namespace);
  });

  beforeEach(() => {
    aggregateType = `thing_${randomBytes(3).toString('hex')}`;
  });

  afterAll(async () => {
    for (const item of open.reverse()) await item.stop();
    await transport?.close();
    if (redisUrl && transport?.kind === 'redis') {
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${namespace}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });

  /** Enqueues `count` events per aggregate, each aggregate in its own transactions. */
  async function produce(aggregateIds: string[], count: number, payload: (index: number) => unknown = () => ({})) {
    for (let index = 0; index < count; index += 1) {
      for (const aggregateId of aggregateIds) {
        await db.transaction((tx) =>
          enqueueEvents(tx, outbox, [
            { type: `${aggregateType}.changed`, aggregateType, aggregateId, payload: payload(index) },
          ]),
        );
      }
    }
  }

  async function publishAll() {
    const relay = startOutboxRelay({ db, table: outbox, transport, logger, pollMs: 50 });
    await relay.flush();
    await relay.stop();
  }

  function consumer(overrides: Partial<EventConsumerOptions> & Pick<EventConsumerOptions, 'group' | 'handle'>) {
    const started = startEventConsumer({
      consumerName: `c-${randomBytes(3).toString('hex')}`,
      aggregateTypes: [aggregateType],
      transport,
      db,
      processedTable: processedEvents,
      logger,
      blockMs: 100,
      backoff: { baseMs: 5, maxMs: 20 },
      ...overrides,
    });
    open.push(started);
    return started;
  }

  const record = (group: string) => async (event: EventEnvelope, tx: EventsDatabase) => {
    await tx
      .insert(applied)
      .values({ consumer: group, eventId: event.id, aggregateId: event.aggregateId, sequence: event.sequence });
  };

  const appliedBy = (group: string) =>
    db.select().from(applied).where(eq(applied.consumer, group)).orderBy(asc(applied.id));

  it('the relay publishes every committed event once, in order, and wakes on a nudge', async () => {
    const ids: string[] = [randomUUID(), randomUUID(), randomUUID()];
    await produce(ids, 10);
    const group = `relay-order-${randomBytes(3).toString('hex')}`;
    const seen: EventEnvelope[] = [];
    consumer({ group, handle: async (event) => void seen.push(event) });

    const relay = startOutboxRelay({ db, table: outbox, transport, logger, pollMs: 60_000 });
    open.push(relay);
    // The first pass at start publishes what is there; the long poll means later rows need a nudge.
    await waitFor(async () => seen.filter((event) => ids.includes(event.aggregateId)).length === 30);
    const lateId: string = randomUUID();
    await produce([lateId], 2);
    relay.nudge();
    await waitFor(async () => seen.filter((event) => event.aggregateId === lateId).length === 2, 5000);

    const mine = seen.filter((event) => [...ids, lateId].includes(event.aggregateId));
    expect(new Set(mine.map((event) => event.id)).size).toBe(mine.length);
    for (const id of [...ids, lateId]) {
      const sequences = mine.filter((event) => event.aggregateId === id).map((event) => event.sequence);
      expect(sequences).toEqual(sequences.map((_, index) => index + 1));
    }
    const unpublished = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.aggregateType, aggregateType), isNull(outbox.publishedAt)));
    expect(unpublished).toHaveLength(0);
    expect(await relay.flush()).toBe(0);
  });

  it('a relay that dies after publishing and before marking publishes again; consumers still apply each event once', async () => {
    const aggregateId = randomUUID();
    const group = `relay-crash-${randomBytes(3).toString('hex')}`;
    consumer({ group, handle: record(group) });
    await produce([aggregateId], 6);
    let published = 0;
    const dying: EventTransport = {
      ...transport,
      publish: async (events) => {
        await transport.publish(events);
        published += events.length;
        throw new Error('connection lost after XADD');
      },
    };
    const doomed = startOutboxRelay({ db, table: outbox, transport: dying, logger, pollMs: 60_000 });
    await expect(doomed.flush()).rejects.toThrow('connection lost');
    await doomed.stop();
    expect(published).toBeGreaterThanOrEqual(6);
    // The batch was not marked: it is still unpublished and goes out again.
    const unpublished = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.aggregateId, aggregateId), isNull(outbox.publishedAt)));
    expect(unpublished).toHaveLength(6);
    await publishAll();
    await waitFor(async () => (await appliedBy(group)).length === 6);
    await sleep(300);
    const rows = await appliedBy(group);
    expect(rows.map((row) => row.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('applies each event exactly once when a consumer dies between handling and acknowledging', async () => {
    const ids = [randomUUID(), randomUUID()];
    const group = `crash-${randomBytes(3).toString('hex')}`;
    // The first consumer commits its handling, then "crashes" before every acknowledgement.
    const crashing: EventTransport = {
      ...transport,
      ack: async () => {
        throw new Error('crashed before XACK');
      },
    };
    const first = consumer({ group, transport: crashing, handle: record(group) });
    await produce(ids, 5);
    await publishAll();
    await waitFor(async () => (await appliedBy(group)).length === 10);
    await first.stop();

    // A second consumer of the group takes the dead one's pending entries over (XAUTOCLAIM):
    // it acknowledges all ten without running the handler again.
    let handled = 0;
    let acked = 0;
    consumer({
      group,
      claimIdleMs: 200,
      transport: {
        ...transport,
        ack: async (ackGroup, deliveries) => {
          await transport.ack(ackGroup, deliveries);
          acked += deliveries.length;
        },
      },
      handle: async (event, tx) => {
        handled += 1;
        await record(group)(event, tx);
      },
    });
    await waitFor(async () => acked === 10);
    if (transport.kind === 'redis') {
      const redis = new Redis(redisUrl as string);
      const [pending] = (await redis.xpending(`${namespace}:events:${aggregateType}`, group)) as [number];
      redis.disconnect();
      expect(pending).toBe(0);
    }
    expect(handled).toBe(0);
    const rows = await appliedBy(group);
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((row) => row.eventId)).size).toBe(10);
  });

  it('retries with backoff, dead-letters after maxAttempts, and an admin replays or discards', async () => {
    const aggregateId = randomUUID();
    const group = `dlq-${randomBytes(3).toString('hex')}`;
    let failing = true;
    const attempts = new Map<number, number>();
    consumer({
      group,
      maxAttempts: 3,
      handle: async (event, tx) => {
        const payload = event.payload as { poison?: boolean };
        attempts.set(event.sequence, (attempts.get(event.sequence) ?? 0) + 1);
        if (payload.poison && failing) throw new Error(`cannot apply ${event.sequence}`);
        await record(group)(event, tx);
      },
    });
    // Events 2 and 4 fail every time; 1, 3 and 5 apply.
    await produce([aggregateId], 5, (index) => ({ poison: index === 1 || index === 3 }));
    await publishAll();
    await waitFor(async () => (await listDeadLetters(transport, group)).length === 2);
    await waitFor(async () => (await appliedBy(group)).length === 3);

    // Every call of the handler for event 2 failed; the last one moved it to the dead letters.
    expect(attempts.get(2)).toBe(3);
    // Later events of the aggregate ran only after the failing one was given up on, in order.
    expect((await appliedBy(group)).map((row) => row.sequence)).toEqual([1, 3, 5]);
    const letters = await listDeadLetters(transport, group);
    expect(letters.map((letter) => [letter.event.sequence, letter.attempts, letter.error])).toEqual([
      [2, 3, 'cannot apply 2'],
      [4, 3, 'cannot apply 4'],
    ]);
    const [second, fourth] = letters as [(typeof letters)[0], (typeof letters)[0]];
    expect((await inspectDeadLetter(transport, group, second.id))?.event.id).toBe(second.event.id);
    // A failed attempt rolled back its processed mark too.
    const marks = await db.select().from(processedEvents).where(eq(processedEvents.consumer, group));
    expect(marks).toHaveLength(3);

    failing = false;
    expect((await replayDeadLetter(transport, group, second.id))?.event.sequence).toBe(2);
    await waitFor(async () => (await appliedBy(group)).length === 4);
    expect(await discardDeadLetter(transport, group, fourth.id)).toBe(true);
    expect(await discardDeadLetter(transport, group, fourth.id)).toBe(false);
    expect(await listDeadLetters(transport, group)).toEqual([]);
    expect(await replayDeadLetter(transport, group, second.id)).toBeNull();
    await sleep(300);
    expect((await appliedBy(group)).map((row) => row.sequence)).toEqual([1, 3, 5, 2]);
  });

  it('keeps the attempt count in the transport: a consumer dying mid-retry does not give the event fresh attempts', async () => {
    const aggregateId = randomUUID();
    const group = `retry-count-${randomBytes(3).toString('hex')}`;
    const calls: string[] = [];
    const alwaysFails = (name: string) => async () => {
      calls.push(name);
      throw new Error('cannot apply');
    };
    const first = consumer({
      group,
      maxAttempts: 4,
      handle: async () => {
        // The first consumer stops (as if its process died) after its second failed attempt.
        if (calls.length === 1) void first.stop();
        await alwaysFails('first')();
      },
    });
    await produce([aggregateId], 1);
    await publishAll();
    await waitFor(async () => calls.length === 2);
    await first.stop();
    expect(await listDeadLetters(transport, group)).toEqual([]);

    // The replacement takes the entry over with its delivery count: attempts 3 and 4 are left.
    consumer({ group, maxAttempts: 4, claimIdleMs: 100, handle: alwaysFails('second') });
    await waitFor(async () => (await listDeadLetters(transport, group)).length === 1);
    expect(calls).toEqual(['first', 'first', 'second', 'second']);
    const [letter] = await listDeadLetters(transport, group);
    expect(letter?.attempts).toBe(4);
  });

  it('trims each stream below what every group still needs, and consumers trim as they go', async () => {
    const aggregateId = randomUUID();
    const fast = `trim-fast-${randomBytes(3).toString('hex')}`;
    const slow = `trim-slow-${randomBytes(3).toString('hex')}`;
    const read = (group: string, count: number) =>
      transport.read(group, `${group}-reader`, {
        aggregateTypes: [aggregateType],
        count,
        blockMs: 100,
        claimIdleMs: 60_000,
      });
    /** What a group created now would still find in the stream. */
    const kept = async () => {
      const probe = `trim-probe-${randomBytes(3).toString('hex')}`;
      await transport.ensureGroup(probe, [aggregateType]);
      const found = await read(probe, 100);
      await transport.ack(probe, found);
      return found.map((delivery) => delivery.event.sequence);
    };
    await transport.ensureGroup(slow, [aggregateType]);
    consumer({ group: fast, handle: record(fast) });
    await produce([aggregateId], 6);
    await publishAll();
    await waitFor(async () => (await appliedBy(fast)).length === 6);

    // The slow group has read nothing: nothing may go, though the fast one is done.
    expect(await transport.trim!(fast, [aggregateType])).toBe(0);
    const firstThree = await read(slow, 3);
    expect(firstThree.map((delivery) => delivery.event.sequence)).toEqual([1, 2, 3]);
    await transport.ack(slow, firstThree);
    expect(await transport.trim!(slow, [aggregateType])).toBe(3);
    // Pending (delivered, not acknowledged) entries are kept too.
    const nextThree = await read(slow, 3);
    expect(await transport.trim!(slow, [aggregateType])).toBe(0);
    expect(await kept()).toEqual([4, 5, 6]);
    await transport.ack(slow, nextThree);

    // A consumer trims on its own every trimIntervalMs.
    consumer({ group: slow, handle: record(slow), trimIntervalMs: 50 });
    await waitFor(async () => (await kept()).length === 0);
  });

  it('never runs two events of one aggregate at once and keeps each aggregate in sequence order', async () => {
    const ids = Array.from({ length: 5 }, () => randomUUID());
    const group = `order-${randomBytes(3).toString('hex')}`;
    const inFlight = new Set<string>();
    let overlaps = 0;
    let maxConcurrent = 0;
    const order = new Map<string, number[]>();
    const handle = async (event: EventEnvelope) => {
      if (inFlight.has(event.aggregateId)) overlaps += 1;
      inFlight.add(event.aggregateId);
      maxConcurrent = Math.max(maxConcurrent, inFlight.size);
      await sleep(Math.random() * 5);
      order.set(event.aggregateId, [...(order.get(event.aggregateId) ?? []), event.sequence]);
      inFlight.delete(event.aggregateId);
    };
    consumer({ group, batchSize: 50, handle });
    await produce(ids, 12);
    await publishAll();
    await waitFor(async () => ids.every((id) => order.get(id)?.length === 12));
    expect(overlaps).toBe(0);
    expect(maxConcurrent).toBeGreaterThan(1);
    for (const id of ids) expect(order.get(id)).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
  });

  it('two consumers of one group (replicas) never run events of one aggregate at the same time', async () => {
    const ids = Array.from({ length: 3 }, () => randomUUID());
    const group = `replicas-${randomBytes(3).toString('hex')}`;
    const inFlight = new Set<string>();
    let overlaps = 0;
    const seen: string[] = [];
    const handle = async (event: EventEnvelope, tx: EventsDatabase) => {
      if (inFlight.has(event.aggregateId)) overlaps += 1;
      inFlight.add(event.aggregateId);
      await sleep(Math.random() * 3);
      await record(group)(event, tx);
      seen.push(event.id);
      inFlight.delete(event.aggregateId);
    };
    // Small reads, so both replicas get entries of every aggregate.
    consumer({ group, batchSize: 3, handle });
    consumer({ group, batchSize: 3, handle });
    await produce(ids, 10);
    await publishAll();
    await waitFor(async () => (await appliedBy(group)).length === 30);
    expect(overlaps).toBe(0);
    expect(new Set(seen).size).toBe(30);
  });

  // Processes share nothing in memory: this one needs Redis.
  it.skipIf(label !== 'redis streams')(
    'applies every event exactly once when a consumer process is SIGKILLed mid-stream and another takes over',
    async () => {
      const ids = Array.from({ length: 4 }, () => randomUUID());
      const group = `sigkill-${randomBytes(3).toString('hex')}`;
      const startProcess = async (name: string, claimIdleMs: number): Promise<ChildProcess> => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', resolve(import.meta.dirname, '__fixtures__/consumer-process.ts')],
          {
            env: {
              ...process.env,
              DATABASE_URL: database.url,
              REDIS_URL: redisUrl,
              NAMESPACE: namespace,
              GROUP: group,
              AGGREGATE_TYPE: aggregateType,
              CONSUMER_NAME: name,
              CLAIM_IDLE_MS: String(claimIdleMs),
            },
            stdio: ['pipe', 'pipe', 'inherit'],
          },
        );
        const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
        expect(chunk.toString()).toContain('ready');
        return child;
      };
      await produce(ids, 50);
      await publishAll();

      const children: ChildProcess[] = [];
      const stop = async (child: ChildProcess) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, 'exit');
        child.kill('SIGKILL');
        await exited;
      };
      try {
        const first = await startProcess('first', 60_000);
        children.push(first);
        await waitFor(async () => (await appliedBy(group)).length >= 40, 20_000);
        await stop(first);
        expect((await appliedBy(group)).length).toBeLessThan(200);

        children.push(await startProcess('second', 300));
        await waitFor(async () => (await appliedBy(group)).length >= 200, 30_000);
        await sleep(500);
      } finally {
        for (const child of children) await stop(child);
      }
      const rows = await appliedBy(group);
      expect(rows).toHaveLength(200);
      expect(new Set(rows.map((row) => row.eventId)).size).toBe(200);
      for (const id of ids) {
        const sequences = rows.filter((row) => row.aggregateId === id).map((row) => row.sequence);
        expect(sequences).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
      }
    },
    60_000,
  );

  it("replays an aggregate's events from a position to one group; what the group still holds is not applied twice", async () => {
    const aggregateId = randomUUID();
    const group = `replay-${randomBytes(3).toString('hex')}`;
    consumer({ group, handle: record(group) });
    await produce([aggregateId], 5);
    await publishAll();
    await waitFor(async () => (await appliedBy(group)).length === 5);

    // The group lost what it did from sequence 4 on (say, restored from a backup).
    await db.transaction(async (tx) => {
      await tx.delete(applied).where(and(eq(applied.consumer, group), gte(applied.sequence, 4)));
      await tx.execute(
        sql`delete from ${processedEvents} where ${processedEvents.consumer} = ${group} and ${processedEvents.eventId} in (select ${outbox.id} from ${outbox} where ${outbox.aggregateId} = ${aggregateId} and ${outbox.sequence} >= 4)`,
      );
    });
    const replayed = await replayAggregateEvents({
      db,
      outbox,
      transport,
      group,
      aggregateType,
      aggregateId,
      fromSequence: 2,
    });
    expect(replayed.map((event) => event.sequence)).toEqual([2, 3, 4, 5]);
    await waitFor(async () => (await appliedBy(group)).length === 5);
    await sleep(200);
    const rows = await appliedBy(group);
    expect(rows.map((row) => row.sequence).sort()).toEqual([1, 2, 3, 4, 5]);
  });
  // The consumer list is a Redis Streams notion; the in-process transport keeps none.
  it.skipIf(label !== 'redis streams')(
    'a stopped consumer leaves the group; names left by dead processes are pruned, never one that holds entries',
    async () => {
      const group = `names-${randomBytes(3).toString('hex')}`;
      const stream = `${namespace}:events:${aggregateType}`;
      const redis = new Redis(redisUrl as string);
      const consumerNames = async () =>
        ((await redis.call('XINFO', 'CONSUMERS', stream, group)) as string[][])
          .map((info) => info[info.indexOf('name') + 1]!)
          .sort();
      try {
        const orderly = consumer({ group, consumerName: 'orderly', handle: record(group) });
        await produce([randomUUID()], 3);
        await publishAll();
        await waitFor(async () => (await appliedBy(group)).length === 3);
        await orderly.stop();
        expect(await consumerNames()).toEqual([]);
        // A process that died holding an entry, and one that died with nothing pending.
        await produce([randomUUID()], 1);
        await publishAll();
        const held = await transport.read(group, 'died-holding', {
          aggregateTypes: [aggregateType],
          count: 1,
          blockMs: 100,
          claimIdleMs: 60_000,
        });
        expect(held).toHaveLength(1);
        await redis.call('XGROUP', 'CREATECONSUMER', stream, group, 'died-empty');
        await sleep(20);

        expect(await transport.pruneIdleConsumers!(group, [aggregateType], 10)).toBe(1);
        expect(await consumerNames()).toEqual(['died-holding']);
        // Its entry is still there for a live consumer to take over.
        consumer({ group, claimIdleMs: 10, handle: record(group) });
        await waitFor(async () => (await appliedBy(group)).length === 4);
      } finally {
        redis.disconnect();
      }
    },
  );
});

import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { Redis } from 'ioredis';
import { bench, describe, inject } from 'vitest';

import { connectDatabase } from '../src/db/connect-database.js';
import { fixtureTables, outbox, processedEvents } from '../src/events/__fixtures__/tables.js';
import { startEventConsumer } from '../src/events/consumer.js';
import type { NewEvent } from '../src/events/event-envelope.js';
import { enqueueEvents, startOutboxRelay } from '../src/events/outbox.js';
import { createRedisTransport } from '../src/events/redis-transport.js';
import { createLogger } from '../src/logging/logger.js';
import { createTestDatabase } from '../src/testing/index.js';

/**
 * Target (issue 4): at least 5,000 events/s through Redis Streams on the 2-core development
 * machine. Each call moves EVENTS events; events/s = EVENTS × hz. Needs REDIS_URL (the benchmark
 * is skipped without it). vitest runs no hooks in bench mode, so setup is at module level and
 * clean-up in the last task's teardown.
 */
const EVENTS = 2000;
const AGGREGATES = 50;
const redisUrl = inject('redisUrl');
const logger = createLogger('event-bus-bench', 'silent');
const RESULTS_FILE = resolve(import.meta.dirname, '../../../tests/bench/results/event-bus.json');

async function waitUntil(check: () => Promise<boolean> | boolean, everyMs: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('events did not arrive in time');
    await sleep(everyMs);
  }
}

const setup = redisUrl ? await prepare(redisUrl) : undefined;

async function prepare(url: string) {
  const database = await createTestDatabase('bench_event_bus');
  const connection = await connectDatabase({
    url: database.url,
    name: 'bus_fixture',
    tables: fixtureTables,
    migrationsFolder: resolve(import.meta.dirname, '../src/events/__fixtures__/migrations'),
    logger,
    maxConnections: 10,
  });
  // The consumer is another service: a pool of its own, like a subgraph in its own process.
  const consumerConnection = await connectDatabase({
    url: database.url,
    name: 'bus_fixture',
    tables: fixtureTables,
    migrationsFolder: resolve(import.meta.dirname, '../src/events/__fixtures__/migrations'),
    logger,
    maxConnections: 10,
  });
  const namespace = `bench-${randomBytes(4).toString('hex')}`;
  const transport = createRedisTransport(url, namespace);
  const aggregateIds = Array.from({ length: AGGREGATES }, () => randomUUID());
  let round = 0;
  const batch = (aggregateType: string): NewEvent[] =>
    Array.from({ length: EVENTS }, (_, index) => ({
      type: `${aggregateType}.changed`,
      aggregateType,
      aggregateId: aggregateIds[index % AGGREGATES],
      payload: { index, hp: index % 40 },
    }));

  /** Redis only: pipelined XADD, XREADGROUP in batches, XACK. */
  const transportType = 'bench_transport';
  let received = 0;
  let stopped = false;
  const reader = (async () => {
    await transport.ensureGroup('bench-raw', [transportType]);
    for (;;) {
      const deliveries = await transport.read('bench-raw', 'raw-1', {
        aggregateTypes: [transportType],
        count: 500,
        blockMs: 50,
        claimIdleMs: 60_000,
      });
      if (deliveries.length > 0) {
        await transport.ack('bench-raw', deliveries);
        received += deliveries.length;
      }
      if (stopped) return;
    }
  })();

  /** End to end: outbox transaction → relay → Redis Streams → exactly-once consumer. */
  const pipelineType = 'bench_pipeline';
  const relay = startOutboxRelay({
    db: connection.db,
    table: outbox,
    transport,
    logger,
    pollMs: 1000,
    batchSize: 1000,
  });
  // Counted at the acknowledgement, which follows the commit of the handler's transaction.
  let applied = 0;
  const consumer = startEventConsumer({
    group: 'bench-consumer',
    consumerName: 'consumer-1',
    aggregateTypes: [pipelineType],
    transport: {
      ...transport,
      ack: async (group, deliveries) => {
        await transport.ack(group, deliveries);
        applied += deliveries.length;
      },
    },
    db: consumerConnection.db,
    processedTable: processedEvents,
    logger,
    batchSize: 500,
    blockMs: 50,
    handle: async () => {},
  });
  return {
    throughTransport: async () => {
      const target = received + EVENTS;
      await transport.publish(
        batch(transportType).map((event, index) => ({
          ...event,
          id: randomUUID(),
          sequence: round * EVENTS + index,
          occurredAt: new Date().toISOString(),
          payload: event.payload,
        })),
      );
      round += 1;
      await waitUntil(() => received >= target, 1);
    },
    endToEnd: async () => {
      const target = applied + EVENTS;
      // Realistic writes: 20 domain transactions of 100 events, each touching the 5 characters of
      // one party (20 events each, say a round of combat), from 4 request handlers at a time.
      const events = batch(pipelineType);
      const transactions = Array.from({ length: EVENTS / 100 }, (_, index) => {
        const party = new Set(aggregateIds.slice((index * 5) % AGGREGATES, ((index * 5) % AGGREGATES) + 5));
        return events
          .filter((_event, position) => Math.floor(position / 100) === index)
          .map((event, position) => ({
            ...event,
            aggregateId: [...party][position % 5],
          }));
      });
      const writer = async () => {
        for (let next = transactions.shift(); next; next = transactions.shift()) {
          const slice = next;
          await connection.db.transaction((tx) => enqueueEvents(tx, outbox, slice));
          relay.nudge();
        }
      };
      await Promise.all(Array.from({ length: 4 }, writer));
      await waitUntil(() => applied >= target, 1);
    },
    stop: async () => {
      stopped = true;
      await reader;
      await consumer.stop();
      await relay.stop();
      await transport.close();
      await connection.close();
      await consumerConnection.close();
      await database.drop();
      const redis = new Redis(url);
      const keys = await redis.keys(`${namespace}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    },
  };
}

/** Call durations (ms) of the measured iterations (not the warm-up), for the results file. */
const timings = { transport: [] as number[], pipeline: [] as number[] };
let measuring = false;
const timed = (list: number[], run: () => Promise<void>) => async () => {
  const started = performance.now();
  await run();
  if (measuring) list.push(performance.now() - started);
};
const setMode = (_task: unknown, mode?: 'run' | 'warmup') => {
  measuring = mode === 'run';
};

/** events/s at the median call, next to vitest's benchmarks.json: the numbers the README quotes. */
function writeResults() {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const perSecond = (values: number[]) => Math.round((EVENTS / median(values)) * 1000);
  const results = {
    benchmark: 'durable event bus throughput (Redis Streams)',
    measuredAt: new Date().toISOString(),
    eventsPerCall: EVENTS,
    aggregates: AGGREGATES,
    eventsPerSecond: {
      transportOnly: perSecond(timings.transport),
      fullPipeline: perSecond(timings.pipeline),
    },
    target: 5000,
    pipeline:
      'outbox: 20 transactions of 100 events (5 aggregates each), 4 writers at once → relay (batches of 1000) → ' +
      'Redis Streams → consumer group (reads of 500, one transaction per read, processed marks in PostgreSQL) → XACK',
    callMedianMs: { transportOnly: median(timings.transport), fullPipeline: median(timings.pipeline) },
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      node: process.version,
      loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
    },
  };
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
}

describe.skipIf(!setup)(`event bus: ${EVENTS} events per call through Redis Streams`, () => {
  bench(
    `Redis Streams transport: XADD, XREADGROUP, XACK of ${EVENTS} events`,
    timed(timings.transport, () => setup!.throughTransport()),
    { iterations: 10, warmupIterations: 2, time: 0, setup: setMode },
  );
  bench(
    `outbox → relay → Redis Streams → exactly-once consumer (Postgres marks) of ${EVENTS} events`,
    timed(timings.pipeline, () => setup!.endToEnd()),
    {
      iterations: 10,
      warmupIterations: 1,
      time: 0,
      setup: setMode,
      teardown: async (_task, mode) => {
        if (mode !== 'run') return;
        writeResults();
        await setup?.stop();
      },
    },
  );
});

import { randomBytes, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { connectDatabase, type Database } from '../db/connect-database.js';
import { applied, fixtureTables, outbox, processedEvents, widgets } from '../events/__fixtures__/tables.js';
import { enqueueEvents } from '../events/outbox.js';
import { createLogger } from '../logging/logger.js';
import { createTestDatabase, type TestDatabase, waitFor } from '../testing/index.js';
import { acquireEventTransport } from './shared-event-transport.js';
import { startSubgraphEventBus } from './subgraph-events.js';

const logger = createLogger('subgraph-events-test', process.env.TEST_LOG_LEVEL ?? 'silent');
const redisUrl = inject('redisUrl');

describe('startSubgraphEventBus (the bus as startSubgraph wires it)', () => {
  let database: TestDatabase;
  let connection: Database<typeof fixtureTables>;

  beforeAll(async () => {
    database = await createTestDatabase('subgraph_events');
    connection = await connectDatabase({
      url: database.url,
      name: 'bus_fixture',
      tables: fixtureTables,
      migrationsFolder: resolve(import.meta.dirname, '../events/__fixtures__/migrations'),
      logger,
    });
  });

  afterAll(async () => {
    await connection?.close();
    await database?.drop();
  });

  it('shares one transport per namespace in a process and closes it with the last user', async () => {
    const namespace = `shared-${randomBytes(4).toString('hex')}`;
    const first = acquireEventTransport({ redisUrl, namespace });
    const second = acquireEventTransport({ redisUrl, namespace });
    const other = acquireEventTransport({ redisUrl, namespace: `${namespace}-other` });
    expect(second.transport).toBe(first.transport);
    expect(other.transport).not.toBe(first.transport);
    await first.release();
    await first.release(); // twice is harmless
    const third = acquireEventTransport({ redisUrl, namespace });
    expect(third.transport).toBe(first.transport);
    await Promise.all([second.release(), third.release(), other.release()]);
    const fresh = acquireEventTransport({ redisUrl, namespace });
    expect(fresh.transport).not.toBe(first.transport);
    await fresh.release();
  });

  it("delivers one subgraph's outbox to another's consumer and runs after-commit work once the writes are visible", async () => {
    const namespace = `wired-${randomBytes(4).toString('hex')}`;
    const producer = startSubgraphEventBus({
      name: 'producer',
      db: connection.db,
      redisUrl,
      namespace,
      logger,
      outbox,
    });
    const consumer = startSubgraphEventBus({
      name: 'consumer',
      db: connection.db,
      redisUrl,
      namespace,
      logger,
      processed: processedEvents,
    });
    const seenAfterCommit: { eventId: string; visible: boolean }[] = [];
    let failuresLeft = 1;
    consumer.startConsumers([
      {
        group: 'consumer.widgets',
        aggregateTypes: ['widget'],
        backoff: { baseMs: 1, maxMs: 5 },
        handle: async (event, tx) => {
          await tx.insert(applied).values({
            consumer: 'consumer.widgets',
            eventId: event.id,
            aggregateId: event.aggregateId,
            sequence: event.sequence,
          });
          const failing = (event.payload as { fail?: boolean }).fail === true && failuresLeft-- > 0;
          // This attempt rolls back: its after-commit work must never run.
          const afterCommit = async () => {
            const rows = await connection.db.select().from(applied).where(eq(applied.eventId, event.id));
            seenAfterCommit.push({ eventId: event.id, visible: rows.length === 1 });
          };
          if (failing) throw new Error('transient');
          return () => void afterCommit();
        },
      },
    ]);
    expect(consumer.bus.groups).toEqual(['consumer.widgets']);
    try {
      const aggregateId = randomUUID();
      const events = await connection.db.transaction(async (tx) => {
        await tx.insert(widgets).values({ id: aggregateId, name: 'cog' });
        return enqueueEvents(tx, outbox, [
          { type: 'widget.created', aggregateType: 'widget', aggregateId, payload: {} },
          { type: 'widget.renamed', aggregateType: 'widget', aggregateId, payload: { fail: true } },
        ]);
      });
      producer.bus.nudge();
      await waitFor(async () => seenAfterCommit.length === 2);
      await sleep(100);
      // The checks run concurrently, so they may finish in either order.
      const byId = (a: { eventId: string }, b: { eventId: string }) => a.eventId.localeCompare(b.eventId);
      expect(seenAfterCommit.sort(byId)).toEqual(
        events.map((event) => ({ eventId: event.id, visible: true })).sort(byId),
      );
    } finally {
      await consumer.stop();
      await producer.stop();
    }
    if (redisUrl) {
      // The stopped process left the group's consumer list (the wrapper passes retiring on).
      const redis = new Redis(redisUrl);
      const consumers = (await redis.call(
        'XINFO',
        'CONSUMERS',
        `${namespace}:events:widget`,
        'consumer.widgets',
      )) as [];
      redis.disconnect();
      expect(consumers).toEqual([]);
    }
  });
});

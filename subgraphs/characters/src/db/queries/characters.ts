import { and, asc, eq, inArray, sql } from 'drizzle-orm';

import type { CharactersDb } from '../database.js';
import { type CharacterRow, characters, type NewCharacterRow } from '../tables/index.js';

export async function insertCharacter(db: CharactersDb, values: NewCharacterRow): Promise<CharacterRow> {
  const [row] = await db.insert(characters).values(values).returning();
  return row;
}

export async function findCharacterById(db: CharactersDb, id: string): Promise<CharacterRow | undefined> {
  const [row] = await db.select().from(characters).where(eq(characters.id, id));
  return row;
}

/** Batched variant for the DataLoader: one statement for any number of ids. */
export function findCharactersByIds(db: CharactersDb, ids: readonly string[]): Promise<CharacterRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(characters)
    .where(inArray(characters.id, [...ids]));
}

export interface KeysetPosition {
  createdAt: Date;
  id: string;
}

/** The owner's characters in creation order, after `after`, at most `limit` rows. */
export function listCharactersByOwner(
  db: CharactersDb,
  ownerId: string,
  limit: number,
  after: KeysetPosition | null,
): Promise<CharacterRow[]> {
  const afterClause = after
    ? sql`(${characters.createdAt}, ${characters.id}) > (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
    : undefined;
  return db
    .select()
    .from(characters)
    .where(and(eq(characters.ownerId, ownerId), afterClause))
    .orderBy(asc(characters.createdAt), asc(characters.id))
    .limit(limit);
}

export async function updateCharacterName(
  db: CharactersDb,
  id: string,
  name: string,
): Promise<CharacterRow | undefined> {
  const [row] = await db
    .update(characters)
    .set({ name, updatedAt: sql`now()` })
    .where(eq(characters.id, id))
    .returning();
  return row;
}

export async function deleteCharacterById(db: CharactersDb, id: string): Promise<boolean> {
  const rows = await db.delete(characters).where(eq(characters.id, id)).returning({ id: characters.id });
  return rows.length > 0;
}

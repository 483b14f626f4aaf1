import { and, asc, eq, inArray, sql } from 'drizzle-orm';

import type { CharactersExecutor } from '../database.js';
import { type CharacterRow, characters, type NewCharacterRow } from '../tables/index.js';

export async function insertCharacters(db: CharactersExecutor, values: NewCharacterRow[]): Promise<CharacterRow[]> {
  if (values.length === 0) return [];
  return db.insert(characters).values(values).returning();
}

export async function findCharacterById(db: CharactersExecutor, id: string): Promise<CharacterRow | undefined> {
  const [row] = await db.select().from(characters).where(eq(characters.id, id));
  return row;
}

/** Locks the row until the transaction ends, so concurrent changes to one character queue up. */
export async function lockCharacterById(db: CharactersExecutor, id: string): Promise<CharacterRow | undefined> {
  const [row] = await db.select().from(characters).where(eq(characters.id, id)).for('update');
  return row;
}

/** Batched variant for the DataLoader: one statement for any number of ids. */
export function findCharactersByIds(db: CharactersExecutor, ids: readonly string[]): Promise<CharacterRow[]> {
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
  db: CharactersExecutor,
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

/** Writes a new state and version onto a (locked) row. */
export async function updateCharacterState(
  db: CharactersExecutor,
  id: string,
  values: Pick<
    NewCharacterRow,
    'name' | 'edition' | 'isTemplate' | 'theme' | 'build' | 'inventory' | 'playState' | 'version'
  >,
): Promise<CharacterRow> {
  const [row] = await db
    .update(characters)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(characters.id, id))
    .returning();
  if (!row) throw new Error(`character ${id} vanished while locked`);
  return row;
}

export async function deleteCharacterById(db: CharactersExecutor, id: string): Promise<boolean> {
  const rows = await db.delete(characters).where(eq(characters.id, id)).returning({ id: characters.id });
  return rows.length > 0;
}

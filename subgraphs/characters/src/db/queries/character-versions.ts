import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';

import type { CharactersExecutor } from '../database.js';
import { type CharacterVersionRow, characterVersions, type NewCharacterVersionRow } from '../tables/index.js';

export async function insertCharacterVersions(
  db: CharactersExecutor,
  values: NewCharacterVersionRow[],
): Promise<CharacterVersionRow[]> {
  if (values.length === 0) return [];
  return db.insert(characterVersions).values(values).returning();
}

export async function findCharacterVersion(
  db: CharactersExecutor,
  characterId: string,
  version: number,
): Promise<CharacterVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(characterVersions)
    .where(and(eq(characterVersions.characterId, characterId), eq(characterVersions.version, version)));
  return row;
}

/** Batched for the DataLoader: any number of (character, version) pairs in one statement. */
export function findCharacterVersionsByKeys(
  db: CharactersExecutor,
  keys: readonly { characterId: string; version: number }[],
): Promise<CharacterVersionRow[]> {
  if (keys.length === 0) return Promise.resolve([]);
  const pairs = sql.join(
    keys.map((key) => sql`(${key.characterId}::uuid, ${key.version}::int)`),
    sql`, `,
  );
  return db
    .select()
    .from(characterVersions)
    .where(sql`(${characterVersions.characterId}, ${characterVersions.version}) in (${pairs})`);
}

/**
 * Newest first, before version `before` (exclusive), at most `limit` rows per character, for
 * any number of characters in one statement (a window over the unique index).
 */
export async function listVersionsOfCharacters(
  db: CharactersExecutor,
  characterIds: readonly string[],
  limit: number,
  before: number | null,
): Promise<CharacterVersionRow[]> {
  if (characterIds.length === 0) return [];
  const ranked = db
    .select({
      id: characterVersions.id,
      rank: sql<number>`row_number() over (partition by ${characterVersions.characterId} order by ${characterVersions.version} desc)`.as(
        'rank',
      ),
    })
    .from(characterVersions)
    .where(
      and(
        inArray(characterVersions.characterId, [...characterIds]),
        before === null ? undefined : lt(characterVersions.version, before),
      ),
    )
    .as('ranked');
  const rows = await db
    .select({ version: characterVersions })
    .from(characterVersions)
    .innerJoin(ranked, eq(ranked.id, characterVersions.id))
    .where(sql`${ranked.rank} <= ${limit}`)
    .orderBy(characterVersions.characterId, desc(characterVersions.version));
  return rows.map((row) => row.version);
}

export async function setVersionMilestone(
  db: CharactersExecutor,
  characterId: string,
  version: number,
  milestone: string | null,
): Promise<CharacterVersionRow | undefined> {
  const [row] = await db
    .update(characterVersions)
    .set({ milestone })
    .where(and(eq(characterVersions.characterId, characterId), eq(characterVersions.version, version)))
    .returning();
  return row;
}

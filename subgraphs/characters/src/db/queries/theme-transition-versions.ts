import { asc, inArray } from 'drizzle-orm';

import type { CharactersExecutor } from '../database.js';
import { characterVersions, type CharacterVersionRow } from '../tables/index.js';

/** The versions campaign theme transitions wrote, for several transitions at once. */
export function listVersionsOfThemeTransitions(
  db: CharactersExecutor,
  transitionIds: readonly string[],
): Promise<CharacterVersionRow[]> {
  if (transitionIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(characterVersions)
    .where(inArray(characterVersions.themeTransitionId, [...transitionIds]))
    .orderBy(asc(characterVersions.createdAt), asc(characterVersions.characterId), asc(characterVersions.version));
}

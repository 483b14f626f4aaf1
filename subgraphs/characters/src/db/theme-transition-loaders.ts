import DataLoader from 'dataloader';

import type { CharactersDb } from './database.js';
import { listVersionsOfThemeTransitions } from './queries/theme-transition-versions.js';
import type { CharacterVersionRow } from './tables/index.js';

/** The versions each campaign theme transition wrote here; fresh per request, one statement per batch. */
export interface ThemeTransitionLoaders {
  versionsByThemeTransitionId: DataLoader<string, CharacterVersionRow[]>;
}

export function createThemeTransitionLoaders(db: CharactersDb): ThemeTransitionLoaders {
  return {
    versionsByThemeTransitionId: new DataLoader(async (ids) => {
      const rows = await listVersionsOfThemeTransitions(db, ids);
      return ids.map((id) => rows.filter((row) => row.themeTransitionId === id));
    }),
  };
}

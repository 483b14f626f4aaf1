import { badUserInput } from '@grimoire/platform';

import type { HomebrewRow } from '../db/tables/index.js';
import type { HomebrewKind } from './content-kinds.js';
import { homebrewPublicId, requireHomebrewId } from './homebrew-id.js';
import { canSee, type CatalogReadDeps } from './read-catalog.js';

export const HOMEBREW_CONTENT_MAX_IDS = 100;

export interface HomebrewContent {
  id: string;
  kind: HomebrewKind;
  /** The rules-model object (`Spell`, `Species`, …) as @grimoire/rules consumes it. */
  content: Record<string, unknown>;
}

/**
 * Internal read for the characters subgraph, which derives a sheet with the homebrew its owner
 * sees, and for campaigns, which checks that a game master sees what they allow: the
 * rules-model objects of the given ids that the viewer may see (`canSee`: their own, or allowed
 * by one of their campaigns). Unknown ids and homebrew the viewer may not see are left out
 * alike: deleted or withdrawn homebrew must not break a character (it loses its effects), and
 * the answer never tells whether someone's private homebrew exists. One batched load.
 */
export async function readHomebrewContent(deps: CatalogReadDeps, ids: readonly string[]): Promise<HomebrewContent[]> {
  if (ids.length > HOMEBREW_CONTENT_MAX_IDS) {
    throw badUserInput(`ids: at most ${HOMEBREW_CONTENT_MAX_IDS} ids`, { field: 'ids' });
  }
  const rowIds = [...new Set(ids.map((id, index) => requireHomebrewId(id, `ids.${index}`)))];
  const rows = await Promise.all(rowIds.map((rowId) => deps.loadHomebrew(rowId)));
  const found = rows.filter((row): row is HomebrewRow => row !== null);
  const visible = await Promise.all(found.map((row) => canSee(deps, row)));
  return found
    .filter((_, index) => visible[index])
    .map((row) => ({ id: homebrewPublicId(row.id), kind: row.kind as HomebrewKind, content: row.content }));
}

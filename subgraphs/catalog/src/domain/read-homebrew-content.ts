import { badUserInput, forbidden } from '@grimoire/platform';

import type { HomebrewRow } from '../db/tables/index.js';
import type { HomebrewKind } from './content-kinds.js';
import { homebrewPublicId, requireHomebrewId } from './homebrew-id.js';

export const HOMEBREW_CONTENT_MAX_IDS = 100;

export interface HomebrewContent {
  id: string;
  kind: HomebrewKind;
  /** The rules-model object (`Spell`, `Species`, …) as @grimoire/rules consumes it. */
  content: Record<string, unknown>;
}

/**
 * Internal read for the characters subgraph, which derives sheets with homebrew: the
 * rules-model objects of the given ids, for their owner. Unknown ids are left out (deleted
 * homebrew must not break a character); someone else's content is FORBIDDEN. One batched load.
 */
export async function readHomebrewContent(
  deps: { loadHomebrew(rowId: string): Promise<HomebrewRow | null> },
  viewerId: string,
  ids: readonly string[],
): Promise<HomebrewContent[]> {
  if (ids.length > HOMEBREW_CONTENT_MAX_IDS) {
    throw badUserInput(`ids: at most ${HOMEBREW_CONTENT_MAX_IDS} ids`, { field: 'ids' });
  }
  const rowIds = [...new Set(ids.map((id, index) => requireHomebrewId(id, `ids.${index}`)))];
  const rows = await Promise.all(rowIds.map((rowId) => deps.loadHomebrew(rowId)));
  const found = rows.filter((row): row is HomebrewRow => row !== null);
  if (found.some((row) => row.ownerId !== viewerId)) {
    throw forbidden('Homebrew is readable by its author only.');
  }
  return found.map((row) => ({ id: homebrewPublicId(row.id), kind: row.kind as HomebrewKind, content: row.content }));
}

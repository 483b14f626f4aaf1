import { notFound } from '@grimoire/platform';
import type { RulesCatalog } from '@grimoire/rules';

import type { CatalogClient } from '../clients/catalog-client.js';
import type { CharactersDb, CharactersExecutor } from '../db/database.js';
import { findCharacterById } from '../db/queries/characters.js';
import type { CharacterRow } from '../db/tables/index.js';
import { catalogForOwner, homebrewIdsIn } from './rules-catalog.js';

export interface CharacterCatalogDeps {
  db: CharactersDb;
  catalog: CatalogClient;
  requestId?: string;
}

/**
 * The character (as it is now, unlocked) and the catalog a change to it needs: the SRD plus the
 * owner's homebrew that its build, its inventory and the input mention. Read BEFORE the change's
 * transaction, so no network call holds the row lock. Unknown id → NOT_FOUND.
 */
export async function loadCharacterCatalog(
  // An event consumer reads through its transaction.
  deps: Omit<CharacterCatalogDeps, 'db'> & { db: CharactersExecutor },
  characterId: string,
  input?: unknown,
): Promise<{ row: CharacterRow; catalog: RulesCatalog }> {
  const row = await findCharacterById(deps.db, characterId);
  if (!row) throw notFound(`No character has id ${characterId}.`, { field: 'id' });
  const catalog = await catalogForOwner(
    (owner, ids) => deps.catalog.homebrewContent(owner, ids, deps.requestId),
    row.ownerId,
    homebrewIdsIn([row.build, row.inventory.entries, input]),
  );
  return { row, catalog };
}

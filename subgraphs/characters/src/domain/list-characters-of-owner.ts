import { badUserInput, connectionPage, decodeCursor, isUuid, type Page, parsePageSize } from '@grimoire/platform';

import type { CharactersDb } from '../db/database.js';
import { type KeysetPosition, listCharactersByOwner } from '../db/queries/characters.js';
import type { CharacterRow } from '../db/tables/index.js';

/** The owner's characters, oldest first, keyset-paginated on (created_at, id). */
export async function listCharactersOfOwner(
  db: CharactersDb,
  ownerId: string,
  page: { first?: number | null | undefined; after?: string | null | undefined },
): Promise<Page<CharacterRow>> {
  const first = parsePageSize(page.first);
  const after = page.after ? positionFromCursor(page.after) : null;
  const rows = await listCharactersByOwner(db, ownerId, first + 1, after);
  return connectionPage(rows, first, (row) => [row.createdAt.toISOString(), row.id]);
}

function positionFromCursor(cursor: string): KeysetPosition {
  const [createdAt, id] = decodeCursor(cursor, 2);
  const date = typeof createdAt === 'string' ? new Date(createdAt) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || !isUuid(id)) {
    throw badUserInput('The cursor is not valid. Pass an endCursor from a previous page.', { field: 'after' });
  }
  return { createdAt: date, id };
}

import DataLoader from 'dataloader';

import type { AccountsDb } from './accounts-db.js';
import { findUsersByIds } from './queries/users.js';
import type { UserRow } from './tables/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AccountsLoaders {
  /** null for unknown ids and for ids that are not UUIDs (no query is sent for those). */
  userById: DataLoader<string, UserRow | null>;
}

/** Fresh per request, so nothing cached outlives the request that loaded it. */
export function createLoaders(db: AccountsDb): AccountsLoaders {
  return {
    userById: new DataLoader(async (ids) => {
      const rows = await findUsersByIds(
        db,
        ids.filter((id) => UUID.test(id)),
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
  };
}

import type { Database } from '@grimoire/platform';

import type * as tables from './tables/index.js';

/** The tables this subgraph hands to drizzle (see server.ts). */
export interface CatalogTables extends Record<string, unknown> {
  descriptions: typeof tables.descriptions;
  homebrew: typeof tables.homebrew;
}

export type CatalogDatabase = Database<CatalogTables>;
/** The drizzle handle queries take first: the pool or a transaction. */
export type CatalogDb = CatalogDatabase['db'];

import type { BaseContext } from '@grimoire/platform';
import type { CatalogContent } from '@grimoire/rules';

import type { CatalogDb } from './db/database.js';
import type { CatalogLoaders, EntryLoaders } from './db/loaders.js';
import type { CatalogReadDeps } from './domain/read-catalog.js';

export interface CatalogContext extends BaseContext {
  db: CatalogDb;
  loaders: CatalogLoaders;
  /** Catalog reads for this request's viewer (SRD tables + visible homebrew). */
  read: CatalogReadDeps;
  srdContent: CatalogContent;
  /** Entries by kind and id (SRD or visible homebrew), batched: behind every reference and child list. */
  entries: EntryLoaders;
}

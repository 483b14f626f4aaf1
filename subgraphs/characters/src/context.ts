import type { BaseContext, PubSub } from '@grimoire/platform';

import type { CatalogClient } from './clients/catalog-client.js';
import type { CharactersDb } from './db/database.js';
import type { CharactersLoaders } from './db/loaders.js';

export interface CharactersContext extends BaseContext {
  db: CharactersDb;
  pubsub: PubSub;
  catalog: CatalogClient;
  loaders: CharactersLoaders;
}

import type { BaseContext, PubSub, SubgraphEventBus } from '@grimoire/platform';

import type { CatalogClient } from './clients/catalog-client.js';
import type { CharactersDb } from './db/database.js';
import type { CharactersLoaders } from './db/loaders.js';
import type { GameMasterDirectory } from './domain/authorize-play-state-change.js';

export interface CharactersContext extends BaseContext {
  db: CharactersDb;
  pubsub: PubSub;
  /** The durable event bus (nudge the relay after committing outbox events). */
  events: SubgraphEventBus;
  catalog: CatalogClient;
  /** Game masters of a character's campaigns (the campaigns subgraph), for play-state changes. */
  campaigns: GameMasterDirectory;
  loaders: CharactersLoaders;
}

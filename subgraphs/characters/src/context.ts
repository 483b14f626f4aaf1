import type { BaseContext, PubSub, SubgraphEventBus } from '@grimoire/platform';

import type { CatalogClient } from './clients/catalog-client.js';
import type { CharactersDb } from './db/database.js';
import type { CharactersLoaders } from './db/loaders.js';
import type { TableEventLoaders } from './db/table-event-loaders.js';
import type { ThemeTransitionLoaders } from './db/theme-transition-loaders.js';
import type { GameMasterDirectory } from './domain/authorize-play-state-change.js';
import type { CampaignRulesDirectory } from './domain/campaign-rules.js';

export interface CharactersContext extends BaseContext {
  db: CharactersDb;
  pubsub: PubSub;
  /** The durable event bus (nudge the relay after committing outbox events). */
  events: SubgraphEventBus;
  catalog: CatalogClient;
  /**
   * The campaigns subgraph: game masters of a character's campaigns (play-state changes) and
   * the campaigns' rule profiles (validation).
   */
  campaigns: GameMasterDirectory & CampaignRulesDirectory;
  loaders: CharactersLoaders;
  /** What campaigns' table events did here (fresh per request). */
  tableEvents: TableEventLoaders;
  /** What campaigns' theme transitions did here (fresh per request). */
  themeTransitions: ThemeTransitionLoaders;
}

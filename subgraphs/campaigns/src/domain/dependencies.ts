import type { PubSub, SubgraphEventBus } from '@grimoire/platform';

import type { CampaignsDb } from '../db/database.js';
import type { CharacterDirectory } from './character-directory.js';
import type { HomebrewDirectory } from './homebrew-directory.js';

/** What campaign decisions need from the outside world; passed in, never imported. */
export interface CampaignsDependencies {
  db: CampaignsDb;
  pubsub: PubSub;
  /** The durable event bus: nudge the relay after committing outbox events; dead-letter admin. */
  events: SubgraphEventBus;
  characters: CharacterDirectory;
  homebrew: HomebrewDirectory;
}

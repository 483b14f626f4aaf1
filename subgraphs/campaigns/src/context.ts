import type { BaseContext } from '@grimoire/platform';

import type { CampaignsLoaders } from './db/loaders.js';
import type { SessionLogLoaders } from './db/session-log-loaders.js';
import type { CampaignsDependencies } from './domain/dependencies.js';

export interface CampaignsContext extends BaseContext, CampaignsDependencies {
  loaders: CampaignsLoaders;
  /** Table events and session notes (fresh per request). */
  sessionLog: SessionLogLoaders;
}

import type { Database } from '@grimoire/platform';

import type * as tables from './tables/index.js';

/** The tables this subgraph hands to drizzle (see server.ts). */
export interface CampaignsTables extends Record<string, unknown> {
  campaigns: typeof tables.campaigns;
  campaignMembers: typeof tables.campaignMembers;
  partyMembers: typeof tables.partyMembers;
  campaignHomebrew: typeof tables.campaignHomebrew;
  campaignInvitations: typeof tables.campaignInvitations;
  outbox: typeof tables.outbox;
  processedEvents: typeof tables.processedEvents;
  sessionNotes: typeof tables.sessionNotes;
  tableEvents: typeof tables.tableEvents;
  campaignRuleProfiles: typeof tables.campaignRuleProfiles;
  themeTransitions: typeof tables.themeTransitions;
  nemeses: typeof tables.nemeses;
  nemesisIdentities: typeof tables.nemesisIdentities;
  nemesisIdentityLinks: typeof tables.nemesisIdentityLinks;
  nemesisDeceptions: typeof tables.nemesisDeceptions;
  nemesisRevelations: typeof tables.nemesisRevelations;
}

export type CampaignsDatabase = Database<CampaignsTables>;
/** The drizzle handle queries take first: the pool or a transaction. */
export type CampaignsDb = CampaignsDatabase['db'];
/** A transaction handle, for domain functions that write several rows at once. */
export type CampaignsTransaction = Parameters<Parameters<CampaignsDb['transaction']>[0]>[0];
/** Queries accept either. */
export type CampaignsExecutor = CampaignsDb | CampaignsTransaction;

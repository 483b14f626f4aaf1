import { pgSchema } from 'drizzle-orm/pg-core';

/** Everything the campaigns subgraph stores lives in this PostgreSQL schema. */
export const campaignsSchema = pgSchema('campaigns');

export const campaignRole = campaignsSchema.enum('campaign_role', ['GAME_MASTER', 'PLAYER']);
export type CampaignRole = (typeof campaignRole.enumValues)[number];

import { index, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignRole, campaignsSchema } from './schema.js';

/** Users taking part in a campaign: its game master and the players the GM added. */
export const campaignMembers = campaignsSchema.table(
  'campaign_members',
  {
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    userId: uuid().notNull(),
    role: campaignRole().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.campaignId, table.userId] }),
    index('campaign_members_user_idx').on(table.userId),
  ],
);

export type CampaignMemberRow = typeof campaignMembers.$inferSelect;

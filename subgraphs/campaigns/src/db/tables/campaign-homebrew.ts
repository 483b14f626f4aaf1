import { sql } from 'drizzle-orm';
import { check, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignsSchema } from './schema.js';

/**
 * Homebrew (owned by the catalog subgraph) that a campaign's game master allows: the catalog
 * shows it to every member of the campaign. `homebrewId` is the catalog's public id `hb-<uuid>`.
 */
export const campaignHomebrew = campaignsSchema.table(
  'campaign_homebrew',
  {
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    homebrewId: text().notNull(),
    addedBy: uuid().notNull(),
    addedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    // The primary key's leading column also serves lookups by campaign (the member join).
    primaryKey({ columns: [table.campaignId, table.homebrewId] }),
    check(
      'campaign_homebrew_id_format',
      sql`${table.homebrewId} ~ '^hb-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`,
    ),
  ],
);

export type CampaignHomebrewRow = typeof campaignHomebrew.$inferSelect;

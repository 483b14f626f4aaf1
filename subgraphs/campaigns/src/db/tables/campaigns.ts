import { sql } from 'drizzle-orm';
import { check, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { campaignsSchema, campaignStatus, campaignTheme, campaignType } from './schema.js';

export const campaigns = campaignsSchema.table(
  'campaigns',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    description: text(),
    type: campaignType().notNull().default('TRADITIONAL'),
    /** Moves only along the transitions in domain/authorize-campaign-action.ts. */
    status: campaignStatus().notNull().default('DRAFT'),
    /** Set at creation; changes only through a theme transition (domain/themes). */
    theme: campaignTheme().notNull().default('HIGH_FANTASY'),
    /** A user of the accounts subgraph (no foreign key across schemas); also a GAME_MASTER member. */
    gameMasterId: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [check('campaigns_name_length', sql`char_length(${table.name}) between 1 and 100`)],
);

export type CampaignRow = typeof campaigns.$inferSelect;
export type NewCampaignRow = typeof campaigns.$inferInsert;

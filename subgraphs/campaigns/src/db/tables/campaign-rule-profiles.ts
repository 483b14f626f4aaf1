import { sql } from 'drizzle-orm';
import { boolean, check, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignsSchema } from './schema.js';

/**
 * The rules a campaign plays by, on top of the game's rules: the characters subgraph applies it to
 * the party's characters (`Character.validation`). At most one per campaign; no row, no limits.
 * A null list means "no limit"; ids are catalog ids (SRD indexes or homebrew `hb-<uuid>`).
 */
export const campaignRuleProfiles = campaignsSchema.table(
  'campaign_rule_profiles',
  {
    campaignId: uuid()
      .primaryKey()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    allowSrd: boolean().notNull().default(true),
    /** Null: every homebrew the campaign allows (`campaign_homebrew`); a list: only these of them. */
    allowedHomebrew: text().array(),
    allowedClasses: text().array(),
    allowedSpecies: text().array(),
    startingLevel: integer(),
    minLevel: integer(),
    maxLevel: integer(),
    bannedItems: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    updatedBy: uuid().notNull(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    check('campaign_rule_profiles_starting_level', sql`${table.startingLevel} between 1 and 20`),
    // A level range is both ends or none, inside 1..20 and ordered.
    check(
      'campaign_rule_profiles_level_range',
      sql`(${table.minLevel} is null and ${table.maxLevel} is null) or (${table.minLevel} between 1 and ${table.maxLevel} and ${table.maxLevel} <= 20)`,
    ),
  ],
);

export type CampaignRuleProfileRow = typeof campaignRuleProfiles.$inferSelect;
export type NewCampaignRuleProfileRow = typeof campaignRuleProfiles.$inferInsert;

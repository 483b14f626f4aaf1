import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignsSchema } from './schema.js';
import { factionStance } from './story-enums.js';
import { npcs } from './story-npcs.js';

export const factions = campaignsSchema.table(
  'factions',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    goals: text(),
    power: integer().notNull().default(5),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('factions_campaign_idx').on(table.campaignId, table.createdAt),
    check('factions_power_range', sql`${table.power} between 0 and 10`),
  ],
);

export const factionMembers = campaignsSchema.table(
  'faction_members',
  {
    factionId: uuid()
      .notNull()
      .references(() => factions.id, { onDelete: 'cascade' }),
    npcId: uuid()
      .notNull()
      .references(() => npcs.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.factionId, table.npcId] }),
    index('faction_members_npc_idx').on(table.npcId),
  ],
);

/** How one faction stands towards another (directed: A may be hostile to B while B is neutral). */
export const factionRelationships = campaignsSchema.table(
  'faction_relationships',
  {
    factionId: uuid()
      .notNull()
      .references(() => factions.id, { onDelete: 'cascade' }),
    otherFactionId: uuid()
      .notNull()
      .references(() => factions.id, { onDelete: 'cascade' }),
    stance: factionStance().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.factionId, table.otherFactionId] }),
    index('faction_relationships_other_idx').on(table.otherFactionId),
    check('faction_relationships_not_self', sql`${table.factionId} <> ${table.otherFactionId}`),
  ],
);

export type FactionRow = typeof factions.$inferSelect;
export type FactionMemberRow = typeof factionMembers.$inferSelect;
export type FactionRelationshipRow = typeof factionRelationships.$inferSelect;

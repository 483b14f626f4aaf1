import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignsSchema } from './schema.js';
import { npcRelationshipKind } from './story-enums.js';
import { locations } from './story-locations.js';

/** Game numbers of an NPC; ranges are checked in domain/story/npc-input.ts before storing. */
export interface NpcStatBlock {
  armorClass: number;
  hitPoints: number;
  /** Walking speed in feet. */
  speed: number;
  abilityScores: { str: number; dex: number; con: number; int: number; wis: number; cha: number };
  /** 0, 0.125, 0.25, 0.5 or 1-30. */
  challengeRating: number;
  actions: { name: string; description: string }[];
}

export const npcs = campaignsSchema.table(
  'npcs',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    description: text(),
    role: text(),
    motivations: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    statBlock: jsonb().$type<NpcStatBlock>(),
    locationId: uuid().references(() => locations.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('npcs_campaign_idx').on(table.campaignId, table.createdAt)],
);

/**
 * An edge of the NPC graph: from an NPC to another NPC or to a party character (owned by the
 * characters subgraph, so no foreign key). Hidden edges are for the game masters' eyes only.
 */
export const npcRelationships = campaignsSchema.table(
  'npc_relationships',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    npcId: uuid()
      .notNull()
      .references(() => npcs.id, { onDelete: 'cascade' }),
    targetNpcId: uuid().references(() => npcs.id, { onDelete: 'cascade' }),
    targetCharacterId: uuid(),
    kind: npcRelationshipKind().notNull(),
    description: text(),
    hidden: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('npc_relationships_campaign_idx').on(table.campaignId, table.createdAt),
    index('npc_relationships_npc_idx').on(table.npcId),
    index('npc_relationships_target_npc_idx').on(table.targetNpcId),
    check('npc_relationships_one_target', sql`(${table.targetNpcId} is null) <> (${table.targetCharacterId} is null)`),
  ],
);

export type NpcRow = typeof npcs.$inferSelect;
export type NpcRelationshipRow = typeof npcRelationships.$inferSelect;

import { sql } from 'drizzle-orm';
import { check, date, index, integer, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import { characters } from './characters.js';
import { charactersSchema } from './schema.js';

// A character's story beside its sheet: journal, XP awards, milestones, quests and NPCs. Rows of
// their own (they grow without bound and are listed page by page), each with its author and time,
// removed with the character.

const characterId = () =>
  uuid()
    .notNull()
    .references(() => characters.id, { onDelete: 'cascade' });
const createdAt = () => timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow();
const updatedAt = () => timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow();

export const journalEntries = charactersSchema.table(
  'journal_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    characterId: characterId(),
    authorId: uuid().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    /** The day the session was played (no time of day). */
    sessionDate: date({ mode: 'string' }).notNull(),
    /** The campaign the session belonged to (campaigns subgraph; no foreign key across schemas). */
    campaignId: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    // Newest session first, then newest entry: the order pages are read in.
    index('journal_entries_character_order_idx').on(table.characterId, table.sessionDate, table.createdAt, table.id),
    check('journal_entries_title_length', sql`char_length(${table.title}) between 1 and 200`),
    check('journal_entries_body_length', sql`char_length(${table.body}) <= 20000`),
  ],
);

export const experienceAwards = charactersSchema.table(
  'experience_awards',
  {
    id: uuid().primaryKey().defaultRandom(),
    characterId: characterId(),
    authorId: uuid().notNull(),
    amount: integer().notNull(),
    reason: text().notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index('experience_awards_character_idx').on(table.characterId, table.createdAt, table.id),
    check('experience_awards_amount_positive', sql`${table.amount} > 0`),
  ],
);

export const progressMilestones = charactersSchema.table(
  'progress_milestones',
  {
    id: uuid().primaryKey().defaultRandom(),
    characterId: characterId(),
    authorId: uuid().notNull(),
    title: text().notNull(),
    note: text(),
    createdAt: createdAt(),
  },
  (table) => [index('progress_milestones_character_idx').on(table.characterId, table.createdAt, table.id)],
);

export const QUEST_STATUSES = ['active', 'completed', 'failed', 'abandoned'] as const;
export type QuestStatus = (typeof QUEST_STATUSES)[number];

export const quests = charactersSchema.table(
  'quests',
  {
    id: uuid().primaryKey().defaultRandom(),
    characterId: characterId(),
    title: text().notNull(),
    note: text(),
    status: text().$type<QuestStatus>().notNull().default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('quests_character_idx').on(table.characterId, table.createdAt, table.id),
    check('quests_status', sql`${table.status} in ('active', 'completed', 'failed', 'abandoned')`),
  ],
);

export const NPC_ATTITUDES = ['hostile', 'unfriendly', 'indifferent', 'friendly', 'allied'] as const;
export type NpcAttitude = (typeof NPC_ATTITUDES)[number];

export const npcRelationships = charactersSchema.table(
  'npc_relationships',
  {
    id: uuid().primaryKey().defaultRandom(),
    characterId: characterId(),
    npcName: text().notNull(),
    attitude: text().$type<NpcAttitude>().notNull(),
    note: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    // One relationship per NPC and character: setting it again updates it.
    uniqueIndex('npc_relationships_character_npc_idx').on(table.characterId, table.npcName),
    check(
      'npc_relationships_attitude',
      sql`${table.attitude} in ('hostile', 'unfriendly', 'indifferent', 'friendly', 'allied')`,
    ),
  ],
);

export type JournalEntryRow = typeof journalEntries.$inferSelect;
export type ExperienceAwardRow = typeof experienceAwards.$inferSelect;
export type ProgressMilestoneRow = typeof progressMilestones.$inferSelect;
export type QuestRow = typeof quests.$inferSelect;
export type NpcRelationshipRow = typeof npcRelationships.$inferSelect;

import { index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import type { CharacterChange, CharacterSnapshot } from '../../domain/character-state.js';
import { characters } from './characters.js';
import { charactersSchema } from './schema.js';

/**
 * The append-only history of a character: one row per version, written in the same transaction
 * as the change. `snapshot` is the whole state after the change (restore and export read it),
 * `changes` the list of what changed from the previous version.
 */
export const characterVersions = charactersSchema.table(
  'character_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    characterId: uuid()
      .notNull()
      .references(() => characters.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    snapshot: jsonb().$type<CharacterSnapshot>().notNull(),
    changes: jsonb().$type<CharacterChange[]>().notNull(),
    /** The user who made the change (owner, or a campaign GM for play state). */
    authorId: uuid().notNull(),
    reason: text().notNull(),
    /** A name the owner gave this version ("Before the dragon"); null for most versions. */
    milestone: text(),
    /** The campaign table event (campaigns subgraph) this version applied or reverted; null otherwise. */
    tableEventId: uuid(),
    /** The campaign theme transition (campaigns subgraph) that moved the character here; null otherwise. */
    themeTransitionId: uuid(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('character_versions_character_version_idx').on(table.characterId, table.version),
    // TableEvent.characterVersions looks versions up by event.
    index('character_versions_table_event_idx').on(table.tableEventId),
    // ThemeTransition.characterVersions looks versions up by transition.
    index('character_versions_theme_transition_idx').on(table.themeTransitionId),
  ],
);

export type CharacterVersionRow = typeof characterVersions.$inferSelect;
export type NewCharacterVersionRow = typeof characterVersions.$inferInsert;

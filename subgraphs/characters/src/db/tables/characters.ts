import {
  type CharacterBuild,
  type Inventory,
  type PlayState,
  ROOT_THEME,
  THEME_IDS,
  type ThemeId,
} from '@grimoire/rules';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { charactersSchema } from './schema.js';

export const characters = charactersSchema.table(
  'characters',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** A user of the accounts subgraph; no foreign key across schemas. */
    ownerId: uuid().notNull(),
    name: text().notNull(),
    /** `2024` or `2014`; always equal to `build.edition` (kept as a column for filtering). */
    edition: text().notNull().default('2024'),
    /** Every choice that defines the character (@grimoire/rules `CharacterBuild`). */
    build: jsonb().$type<CharacterBuild>().notNull(),
    /** Items and coins (@grimoire/rules `Inventory`). */
    inventory: jsonb().$type<Inventory>().notNull(),
    /**
     * How the character is doing right now (@grimoire/rules `PlayState`). Null means fresh: full
     * hit points and nothing spent (rows from before play state existed have no maximum to start from).
     */
    playState: jsonb().$type<PlayState>(),
    /** The campaign theme (genre) the character is told in; a campaign's theme transition moves it. */
    theme: text().$type<ThemeId>().notNull().default(ROOT_THEME),
    /** A template others (and the owner) start new characters from. */
    isTemplate: boolean().notNull().default(false),
    /** Bumped by every change; clients pass it back as `expectedVersion` (optimistic concurrency). */
    version: integer().notNull().default(1),
    // Millisecond precision, like a JS Date, so a keyset cursor built from a Date matches the row exactly.
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('characters_owner_created_idx').on(table.ownerId, table.createdAt, table.id),
    check('characters_name_length', sql`char_length(${table.name}) between 1 and 100`),
    check('characters_edition', sql`${table.edition} in ('2024', '2014')`),
    check('characters_version_positive', sql`${table.version} >= 1`),
    check('characters_theme', sql.raw(`theme in (${THEME_IDS.map((id) => `'${id}'`).join(', ')})`)),
  ],
);

export type CharacterRow = typeof characters.$inferSelect;
export type NewCharacterRow = typeof characters.$inferInsert;

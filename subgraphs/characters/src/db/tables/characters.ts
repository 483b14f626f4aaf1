import { sql } from 'drizzle-orm';
import { check, index, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { charactersSchema } from './schema.js';

export const characters = charactersSchema.table(
  'characters',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** A user of the accounts subgraph; no foreign key across schemas. */
    ownerId: uuid().notNull(),
    name: text().notNull(),
    /** Catalog ids (e.g. `elf`, `fighter`); the rules catalog validates them once it exists. */
    species: text(),
    className: text(),
    level: integer().notNull().default(1),
    // Millisecond precision, like a JS Date, so a keyset cursor built from a Date matches the row exactly.
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('characters_owner_created_idx').on(table.ownerId, table.createdAt, table.id),
    check('characters_level_range', sql`${table.level} between 1 and 20`),
    check('characters_name_length', sql`char_length(${table.name}) between 1 and 100`),
  ],
);

export type CharacterRow = typeof characters.$inferSelect;
export type NewCharacterRow = typeof characters.$inferInsert;

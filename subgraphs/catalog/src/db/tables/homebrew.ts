import { sql } from 'drizzle-orm';
import { check, index, jsonb, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { catalogSchema } from './schema.js';

/**
 * User-made content. `content` holds the rules-model object (a `Spell`, `Feat`, … of
 * @grimoire/rules) exactly as the engine consumes it, with its public id `hb-<id>`.
 */
export const homebrew = catalogSchema.table(
  'homebrew',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** A user of the accounts subgraph; no foreign key across schemas. */
    ownerId: uuid().notNull(),
    kind: text().notNull(),
    name: text().notNull(),
    description: text(),
    content: jsonb().$type<Record<string, unknown>>().notNull(),
    powerScore: real().notNull(),
    powerVerdict: text().notNull(),
    powerReasons: jsonb().$type<string[]>().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('homebrew_owner_kind_idx').on(table.ownerId, table.kind),
    check('homebrew_kind_known', sql`${table.kind} in ('species', 'class', 'feat', 'spell', 'magic-item')`),
    check('homebrew_name_length', sql`char_length(${table.name}) between 1 and 100`),
  ],
);

export type HomebrewRow = typeof homebrew.$inferSelect;
export type NewHomebrewRow = typeof homebrew.$inferInsert;

import { text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import { catalogSchema } from './schema.js';

/**
 * Rules text of SRD content, loaded at run time by `npm run catalog:import` (never committed to
 * the repository). The mechanics live in @grimoire/rules; this table only adds prose, keyed by
 * the content kind and its 5e-database index.
 */
export const descriptions = catalogSchema.table(
  'descriptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** A `DescriptionKind` (spell, feat, class-feature, …); ids repeat across kinds (`shield`). */
    kind: text().notNull(),
    contentId: text().notNull(),
    name: text().notNull(),
    description: text(),
    /** Spells: what casting with a higher slot or at higher levels adds. */
    higherLevel: text(),
    /** Which data set it came from (`5e-database` or `open5e`). */
    origin: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('descriptions_kind_content_idx').on(table.kind, table.contentId)],
);

export type DescriptionRow = typeof descriptions.$inferSelect;
export type NewDescriptionRow = typeof descriptions.$inferInsert;

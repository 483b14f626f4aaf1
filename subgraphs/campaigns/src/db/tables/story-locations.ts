import { type AnyPgColumn, index, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignsSchema } from './schema.js';

export const locations = campaignsSchema.table(
  'locations',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    description: text(),
    /** The enclosing location (same campaign, never a cycle); deleting it lifts its children to the top. */
    parentLocationId: uuid().references((): AnyPgColumn => locations.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('locations_campaign_idx').on(table.campaignId, table.createdAt),
    index('locations_parent_idx').on(table.parentLocationId),
  ],
);

export type LocationRow = typeof locations.$inferSelect;

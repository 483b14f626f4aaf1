import { date, index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignsSchema } from './schema.js';

/** The campaign's session log: one note per played session, numbered. */
export const sessionNotes = campaignsSchema.table(
  'session_notes',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    title: text().notNull(),
    narrative: text().notNull().default(''),
    playedOn: date({ mode: 'string' }),
    /** Users (accounts subgraph) who were at the table. */
    presentUserIds: jsonb().$type<string[]>().notNull().default([]),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('session_notes_campaign_number_uq').on(table.campaignId, table.number),
    index('session_notes_campaign_idx').on(table.campaignId),
  ],
);

export type SessionNoteRow = typeof sessionNotes.$inferSelect;

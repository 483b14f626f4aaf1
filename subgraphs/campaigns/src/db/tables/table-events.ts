import { index, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import type { TableEventDetails } from '../../domain/table-events/table-event-details.js';
import { campaigns } from './campaigns.js';
import { campaignsSchema } from './schema.js';
import { sessionNotes } from './session-notes.js';

/**
 * What the game master recorded at the table (XP, damage, a rest...). The characters subgraph
 * applies it to each target through the durable event bus; a revert is a second event.
 */
export const tableEvents = campaignsSchema.table(
  'table_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    sessionNoteId: uuid().references(() => sessionNotes.id, { onDelete: 'set null' }),
    /** The kind and its fields (see TableEventDetails). */
    details: jsonb().$type<TableEventDetails>().notNull(),
    /** Party members (characters subgraph) it applies to. */
    targetCharacterIds: jsonb().$type<string[]>().notNull(),
    description: text(),
    recordedBy: uuid().notNull(),
    recordedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    revertedBy: uuid(),
    revertedAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (table) => [
    // Campaign.tableEvents pages newest first.
    index('table_events_campaign_recorded_idx').on(table.campaignId, table.recordedAt.desc(), table.id.desc()),
    index('table_events_session_note_idx').on(table.sessionNoteId),
  ],
);

export type TableEventRow = typeof tableEvents.$inferSelect;

import { index, jsonb, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import type { TableEventEffect } from '../../domain/table-events/table-event-effects.js';
import { charactersSchema } from './schema.js';

/** REVERT_FAILED: applied, but the revert could not undo it (the granted item was given away...). */
export const TABLE_EVENT_APPLICATION_STATUSES = ['APPLIED', 'FAILED', 'REVERTED', 'REVERT_FAILED'] as const;
export type TableEventApplicationStatus = (typeof TABLE_EVENT_APPLICATION_STATUSES)[number];

/**
 * What a campaign's table event did to one character: the changes actually applied (so a revert
 * undoes exactly those), or why it could not apply. Table events live in the campaigns subgraph:
 * no foreign key across schemas, and none to the character either (a deleted character keeps
 * the record of the failure).
 */
export const tableEventApplications = charactersSchema.table(
  'table_event_applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    tableEventId: uuid().notNull(),
    characterId: uuid().notNull(),
    status: text().$type<TableEventApplicationStatus>().notNull(),
    /** What the event actually did (column `changes`); a revert undoes exactly these. */
    effects: jsonb('changes').$type<TableEventEffect[]>().notNull().default([]),
    /** Why the event could not apply or be reverted (a rule refused it, the character is gone). */
    failure: text(),
    appliedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    revertedAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (table) => [
    uniqueIndex('table_event_applications_event_character_uq').on(table.tableEventId, table.characterId),
    index('table_event_applications_character_idx').on(table.characterId),
  ],
);

export type TableEventApplicationRow = typeof tableEventApplications.$inferSelect;

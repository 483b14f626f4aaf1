import { index, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignsSchema } from './schema.js';

/** Characters (owned by the characters subgraph) in a campaign's party. */
export const partyMembers = campaignsSchema.table(
  'party_members',
  {
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    characterId: uuid().notNull(),
    addedBy: uuid().notNull(),
    addedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.campaignId, table.characterId] }),
    // Character events and Character.campaigns look parties up by character.
    index('party_members_character_idx').on(table.characterId),
  ],
);

export type PartyMemberRow = typeof partyMembers.$inferSelect;

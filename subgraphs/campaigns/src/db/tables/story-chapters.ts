import { index, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignsSchema } from './schema.js';
import { chapterKind, chapterState } from './story-enums.js';

export const chapters = campaignsSchema.table(
  'chapters',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    summary: text(),
    kind: chapterKind().notNull().default('STORY'),
    state: chapterState().notNull().default('DRAFT'),
    /** Ties in the topological order of chapters break by creation. */
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('chapters_campaign_idx').on(table.campaignId, table.createdAt)],
);

/** `chapterId` can only start once `prerequisiteId` is done; both in one campaign, never a cycle. */
export const chapterPrerequisites = campaignsSchema.table(
  'chapter_prerequisites',
  {
    chapterId: uuid()
      .notNull()
      .references(() => chapters.id, { onDelete: 'cascade' }),
    // Deleting a prerequisite is refused in the domain; the cascade is for restores and campaign deletes.
    prerequisiteId: uuid()
      .notNull()
      .references(() => chapters.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.chapterId, table.prerequisiteId] }),
    index('chapter_prerequisites_prerequisite_idx').on(table.prerequisiteId),
  ],
);

export type ChapterRow = typeof chapters.$inferSelect;
export type ChapterPrerequisiteRow = typeof chapterPrerequisites.$inferSelect;

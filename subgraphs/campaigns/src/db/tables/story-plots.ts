import { type AnyPgColumn, index, integer, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignsSchema } from './schema.js';
import { chapters } from './story-chapters.js';
import { plotKind, plotState, storyArcKind } from './story-enums.js';

export const storyArcs = campaignsSchema.table(
  'story_arcs',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    description: text(),
    kind: storyArcKind().notNull(),
    /** Arcs are listed by position, then creation. */
    position: integer().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('story_arcs_campaign_idx').on(table.campaignId, table.position)],
);

export const plots = campaignsSchema.table(
  'plots',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    description: text(),
    kind: plotKind().notNull(),
    state: plotState().notNull().default('PLANNED'),
    /** A subplot's parent (same campaign, never a cycle); deleting the parent lifts its subplots to the top. */
    parentPlotId: uuid().references((): AnyPgColumn => plots.id, { onDelete: 'set null' }),
    arcId: uuid().references(() => storyArcs.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('plots_campaign_idx').on(table.campaignId, table.createdAt),
    index('plots_parent_idx').on(table.parentPlotId),
  ],
);

/** The chapters a plot runs through, in order. */
export const plotChapters = campaignsSchema.table(
  'plot_chapters',
  {
    plotId: uuid()
      .notNull()
      .references(() => plots.id, { onDelete: 'cascade' }),
    chapterId: uuid()
      .notNull()
      .references(() => chapters.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.plotId, table.chapterId] }),
    index('plot_chapters_chapter_idx').on(table.chapterId),
  ],
);

export type StoryArcRow = typeof storyArcs.$inferSelect;
export type PlotRow = typeof plots.$inferSelect;
export type PlotChapterRow = typeof plotChapters.$inferSelect;

import { index, jsonb, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignsSchema } from './schema.js';

/** Story states by content: `hash` is the sha256 of the canonical JSON in `content`. */
export const storySnapshots = campaignsSchema.table(
  'story_snapshots',
  {
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    hash: text().notNull(),
    content: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.hash] })],
);

/** A commit: a snapshot with its parents (two for a merge), author, message and branch. */
export const storyCommits = campaignsSchema.table(
  'story_commits',
  {
    /** sha256 of the canonical JSON of everything else in the row. */
    hash: text().primaryKey(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    snapshotHash: text().notNull(),
    parentHashes: text().array().notNull(),
    branch: text().notNull(),
    authorId: uuid().notNull(),
    message: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  },
  (table) => [index('story_commits_campaign_idx').on(table.campaignId, table.createdAt)],
);

/** Named lines of history; a head only moves forward (to a descendant), compare-and-swap. */
export const storyBranches = campaignsSchema.table(
  'story_branches',
  {
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    headHash: text()
      .notNull()
      .references(() => storyCommits.hash),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.name] })],
);

export type StorySnapshotRow = typeof storySnapshots.$inferSelect;
export type StoryCommitRow = typeof storyCommits.$inferSelect;
export type StoryBranchRow = typeof storyBranches.$inferSelect;

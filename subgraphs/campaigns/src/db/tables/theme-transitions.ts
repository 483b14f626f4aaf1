import type { ItemPolicyOverride } from '@grimoire/rules';
import { index, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignsSchema, campaignTheme, themeItemPolicy } from './schema.js';

/**
 * The history of a campaign's genre shifts. Each row moved the party: the characters subgraph
 * gives every member in `characterIds` a new version in `toTheme` (through the durable bus).
 */
export const themeTransitions = campaignsSchema.table(
  'theme_transitions',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    fromTheme: campaignTheme().notNull(),
    toTheme: campaignTheme().notNull(),
    /** What happens to items without an override. */
    itemPolicy: themeItemPolicy().notNull(),
    itemPolicies: jsonb().$type<ItemPolicyOverride[]>().notNull().default([]),
    reason: text().notNull(),
    /** The party members moved (characters subgraph ids), as the party was at the transition. */
    characterIds: jsonb().$type<string[]>().notNull(),
    transitionedBy: uuid().notNull(),
    transitionedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('theme_transitions_campaign_idx').on(table.campaignId, table.transitionedAt, table.id)],
);

export type ThemeTransitionRow = typeof themeTransitions.$inferSelect;

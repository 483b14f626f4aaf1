import {
  DECEPTION_LAYERS,
  DECEPTION_STATES,
  IDENTITY_RELATIONS,
  type MemberAnalysis,
  NEMESIS_GENERATORS,
  type NemesisMirror,
} from '@grimoire/rules';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignsSchema } from './schema.js';

export const nemesisGenerator = campaignsSchema.enum('nemesis_generator', NEMESIS_GENERATORS);
export const identityRelation = campaignsSchema.enum('nemesis_identity_relation', IDENTITY_RELATIONS);
export const deceptionLayer = campaignsSchema.enum('nemesis_deception_layer', DECEPTION_LAYERS);
export const deceptionState = campaignsSchema.enum('nemesis_deception_state', DECEPTION_STATES);

/** The nemesis of an ANTITHETICON campaign (one per campaign; generating again replaces it). */
export const nemeses = campaignsSchema.table('nemeses', {
  campaignId: uuid()
    .primaryKey()
    .references(() => campaigns.id, { onDelete: 'cascade' }),
  generator: nemesisGenerator().notNull(),
  seed: integer().notNull(),
  name: text().notNull(),
  title: text().notNull(),
  level: integer().notNull(),
  motive: text().notNull(),
  /** The party analysis it was built from (game masters only). */
  analysis: jsonb().$type<MemberAnalysis[]>().notNull(),
  mirrors: jsonb().$type<NemesisMirror[]>().notNull(),
  generatedBy: uuid().notNull(),
  generatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

/** The nemesis's false identities: the nodes of its identity network. Hidden from players until exposed. */
export const nemesisIdentities = campaignsSchema.table(
  'nemesis_identities',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => nemeses.campaignId, { onDelete: 'cascade' }),
    /** `identity-1`, … in generation order. */
    key: text().notNull(),
    name: text().notNull(),
    guise: text().notNull(),
    description: text().notNull(),
    exposed: boolean().notNull().default(false),
  },
  (table) => [unique('nemesis_identities_campaign_key').on(table.campaignId, table.key)],
);

/** Edges of the identity network: from an identity to another identity or to a party member. */
export const nemesisIdentityLinks = campaignsSchema.table(
  'nemesis_identity_links',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => nemeses.campaignId, { onDelete: 'cascade' }),
    position: integer().notNull(),
    fromIdentityId: uuid()
      .notNull()
      .references(() => nemesisIdentities.id, { onDelete: 'cascade' }),
    relation: identityRelation().notNull(),
    toIdentityId: uuid().references(() => nemesisIdentities.id, { onDelete: 'cascade' }),
    /** A character of the characters subgraph (no foreign key across schemas). */
    toCharacterId: uuid(),
  },
  (table) => [
    index('nemesis_identity_links_campaign_idx').on(table.campaignId, table.position),
    check('nemesis_identity_links_one_target', sql`num_nonnulls(${table.toIdentityId}, ${table.toCharacterId}) = 1`),
  ],
);

/** What the nemesis is lying about; at most MAX_ACTIVE_DECEPTIONS are ACTIVE per campaign. */
export const nemesisDeceptions = campaignsSchema.table(
  'nemesis_deceptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Creation order, also within one multi-row insert (generated deceptions share a timestamp). */
    sequence: integer().notNull().generatedAlwaysAsIdentity(),
    campaignId: uuid()
      .notNull()
      .references(() => nemeses.campaignId, { onDelete: 'cascade' }),
    identityId: uuid().references(() => nemesisIdentities.id, { onDelete: 'set null' }),
    targetCharacterId: uuid(),
    layer: deceptionLayer().notNull(),
    description: text().notNull(),
    state: deceptionState().notNull().default('ACTIVE'),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('nemesis_deceptions_campaign_idx').on(table.campaignId, table.sequence)],
);

/** The staged revelation: ordered stages, revealed one at a time (`revealNext`). */
export const nemesisRevelations = campaignsSchema.table(
  'nemesis_revelations',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => nemeses.campaignId, { onDelete: 'cascade' }),
    stage: integer().notNull(),
    trigger: text().notNull(),
    revelation: text().notNull(),
    exposesIdentityId: uuid().references(() => nemesisIdentities.id, { onDelete: 'set null' }),
    revealedAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (table) => [unique('nemesis_revelations_campaign_stage').on(table.campaignId, table.stage)],
);

export type NemesisRow = typeof nemeses.$inferSelect;
export type NemesisIdentityRow = typeof nemesisIdentities.$inferSelect;
export type NemesisIdentityLinkRow = typeof nemesisIdentityLinks.$inferSelect;
export type NemesisDeceptionRow = typeof nemesisDeceptions.$inferSelect;
export type NemesisRevelationRow = typeof nemesisRevelations.$inferSelect;

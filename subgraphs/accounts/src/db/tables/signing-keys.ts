import { sql } from 'drizzle-orm';
import { index, jsonb, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { JWK } from 'jose';

import { accountsPgSchema } from './accounts-schema.js';

/**
 * RS256 key pairs for access tokens. Exactly one is active (`retiredAt` null); retired keys stay
 * published in the JWKS until every token they signed has expired.
 */
export const signingKeys = accountsPgSchema.table(
  'signing_keys',
  {
    id: uuid().primaryKey().defaultRandom(),
    kid: text().notNull().unique(),
    publicJwk: jsonb().$type<JWK>().notNull(),
    privateJwk: jsonb().$type<JWK>().notNull(),
    retiredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // At most one active key, even when several processes start (or rotate) at once.
    uniqueIndex('signing_keys_one_active_idx')
      .on(sql`(true)`)
      .where(sql`${table.retiredAt} is null`),
    index('signing_keys_retired_at_idx').on(table.retiredAt),
  ],
);

export type SigningKeyRow = typeof signingKeys.$inferSelect;

import { index, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { accountsPgSchema } from './accounts-schema.js';
import { sessions } from './sessions.js';

/**
 * Refresh tokens are stored only as a SHA-256 hash: a database leak yields nothing usable.
 * A token is single-use: `usedAt` is set when it is rotated; presenting it again is reuse.
 */
export const refreshTokens = accountsPgSchema.table(
  'refresh_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** Hex SHA-256 of the opaque token. */
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('refresh_tokens_session_id_idx').on(table.sessionId)],
);

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;

import { index, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { accountsPgSchema } from './accounts-schema.js';
import { users } from './users.js';

/** One session per login (the refresh-token family); revoking it revokes every token in it. */
export const sessions = accountsPgSchema.table(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    revokedAt: timestamp({ withTimezone: true }),
    /** Why it was revoked: `LOGOUT` or `REUSE_DETECTED`. */
    revokedReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
);

export type SessionRow = typeof sessions.$inferSelect;

import { sql } from 'drizzle-orm';
import { check, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { accountsPgSchema, roleEnum } from './accounts-schema.js';

export const users = accountsPgSchema.table(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored normalised (trimmed, lower-cased), so the unique constraint is case-insensitive. */
    email: text().notNull().unique(),
    displayName: text().notNull(),
    /** Argon2id PHC string. */
    passwordHash: text().notNull(),
    roles: roleEnum().array().notNull(),
    /** Consecutive failed logins since the last success or lockout. */
    failedLoginCount: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('users_email_normalised', sql`${table.email} = lower(btrim(${table.email}))`),
    check('users_display_name_length', sql`char_length(${table.displayName}) between 1 and 64`),
  ],
);

export type UserRow = typeof users.$inferSelect;

import { bigint, index, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { accountsPgSchema } from './accounts-schema.js';

export const AUDIT_EVENT_TYPES = [
  'SIGN_UP',
  'LOGIN_SUCCEEDED',
  'LOGIN_FAILED',
  'ACCOUNT_LOCKED',
  'SESSION_REFRESHED',
  'REFRESH_TOKEN_REUSED',
  'LOGGED_OUT',
  'ROLES_CHANGED',
  'SIGNING_KEY_ROTATED',
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

/**
 * Append-only security log (rows are never updated, hence no `updated_at`). `userId` has no
 * foreign key on purpose: the trail must outlive the rows it talks about.
 */
export const auditEvents = accountsPgSchema.table(
  'audit_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Insertion order; the pagination key (timestamps can tie). */
    sequence: bigint({ mode: 'number' }).generatedAlwaysAsIdentity().notNull().unique(),
    type: text().$type<AuditEventType>().notNull(),
    userId: uuid(),
    /** The email given in a sign-up or login attempt, as typed (normalised). */
    email: text(),
    requestId: text(),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('audit_events_user_id_sequence_idx').on(table.userId, table.sequence)],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;

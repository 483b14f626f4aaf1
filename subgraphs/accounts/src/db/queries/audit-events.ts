import { and, desc, eq, lt, type SQL } from 'drizzle-orm';

import type { AccountsDb } from '../accounts-db.js';
import { type AuditEventRow, type AuditEventType, auditEvents } from '../tables/index.js';

export interface NewAuditEvent {
  type: AuditEventType;
  userId?: string | null;
  email?: string | null;
  requestId?: string | null;
  detail?: Record<string, unknown>;
}

export async function insertAuditEvents(db: AccountsDb, events: NewAuditEvent[], now: Date): Promise<void> {
  if (events.length === 0) return;
  await db.insert(auditEvents).values(
    events.map((event) => ({
      type: event.type,
      userId: event.userId ?? null,
      email: event.email ?? null,
      requestId: event.requestId ?? null,
      detail: event.detail ?? {},
      createdAt: now,
    })),
  );
}

/** Newest first; `limit` rows with `sequence` below `beforeSequence` (keyset pagination). */
export function listAuditEvents(
  db: AccountsDb,
  options: { limit: number; beforeSequence?: number; userId?: string },
): Promise<AuditEventRow[]> {
  const conditions: SQL[] = [];
  if (options.beforeSequence !== undefined) conditions.push(lt(auditEvents.sequence, options.beforeSequence));
  if (options.userId !== undefined) conditions.push(eq(auditEvents.userId, options.userId));
  return db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.sequence))
    .limit(options.limit);
}

import { and, eq, isNull } from 'drizzle-orm';

import type { AccountsDb } from '../accounts-db.js';
import { type RefreshTokenRow, refreshTokens, type SessionRow, sessions } from '../tables/index.js';

export async function insertSession(db: AccountsDb, userId: string, now: Date): Promise<SessionRow> {
  const [row] = await db.insert(sessions).values({ userId, createdAt: now, updatedAt: now }).returning();
  return row;
}

export async function insertRefreshToken(
  db: AccountsDb,
  token: { sessionId: string; tokenHash: string; expiresAt: Date },
  now: Date,
): Promise<void> {
  await db.insert(refreshTokens).values({ ...token, createdAt: now, updatedAt: now });
}

export interface RefreshTokenWithSession {
  token: RefreshTokenRow;
  session: SessionRow;
}

/**
 * Finds a refresh token by hash and locks it and its session for the rest of the transaction,
 * so two concurrent refreshes with one token are serialised (the second one sees it used).
 */
export async function lockRefreshTokenByHash(
  db: AccountsDb,
  tokenHash: string,
): Promise<RefreshTokenWithSession | undefined> {
  const [row] = await db
    .select({ token: refreshTokens, session: sessions })
    .from(refreshTokens)
    .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
    .where(eq(refreshTokens.tokenHash, tokenHash))
    .for('update')
    .limit(1);
  return row;
}

export async function markRefreshTokenUsed(db: AccountsDb, id: string, now: Date): Promise<void> {
  await db.update(refreshTokens).set({ usedAt: now, updatedAt: now }).where(eq(refreshTokens.id, id));
}

/** Revokes a session and every token in it; already revoked rows keep their first revocation time. */
export async function revokeSession(db: AccountsDb, sessionId: string, reason: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason, updatedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
  await db
    .update(refreshTokens)
    .set({ revokedAt: now, updatedAt: now })
    .where(and(eq(refreshTokens.sessionId, sessionId), isNull(refreshTokens.revokedAt)));
}

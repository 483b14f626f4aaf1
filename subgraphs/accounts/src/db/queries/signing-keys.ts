import { desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { JWK } from 'jose';

import type { AccountsDb } from '../accounts-db.js';
import { type SigningKeyRow, signingKeys } from '../tables/index.js';

/** The cheap check behind the in-memory key cache: one indexed row, one column. */
export async function findActiveKid(db: AccountsDb): Promise<string | undefined> {
  const [row] = await db
    .select({ kid: signingKeys.kid })
    .from(signingKeys)
    .where(isNull(signingKeys.retiredAt))
    .limit(1);
  return row?.kid;
}

export async function findActiveSigningKey(db: AccountsDb): Promise<SigningKeyRow | undefined> {
  const [row] = await db.select().from(signingKeys).where(isNull(signingKeys.retiredAt)).limit(1);
  return row;
}

/** Locks the active key row so two rotations at once cannot both retire it. */
export async function lockActiveSigningKey(db: AccountsDb): Promise<SigningKeyRow | undefined> {
  const [row] = await db.select().from(signingKeys).where(isNull(signingKeys.retiredAt)).for('update').limit(1);
  return row;
}

/**
 * Inserts a key as the active one. Returns false when another process made an active key first
 * (the partial unique index allows only one), so the caller can use that one instead.
 */
export async function insertActiveSigningKey(
  db: AccountsDb,
  key: { kid: string; publicJwk: JWK; privateJwk: JWK },
  now: Date,
): Promise<boolean> {
  const rows = await db
    .insert(signingKeys)
    .values({ ...key, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning({ kid: signingKeys.kid });
  return rows.length === 1;
}

export async function retireSigningKey(db: AccountsDb, kid: string, now: Date): Promise<void> {
  await db.update(signingKeys).set({ retiredAt: now, updatedAt: now }).where(eq(signingKeys.kid, kid));
}

/** Public keys of the active key and of keys retired after `retiredAfter`: active first, then latest retired. */
export function listPublishedPublicKeys(db: AccountsDb, retiredAfter: Date): Promise<{ publicJwk: JWK }[]> {
  return db
    .select({ publicJwk: signingKeys.publicJwk })
    .from(signingKeys)
    .where(or(isNull(signingKeys.retiredAt), gt(signingKeys.retiredAt, retiredAfter)))
    .orderBy(sql`${signingKeys.retiredAt} desc nulls first`, desc(signingKeys.createdAt));
}

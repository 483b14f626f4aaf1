import { eq, inArray } from 'drizzle-orm';

import type { AccountsDb } from '../accounts-db.js';
import { type Role, type UserRow, users } from '../tables/index.js';

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
}

export async function insertUser(db: AccountsDb, user: NewUser, now: Date): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ ...user, createdAt: now, updatedAt: now })
    .returning();
  return row;
}

export async function findUserByEmail(db: AccountsDb, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row;
}

export async function findUserById(db: AccountsDb, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** Locks the row until the transaction ends, so concurrent logins count failures exactly. */
export async function lockUserById(db: AccountsDb, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for('update').limit(1);
  return row;
}

/** Batched lookup for the DataLoader: one statement for any number of ids. */
export function findUsersByIds(db: AccountsDb, ids: readonly string[]): Promise<UserRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(users)
    .where(inArray(users.id, [...ids]));
}

export async function updateLoginState(
  db: AccountsDb,
  id: string,
  state: { failedLoginCount: number; lockedUntil: Date | null },
  now: Date,
): Promise<void> {
  await db
    .update(users)
    .set({ failedLoginCount: state.failedLoginCount, lockedUntil: state.lockedUntil, updatedAt: now })
    .where(eq(users.id, id));
}

export async function updateUserRoles(db: AccountsDb, id: string, roles: Role[], now: Date): Promise<UserRow> {
  const [row] = await db.update(users).set({ roles, updatedAt: now }).where(eq(users.id, id)).returning();
  return row;
}

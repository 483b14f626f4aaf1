import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { SignJWT } from 'jose';

import type { AccountsDb } from '../db/accounts-db.js';
import { insertRefreshToken, insertSession } from '../db/queries/sessions.js';
import type { UserRow } from '../db/tables/index.js';
import type { ActiveSigningKey, SigningKeyStore } from './manage-signing-keys.js';
import type { SessionTokens } from './types.js';

/** Contract with the router (see ARCHITECTURE.md). */
export const ACCESS_TOKEN_ISSUER = 'grimoire-accounts';
export const ACCESS_TOKEN_AUDIENCE = 'grimoire-api';
export const ACCESS_TOKEN_ALGORITHM = 'RS256';
export const ACCESS_TOKEN_TTL_MS = 15 * 60_000;
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60_000;

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** 32 random bytes, base64url; only the hash is ever stored. */
export function createRefreshToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashRefreshToken(token) };
}

export async function signAccessToken(
  key: ActiveSigningKey,
  subject: { userId: string; roles: readonly string[] },
  now: Date,
): Promise<{ accessToken: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date(issuedAt * 1000 + ACCESS_TOKEN_TTL_MS);
  const accessToken = await new SignJWT({ roles: [...subject.roles] })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setSubject(subject.userId)
    .setJti(randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key.privateKey);
  return { accessToken, expiresAt };
}

/** Adds a refresh token to a session (new or rotated) and signs an access token to go with it. */
export async function issueTokensInSession(
  tx: AccountsDb,
  keys: SigningKeyStore,
  sessionId: string,
  user: UserRow,
  now: Date,
): Promise<SessionTokens> {
  const refresh = createRefreshToken();
  const refreshTokenExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_MS);
  await insertRefreshToken(tx, { sessionId, tokenHash: refresh.tokenHash, expiresAt: refreshTokenExpiresAt }, now);
  const { accessToken, expiresAt } = await signAccessToken(
    await keys.activeKey(tx),
    { userId: user.id, roles: user.roles },
    now,
  );
  return { accessToken, accessTokenExpiresAt: expiresAt, refreshToken: refresh.token, refreshTokenExpiresAt, user };
}

/** Starts a new refresh-token family (one per sign-up or login). */
export async function openSession(
  tx: AccountsDb,
  keys: SigningKeyStore,
  user: UserRow,
  now: Date,
): Promise<{ sessionId: string; tokens: SessionTokens }> {
  const session = await insertSession(tx, user.id, now);
  return { sessionId: session.id, tokens: await issueTokensInSession(tx, keys, session.id, user, now) };
}

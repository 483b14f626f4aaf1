import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditEvents, refreshTokens, sessions, users } from '../../db/tables/index.js';
import { hashRefreshToken, REFRESH_TOKEN_TTL_MS } from '../../domain/issue-session-tokens.js';
import {
  ADMIN_EMAIL,
  AUTH_PAYLOAD_FIELDS,
  type AccountsTestKit,
  type AuthPayloadResult,
  GOOD_PASSWORD,
  startAccountsTestKit,
} from '../../testing/accounts-test-kit.js';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { ${AUTH_PAYLOAD_FIELDS} } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { ${AUTH_PAYLOAD_FIELDS} } }`;
const REFRESH = `mutation($token: String!) { refreshSession(refreshToken: $token) { ${AUTH_PAYLOAD_FIELDS} } }`;
const LOG_OUT = 'mutation($token: String!) { logOut(refreshToken: $token) }';
const WRONG = 'Email or password is incorrect.';
const MINUTE = 60_000;

describe('sessions: sign-up, login, refresh, logout', () => {
  let kit: AccountsTestKit;

  beforeAll(async () => {
    kit = await startAccountsTestKit('accounts_sessions');
  });

  afterAll(async () => {
    await kit?.stop();
  });

  const logIn = (email: string, password: string) =>
    kit.gql<{ logIn: AuthPayloadResult }>(LOG_IN, { input: { email, password } });
  const refresh = (token: string) => kit.gql<{ refreshSession: AuthPayloadResult }>(REFRESH, { token });

  describe('signUp', () => {
    it('creates a player and game master with a normalised email and a hashed password', async () => {
      const { body } = await kit.gql<{ signUp: AuthPayloadResult }>(SIGN_UP, {
        input: { email: '  Ada.Lovelace@Example.COM ', password: GOOD_PASSWORD, displayName: '  Ada  ' },
      });
      expect(body.errors).toBeUndefined();
      const payload = body.data!.signUp;
      expect(payload.user).toMatchObject({
        email: 'ada.lovelace@example.com',
        displayName: 'Ada',
        roles: ['PLAYER', 'GAME_MASTER'],
      });
      expect(payload.refreshToken).toMatch(/^[A-Za-z0-9_-]{43,}$/);
      expect(new Date(payload.accessTokenExpiresAt).getTime() - kit.clock.now().getTime()).toBeLessThanOrEqual(
        15 * MINUTE,
      );
      expect(new Date(payload.accessTokenExpiresAt).getTime() - kit.clock.now().getTime()).toBeGreaterThan(14 * MINUTE);

      const { db } = kit.subgraph.database;
      const [row] = await db.select().from(users).where(eq(users.id, payload.user.id));
      expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
      expect(row!.passwordHash).not.toContain(GOOD_PASSWORD);
      // Only the SHA-256 of the refresh token is stored.
      const tokens = await db
        .select()
        .from(refreshTokens)
        .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
        .where(eq(sessions.userId, payload.user.id));
      expect(tokens.map((t) => t.refresh_tokens.tokenHash)).toEqual([hashRefreshToken(payload.refreshToken)]);
      const audit = await db.select().from(auditEvents).where(eq(auditEvents.userId, payload.user.id));
      expect(audit.map((event) => event.type)).toEqual(['SIGN_UP']);
    });

    it('makes emails listed in adminEmails administrators', async () => {
      const admin = await kit.signUp(ADMIN_EMAIL.toUpperCase());
      expect(admin.user.roles).toEqual(['PLAYER', 'GAME_MASTER', 'ADMIN']);
    });

    it.each([
      ['a short password', { password: 'short-pw-11' }, 'input.password', /at least 12 characters/],
      ['a common password', { password: 'qwerty123456' }, 'input.password', /most common passwords/],
      ['a common password in another case', { password: 'QWERTY123456' }, 'input.password', /most common passwords/],
      ['a malformed email', { email: 'not-an-email' }, 'input.email', /valid email/],
      ['a blank display name', { displayName: '   ' }, 'input.displayName', /must not be empty/],
      ['a 10 kB display name', { displayName: 'x'.repeat(10_240) }, 'input.displayName', /at most 64 characters/],
      [
        'a display name with control characters',
        { displayName: 'Ada\u0000' },
        'input.displayName',
        /control characters/,
      ],
    ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, override, field, message) => {
      const before = await kit.rowCounts();
      const { body } = await kit.gql(SIGN_UP, {
        input: { email: 'rejected@example.com', password: GOOD_PASSWORD, displayName: 'Rejected', ...override },
      });
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(body.errors?.[0]?.message).toMatch(message);
      expect(body.errors?.[0]?.message.startsWith(field)).toBe(true);
      expect(await kit.rowCounts()).toEqual(before);
    });

    it('accepts a display name of exactly 64 characters', async () => {
      const payload = await kit.signUp('long.name@example.com', GOOD_PASSWORD, 'é'.repeat(64));
      expect(payload.user.displayName).toHaveLength(64);
    });

    it('answers CONFLICT for an email already in use, whatever its case, and writes nothing', async () => {
      await kit.signUp('taken@example.com');
      const before = await kit.rowCounts();
      const { body } = await kit.gql(SIGN_UP, {
        input: { email: ' TAKEN@example.com', password: 'another good passphrase', displayName: 'Copycat' },
      });
      expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(body.errors?.[0]?.message).toBe('An account with this email already exists. Log in instead.');
      expect(await kit.rowCounts()).toEqual(before);
    });
  });

  describe('logIn', () => {
    it('signs in with the right password (email in any case) and opens a new session', async () => {
      const signedUp = await kit.signUp('login@example.com');
      const { body } = await logIn(' LOGIN@example.com ', GOOD_PASSWORD);
      expect(body.errors).toBeUndefined();
      expect(body.data!.logIn.user).toMatchObject({ id: signedUp.user.id, email: 'login@example.com' });
      expect(body.data!.logIn.refreshToken).not.toBe(signedUp.refreshToken);
      const rows = await kit.subgraph.database.db.select().from(sessions).where(eq(sessions.userId, signedUp.user.id));
      expect(rows).toHaveLength(2);
    });

    it('gives the same UNAUTHENTICATED message for a wrong password and an unknown email', async () => {
      await kit.signUp('wrong@example.com');
      for (const [email, password] of [
        ['wrong@example.com', 'not the password!'],
        ['nobody@example.com', GOOD_PASSWORD],
      ] as const) {
        const { body } = await logIn(email, password);
        expect(body.data).toBeNull();
        expect(body.errors?.[0]).toMatchObject({ message: WRONG, extensions: { code: 'UNAUTHENTICATED' } });
      }
    });

    it('locks the account after 5 failures, with the same message even for the right password, until the lock expires', async () => {
      const { user } = await kit.signUp('lockout@example.com');
      for (let attempt = 1; attempt <= 6; attempt += 1) {
        const { body } = await logIn('lockout@example.com', `wrong password #${attempt}`);
        expect(body.errors?.[0]).toMatchObject({ message: WRONG, extensions: { code: 'UNAUTHENTICATED' } });
      }
      const locked = await logIn('lockout@example.com', GOOD_PASSWORD);
      expect(locked.body.errors?.[0]).toMatchObject({ message: WRONG, extensions: { code: 'UNAUTHENTICATED' } });

      const { db } = kit.subgraph.database;
      const events = await db.select().from(auditEvents).where(eq(auditEvents.userId, user.id));
      expect(events.filter((event) => event.type === 'ACCOUNT_LOCKED')).toHaveLength(1);
      expect(events.filter((event) => event.type === 'LOGIN_FAILED').map((event) => event.detail.reason)).toEqual([
        'WRONG_PASSWORD',
        'WRONG_PASSWORD',
        'WRONG_PASSWORD',
        'WRONG_PASSWORD',
        'WRONG_PASSWORD',
        'LOCKED',
        'LOCKED',
      ]);

      kit.clock.advance(14 * MINUTE);
      expect((await logIn('lockout@example.com', GOOD_PASSWORD)).body.errors?.[0]?.message).toBe(WRONG);
      kit.clock.advance(1 * MINUTE + 1_000);
      const unlocked = await logIn('lockout@example.com', GOOD_PASSWORD);
      expect(unlocked.body.errors).toBeUndefined();
      expect(unlocked.body.data!.logIn.user.id).toBe(user.id);
    });

    it('resets the failure count on success', async () => {
      await kit.signUp('reset@example.com');
      for (let round = 0; round < 2; round += 1) {
        for (let attempt = 0; attempt < 4; attempt += 1) {
          expect((await logIn('reset@example.com', 'wrong password here')).body.errors?.[0]?.message).toBe(WRONG);
        }
        expect((await logIn('reset@example.com', GOOD_PASSWORD)).body.errors).toBeUndefined();
      }
    });
  });

  describe('refreshSession', () => {
    it('rotates: the presented token is spent and a new pair in the same session comes back', async () => {
      const first = await kit.signUp('refresh@example.com');
      const { body } = await refresh(first.refreshToken);
      expect(body.errors).toBeUndefined();
      const second = body.data!.refreshSession;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect(second.accessToken).not.toBe(first.accessToken);
      expect(second.user.id).toBe(first.user.id);

      const { db } = kit.subgraph.database;
      const rows = await db
        .select({
          sessionId: refreshTokens.sessionId,
          usedAt: refreshTokens.usedAt,
          tokenHash: refreshTokens.tokenHash,
        })
        .from(refreshTokens)
        .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
        .where(eq(sessions.userId, first.user.id));
      expect(new Set(rows.map((row) => row.sessionId)).size).toBe(1);
      expect(rows.find((row) => row.tokenHash === hashRefreshToken(first.refreshToken))?.usedAt).not.toBeNull();
      expect(rows.find((row) => row.tokenHash === hashRefreshToken(second.refreshToken))?.usedAt).toBeNull();

      // The successor keeps working.
      expect((await refresh(second.refreshToken)).body.errors).toBeUndefined();
    });

    it('treats a reused token as theft: the whole family is revoked, successor included', async () => {
      const first = await kit.signUp('reuse@example.com');
      const second = (await refresh(first.refreshToken)).body.data!.refreshSession;
      const third = (await refresh(second.refreshToken)).body.data!.refreshSession;

      const reuse = await refresh(first.refreshToken);
      expect(reuse.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const successor = await refresh(third.refreshToken);
      expect(successor.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      const { db } = kit.subgraph.database;
      const [session] = await db.select().from(sessions).where(eq(sessions.userId, first.user.id));
      expect(session).toMatchObject({ revokedReason: 'REUSE_DETECTED' });
      const tokens = await db.select().from(refreshTokens).where(eq(refreshTokens.sessionId, session!.id));
      expect(tokens).toHaveLength(3);
      expect(tokens.every((token) => token.revokedAt !== null)).toBe(true);
      const events = await db.select().from(auditEvents).where(eq(auditEvents.userId, first.user.id));
      expect(events.filter((event) => event.type === 'REFRESH_TOKEN_REUSED')).toHaveLength(1);

      // Another session of the same user is untouched.
      const other = await logIn('reuse@example.com', GOOD_PASSWORD);
      expect((await refresh(other.body.data!.logIn.refreshToken)).body.errors).toBeUndefined();
    });

    it('rejects unknown and expired tokens', async () => {
      const unknown = await refresh('A'.repeat(43));
      expect(unknown.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      const { refreshToken } = await kit.signUp('expiry@example.com');
      kit.clock.advance(REFRESH_TOKEN_TTL_MS + 1_000);
      const expired = await refresh(refreshToken);
      expect(expired.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('logOut', () => {
    it('revokes the session, is idempotent, and says true for unknown tokens too', async () => {
      const payload = await kit.signUp('logout@example.com');
      const refreshed = (await refresh(payload.refreshToken)).body.data!.refreshSession;

      expect((await kit.gql(LOG_OUT, { token: refreshed.refreshToken })).body.data).toEqual({ logOut: true });
      expect((await refresh(refreshed.refreshToken)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await kit.gql(LOG_OUT, { token: refreshed.refreshToken })).body.data).toEqual({ logOut: true });
      expect((await kit.gql(LOG_OUT, { token: 'never-issued' })).body.data).toEqual({ logOut: true });

      const { db } = kit.subgraph.database;
      const [session] = await db.select().from(sessions).where(eq(sessions.userId, payload.user.id));
      expect(session).toMatchObject({ revokedReason: 'LOGOUT' });
      const events = await db.select().from(auditEvents).where(eq(auditEvents.userId, payload.user.id));
      expect(events.filter((event) => event.type === 'LOGGED_OUT')).toHaveLength(1);
    });
  });
});

import { unauthenticated, validateInput } from '@grimoire/platform';

import { inTransaction } from '../db/accounts-db.js';
import { insertAuditEvents, type NewAuditEvent } from '../db/queries/audit-events.js';
import { findUserByEmail, lockUserById, updateLoginState } from '../db/queries/users.js';
import { decideLoginAttempt } from './decide-login-attempt.js';
import { verifyAgainstDummy, verifyPassword } from './hash-password.js';
import { openSession } from './issue-session-tokens.js';
import type { AccountsServices, AuditContext, SessionTokens } from './types.js';
import { logInInputSchema } from './validate-credentials.js';

/** One message for unknown email, wrong password and locked account: no account oracle. */
export const WRONG_CREDENTIALS_MESSAGE = 'Email or password is incorrect.';

export async function logInUser(
  services: AccountsServices,
  rawInput: unknown,
  audit: AuditContext,
): Promise<SessionTokens> {
  const { email, password } = validateInput(logInInputSchema, rawInput);
  const candidate = await findUserByEmail(services.db, email);
  // Hashing happens before the row lock: it is the slow part and must not serialise logins.
  const passwordMatches = candidate
    ? await verifyPassword(candidate.passwordHash, password)
    : await verifyAgainstDummy(password);

  const result = await inTransaction(services.db, async (tx) => {
    const now = services.now();
    const base = { email, requestId: audit.requestId };
    const user = candidate ? await lockUserById(tx, candidate.id) : undefined;
    if (!user) {
      await insertAuditEvents(tx, [{ ...base, type: 'LOGIN_FAILED', detail: { reason: 'UNKNOWN_EMAIL' } }], now);
      return null;
    }
    const decision = decideLoginAttempt(user, passwordMatches, now, services.lockout);
    const userBase = { ...base, userId: user.id };
    if (decision.outcome === 'locked') {
      const lockedUntil = decision.next.lockedUntil?.toISOString();
      await insertAuditEvents(
        tx,
        [{ ...userBase, type: 'LOGIN_FAILED', detail: { reason: 'LOCKED', lockedUntil } }],
        now,
      );
      return null;
    }
    await updateLoginState(tx, user.id, decision.next, now);
    if (decision.outcome === 'failure') {
      const events: NewAuditEvent[] = [
        {
          ...userBase,
          type: 'LOGIN_FAILED',
          detail: { reason: 'WRONG_PASSWORD', consecutiveFailures: user.failedLoginCount + 1 },
        },
      ];
      if (decision.lockedNow) {
        events.push({
          ...userBase,
          type: 'ACCOUNT_LOCKED',
          detail: { lockedUntil: decision.next.lockedUntil?.toISOString() },
        });
      }
      await insertAuditEvents(tx, events, now);
      return null;
    }
    const { sessionId, tokens } = await openSession(tx, services.keys, { ...user, ...decision.next }, now);
    await insertAuditEvents(tx, [{ ...userBase, type: 'LOGIN_SUCCEEDED', detail: { sessionId } }], now);
    return tokens;
  });

  // Thrown after the commit, so the failure count and audit rows are kept.
  if (!result) throw unauthenticated(WRONG_CREDENTIALS_MESSAGE);
  return result;
}

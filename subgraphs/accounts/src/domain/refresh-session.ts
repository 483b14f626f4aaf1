import { unauthenticated } from '@grimoire/platform';

import { inTransaction } from '../db/accounts-db.js';
import { insertAuditEvents } from '../db/queries/audit-events.js';
import { lockRefreshTokenByHash, markRefreshTokenUsed, revokeSession } from '../db/queries/sessions.js';
import { findUserById } from '../db/queries/users.js';
import { decideRefresh } from './decide-refresh.js';
import { hashRefreshToken, issueTokensInSession } from './issue-session-tokens.js';
import type { AccountsServices, AuditContext, SessionTokens } from './types.js';

export const INVALID_REFRESH_TOKEN_MESSAGE = 'The refresh token is not valid. Log in again.';

/** Rotates a refresh token: the presented one is spent, a successor in the same family returned. */
export async function refreshSession(
  services: AccountsServices,
  refreshToken: string,
  audit: AuditContext,
): Promise<SessionTokens> {
  const tokenHash = hashRefreshToken(refreshToken);
  const result = await inTransaction(services.db, async (tx) => {
    const now = services.now();
    const found = await lockRefreshTokenByHash(tx, tokenHash);
    const decision = decideRefresh(found && { ...found.token, sessionRevokedAt: found.session.revokedAt }, now);
    if (!found || decision.outcome === 'reject') return null;
    const { token, session } = found;
    const base = { userId: session.userId, requestId: audit.requestId };

    if (decision.outcome === 'reuse') {
      await revokeSession(tx, session.id, 'REUSE_DETECTED', now);
      await insertAuditEvents(tx, [{ ...base, type: 'REFRESH_TOKEN_REUSED', detail: { sessionId: session.id } }], now);
      return null;
    }

    const user = await findUserById(tx, session.userId);
    if (!user) return null;
    await markRefreshTokenUsed(tx, token.id, now);
    const tokens = await issueTokensInSession(tx, services.keys, session.id, user, now);
    await insertAuditEvents(tx, [{ ...base, type: 'SESSION_REFRESHED', detail: { sessionId: session.id } }], now);
    return tokens;
  });

  // Thrown after the commit, so a reuse revocation sticks.
  if (!result) throw unauthenticated(INVALID_REFRESH_TOKEN_MESSAGE);
  return result;
}

import { inTransaction } from '../db/accounts-db.js';
import { insertAuditEvents } from '../db/queries/audit-events.js';
import { lockRefreshTokenByHash, revokeSession } from '../db/queries/sessions.js';
import { hashRefreshToken } from './issue-session-tokens.js';
import type { AccountsServices, AuditContext } from './types.js';

/**
 * Revokes the session (refresh-token family) the token belongs to. Holding the token is the
 * authority. Unknown or already revoked tokens succeed too, so the answer reveals nothing.
 */
export async function logOutSession(
  services: AccountsServices,
  refreshToken: string,
  audit: AuditContext,
): Promise<true> {
  await inTransaction(services.db, async (tx) => {
    const now = services.now();
    const found = await lockRefreshTokenByHash(tx, hashRefreshToken(refreshToken));
    if (!found || found.session.revokedAt) return;
    await revokeSession(tx, found.session.id, 'LOGOUT', now);
    await insertAuditEvents(
      tx,
      [
        {
          type: 'LOGGED_OUT',
          userId: found.session.userId,
          requestId: audit.requestId,
          detail: { sessionId: found.session.id },
        },
      ],
      now,
    );
  });
  return true;
}

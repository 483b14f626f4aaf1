import { conflict, validateInput } from '@grimoire/platform';

import { inTransaction, pgErrorCode, UNIQUE_VIOLATION } from '../db/accounts-db.js';
import { insertAuditEvents } from '../db/queries/audit-events.js';
import { insertUser } from '../db/queries/users.js';
import { rolesForNewUser } from './decide-roles.js';
import { hashPassword } from './hash-password.js';
import { openSession } from './issue-session-tokens.js';
import type { AccountsServices, AuditContext, SessionTokens } from './types.js';
import { signUpInputSchema } from './validate-credentials.js';

/** Creates the account, its first session and the audit row in one transaction. */
export async function signUpUser(
  services: AccountsServices,
  rawInput: unknown,
  audit: AuditContext,
): Promise<SessionTokens> {
  const input = validateInput(signUpInputSchema, rawInput);
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(services.db, async (tx) => {
      const now = services.now();
      const user = await insertUser(
        tx,
        {
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          roles: rolesForNewUser(input.email, services.adminEmails),
        },
        now,
      );
      const { sessionId, tokens } = await openSession(tx, services.keys, user, now);
      await insertAuditEvents(
        tx,
        [
          {
            type: 'SIGN_UP',
            userId: user.id,
            email: user.email,
            requestId: audit.requestId,
            detail: { sessionId, roles: user.roles },
          },
        ],
        now,
      );
      return tokens;
    });
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION) {
      throw conflict('An account with this email already exists. Log in instead.', { field: 'input.email' });
    }
    throw error;
  }
}

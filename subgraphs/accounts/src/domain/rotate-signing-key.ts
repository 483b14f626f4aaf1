import { conflict } from '@grimoire/platform';

import { inTransaction } from '../db/accounts-db.js';
import { insertAuditEvents } from '../db/queries/audit-events.js';
import { insertActiveSigningKey, lockActiveSigningKey, retireSigningKey } from '../db/queries/signing-keys.js';
import { generateSigningKey } from './manage-signing-keys.js';
import type { AccountsServices, AuditContext } from './types.js';

/**
 * Makes a new active key and retires the old one, which stays in the JWKS until the tokens it
 * signed have expired. Returns the new kid. The caller has checked the actor is an admin.
 */
export async function rotateSigningKey(
  services: AccountsServices,
  actorUserId: string,
  audit: AuditContext,
): Promise<string> {
  // RSA key generation is slow; do it before taking the lock.
  const key = await generateSigningKey();
  return inTransaction(services.db, async (tx) => {
    const now = services.now();
    const previous = await lockActiveSigningKey(tx);
    if (previous) await retireSigningKey(tx, previous.kid, now);
    const inserted = await insertActiveSigningKey(tx, key, now);
    // Only when another admin rotated at the same moment: theirs won, ours rolls back.
    if (!inserted) throw conflict('Another key rotation finished at the same time; the newest key is already active.');
    await insertAuditEvents(
      tx,
      [
        {
          type: 'SIGNING_KEY_ROTATED',
          userId: actorUserId,
          requestId: audit.requestId,
          detail: { kid: key.kid, previousKid: previous?.kid ?? null },
        },
      ],
      now,
    );
    return key.kid;
  });
}

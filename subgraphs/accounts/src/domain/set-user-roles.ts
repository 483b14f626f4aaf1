import { badUserInput, notFound, validateInput } from '@grimoire/platform';
import { z } from 'zod';

import { inTransaction } from '../db/accounts-db.js';
import { insertAuditEvents } from '../db/queries/audit-events.js';
import { lockUserById, updateUserRoles } from '../db/queries/users.js';
import { ROLES, type UserRow } from '../db/tables/index.js';
import { canonicalRoles } from './decide-roles.js';
import type { AccountsServices, AuditContext } from './types.js';

const setUserRolesSchema = z.object({
  userId: z.uuid('must be a user id (a UUID)'),
  roles: z.array(z.enum(ROLES)).min(1, 'must name at least one role'),
});

/** Replaces a user's roles. The caller has checked the actor is an admin. */
export async function setUserRoles(
  services: AccountsServices,
  actorUserId: string,
  rawInput: { userId: string; roles: string[] },
  audit: AuditContext,
): Promise<UserRow> {
  const input = validateInput(setUserRolesSchema, rawInput, '');
  const roles = canonicalRoles(input.roles);
  // Without this an admin could leave the system with nobody able to grant ADMIN back.
  if (input.userId === actorUserId && !roles.includes('ADMIN')) {
    throw badUserInput('roles: you cannot remove the ADMIN role from yourself; ask another admin.', { field: 'roles' });
  }
  return inTransaction(services.db, async (tx) => {
    const now = services.now();
    const user = await lockUserById(tx, input.userId);
    if (!user) throw notFound(`No user has id ${input.userId}.`, { field: 'userId' });
    const updated = await updateUserRoles(tx, user.id, roles, now);
    await insertAuditEvents(
      tx,
      [
        {
          type: 'ROLES_CHANGED',
          userId: user.id,
          requestId: audit.requestId,
          detail: { from: user.roles, to: roles, changedBy: actorUserId },
        },
      ],
      now,
    );
    return updated;
  });
}

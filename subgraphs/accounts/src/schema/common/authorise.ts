import { forbidden, requireIdentity } from '@grimoire/platform';

import type { AccountsContext } from '../../context.js';
import type { UserRow } from '../../db/tables/index.js';
import { hasRole } from '../../domain/decide-roles.js';

/**
 * The signed-in admin, checked against the database rather than the token's roles claim, so a
 * demoted admin loses admin powers at once instead of when the access token expires.
 */
export async function requireAdmin(ctx: AccountsContext): Promise<UserRow> {
  const viewer = requireIdentity(ctx.viewer);
  const user = await ctx.loaders.userById.load(viewer.userId);
  if (!user || !hasRole(user.roles, 'ADMIN')) throw forbidden('Only administrators may do this.');
  return user;
}

/** Whether the viewer may see private fields (such as the email) of `user`. */
export async function canSeePrivateFields(ctx: AccountsContext, user: UserRow): Promise<boolean> {
  if (ctx.authenticatedUserId === user.id) return true;
  if (!ctx.viewer) return false;
  if (ctx.viewer.userId === user.id) return true;
  const viewerUser = await ctx.loaders.userById.load(ctx.viewer.userId);
  return viewerUser !== null && hasRole(viewerUser.roles, 'ADMIN');
}

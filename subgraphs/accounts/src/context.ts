import type { BaseContext } from '@grimoire/platform';

import type { AccountsLoaders } from './db/loaders.js';
import type { AccountsServices, AuditContext } from './domain/types.js';

export interface AccountsContext extends BaseContext {
  services: AccountsServices;
  loaders: AccountsLoaders;
  /**
   * Set by signUp, logIn and refreshSession: the request has just proved to be this user, so the
   * returned payload may show the user's private fields although no identity was forwarded.
   */
  authenticatedUserId?: string;
}

export function auditContextOf(ctx: AccountsContext): AuditContext {
  return { requestId: ctx.requestId };
}

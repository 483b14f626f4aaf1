import { resolve } from 'node:path';

import {
  type RunningSubgraph,
  startSubgraph,
  type SubgraphDependencies,
  type SubgraphOptions,
  type SubgraphSchemaDefinition,
} from '@grimoire/platform';

import type { AccountsContext } from './context.js';
import type { AccountsTables } from './db/accounts-db.js';
import { createLoaders } from './db/loaders.js';
import * as tables from './db/tables/index.js';
import { DEFAULT_LOCKOUT_POLICY, type LockoutPolicy } from './domain/decide-login-attempt.js';
import { SigningKeyStore } from './domain/manage-signing-keys.js';
import type { AccountsServices } from './domain/types.js';
import { normaliseEmail } from './domain/validate-credentials.js';
import { registerJwksRoute } from './http/jwks-route.js';
import { AuditEventResolver } from './schema/audit-event/audit-event.resolver.js';
import { SessionResolver } from './schema/session/session.resolver.js';
import { SigningKeyResolver } from './schema/signing-key/signing-key.resolver.js';
import { userReference } from './schema/user/user.reference.js';
import { UserResolver } from './schema/user/user.resolver.js';

export const accountsSchema: SubgraphSchemaDefinition<AccountsContext> = {
  resolvers: [SessionResolver, UserResolver, SigningKeyResolver, AuditEventResolver],
  references: { User: userReference },
};

export interface AccountsSubgraphOptions extends SubgraphOptions {
  /** Emails that get the ADMIN role when they sign up (env GRIMOIRE_ADMIN_EMAILS). */
  adminEmails?: string[];
  /** The clock; tests move it to expire locks and tokens without waiting. */
  now?: () => Date;
  /** Overrides of the login lockout (5 failures → 15 minutes). */
  lockout?: Partial<LockoutPolicy>;
}

export type { AccountsTables };

/** Starts the accounts subgraph: users, sessions, signing keys (JWKS on `/.well-known/jwks.json`) and the audit log. */
export function startAccountsSubgraph(options: AccountsSubgraphOptions): Promise<RunningSubgraph<AccountsTables>> {
  const now = options.now ?? (() => new Date());
  const adminEmails = new Set((options.adminEmails ?? []).map(normaliseEmail).filter(Boolean));
  const lockout = { ...DEFAULT_LOCKOUT_POLICY, ...options.lockout };

  // One set per process (the key cache must be shared by every request); built once the pool exists.
  let services: AccountsServices | undefined;
  const servicesOf = (deps: SubgraphDependencies<AccountsTables>): AccountsServices => {
    services ??= { db: deps.database.db, now, keys: new SigningKeyStore(deps.database.db, now), adminEmails, lockout };
    return services;
  };

  return startSubgraph<AccountsTables, AccountsContext>(
    {
      name: 'accounts',
      tables,
      migrationsFolder: resolve(import.meta.dirname, '../migrations'),
      schema: accountsSchema,
      createContext: (base, deps) => ({
        ...base,
        services: servicesOf(deps),
        loaders: createLoaders(deps.database.db),
      }),
      // Runs after migrations and before the server listens: the first start creates the signing key.
      startBackground: async (deps) => {
        await servicesOf(deps).keys.ensureActiveKey();
        return async () => {};
      },
      routes: (app, deps) => registerJwksRoute(app, servicesOf(deps).keys),
    },
    options,
  );
}

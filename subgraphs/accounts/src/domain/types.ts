import type { AccountsDb } from '../db/accounts-db.js';
import type { UserRow } from '../db/tables/index.js';
import type { LockoutPolicy } from './decide-login-attempt.js';
import type { SigningKeyStore } from './manage-signing-keys.js';

/** The current time; injected so tests can move it instead of waiting. */
export type Clock = () => Date;

/** Long-lived dependencies of the accounts domain, one set per process. */
export interface AccountsServices {
  db: AccountsDb;
  now: Clock;
  keys: SigningKeyStore;
  /** Normalised emails that get ADMIN when they sign up. */
  adminEmails: ReadonlySet<string>;
  lockout: LockoutPolicy;
}

/** Who asked, for the audit trail. */
export interface AuditContext {
  requestId: string;
}

/** What a sign-up, login or refresh hands back to the client. */
export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserRow;
}

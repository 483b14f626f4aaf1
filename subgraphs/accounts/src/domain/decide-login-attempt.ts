export interface LockoutPolicy {
  /** Consecutive failures that lock the account. */
  maxConsecutiveFailures: number;
  lockDurationMs: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxConsecutiveFailures: 5, lockDurationMs: 15 * 60_000 };

export interface LoginState {
  failedLoginCount: number;
  lockedUntil: Date | null;
}

export type LoginDecision =
  | { outcome: 'success'; next: LoginState }
  | { outcome: 'failure'; next: LoginState; lockedNow: boolean }
  /** Rejected without looking at the password; the state is left as it is. */
  | { outcome: 'locked'; next: LoginState };

/**
 * The lockout rule: while locked every attempt fails (even with the right password), a success
 * resets the failure count, and the failure that reaches the limit locks the account.
 */
export function decideLoginAttempt(
  state: LoginState,
  passwordMatches: boolean,
  now: Date,
  policy: LockoutPolicy,
): LoginDecision {
  if (state.lockedUntil && state.lockedUntil.getTime() > now.getTime()) {
    return { outcome: 'locked', next: state };
  }
  if (passwordMatches) {
    return { outcome: 'success', next: { failedLoginCount: 0, lockedUntil: null } };
  }
  const failures = state.failedLoginCount + 1;
  if (failures >= policy.maxConsecutiveFailures) {
    return {
      outcome: 'failure',
      lockedNow: true,
      next: { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + policy.lockDurationMs) },
    };
  }
  return { outcome: 'failure', lockedNow: false, next: { failedLoginCount: failures, lockedUntil: null } };
}

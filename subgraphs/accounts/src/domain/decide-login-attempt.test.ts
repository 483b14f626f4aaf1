import { describe, expect, it } from 'vitest';

import { decideLoginAttempt, DEFAULT_LOCKOUT_POLICY } from './decide-login-attempt.js';

const now = new Date('2026-01-01T12:00:00Z');
const policy = DEFAULT_LOCKOUT_POLICY;

describe('decideLoginAttempt', () => {
  it('counts failures and locks on the fifth for 15 minutes', () => {
    let state = { failedLoginCount: 0, lockedUntil: null as Date | null };
    for (let failure = 1; failure <= 4; failure += 1) {
      const decision = decideLoginAttempt(state, false, now, policy);
      expect(decision).toEqual({
        outcome: 'failure',
        lockedNow: false,
        next: { failedLoginCount: failure, lockedUntil: null },
      });
      state = decision.next;
    }
    const fifth = decideLoginAttempt(state, false, now, policy);
    expect(fifth).toEqual({
      outcome: 'failure',
      lockedNow: true,
      next: { failedLoginCount: 0, lockedUntil: new Date('2026-01-01T12:15:00Z') },
    });
  });

  it('rejects even the right password while locked, and leaves the state alone', () => {
    const state = { failedLoginCount: 0, lockedUntil: new Date('2026-01-01T12:00:01Z') };
    expect(decideLoginAttempt(state, true, now, policy)).toEqual({ outcome: 'locked', next: state });
  });

  it('lets the right password in once the lock has passed, and resets the count', () => {
    const state = { failedLoginCount: 3, lockedUntil: new Date('2026-01-01T12:00:00Z') };
    expect(decideLoginAttempt(state, true, now, policy)).toEqual({
      outcome: 'success',
      next: { failedLoginCount: 0, lockedUntil: null },
    });
  });
});

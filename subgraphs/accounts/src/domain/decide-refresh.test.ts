import { describe, expect, it } from 'vitest';

import { decideRefresh } from './decide-refresh.js';

const now = new Date('2026-01-01T12:00:00Z');
const fresh = { usedAt: null, revokedAt: null, sessionRevokedAt: null, expiresAt: new Date('2026-01-02T00:00:00Z') };

describe('decideRefresh', () => {
  it('rotates a fresh token', () => {
    expect(decideRefresh(fresh, now)).toEqual({ outcome: 'rotate' });
  });

  it('flags a spent token as reuse, unless the family is already revoked', () => {
    expect(decideRefresh({ ...fresh, usedAt: now }, now)).toEqual({ outcome: 'reuse' });
    expect(decideRefresh({ ...fresh, usedAt: now, sessionRevokedAt: now }, now)).toEqual({
      outcome: 'reject',
      reason: 'REVOKED',
    });
  });

  it('rejects unknown, revoked and expired tokens', () => {
    expect(decideRefresh(undefined, now)).toEqual({ outcome: 'reject', reason: 'UNKNOWN' });
    expect(decideRefresh({ ...fresh, revokedAt: now }, now)).toEqual({ outcome: 'reject', reason: 'REVOKED' });
    expect(decideRefresh({ ...fresh, expiresAt: now }, now)).toEqual({ outcome: 'reject', reason: 'EXPIRED' });
  });
});

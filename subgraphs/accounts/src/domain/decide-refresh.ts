export interface PresentedRefreshToken {
  usedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
  sessionRevokedAt: Date | null;
}

export type RefreshDecision =
  | { outcome: 'rotate' }
  /** A token that was already rotated came back: someone holds a copy, so the family dies. */
  | { outcome: 'reuse' }
  | { outcome: 'reject'; reason: 'UNKNOWN' | 'REVOKED' | 'EXPIRED' };

export function decideRefresh(token: PresentedRefreshToken | undefined, now: Date): RefreshDecision {
  if (!token) return { outcome: 'reject', reason: 'UNKNOWN' };
  if (token.revokedAt || token.sessionRevokedAt) return { outcome: 'reject', reason: 'REVOKED' };
  if (token.usedAt) return { outcome: 'reuse' };
  if (token.expiresAt.getTime() <= now.getTime()) return { outcome: 'reject', reason: 'EXPIRED' };
  return { outcome: 'rotate' };
}

import type { Identity } from '@grimoire/platform';
import { unauthenticated } from '@grimoire/platform';
import type { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';

/** Contract with accounts: who signs access tokens and for whom. */
export const ACCESS_TOKEN_ISSUER = 'grimoire-accounts';
export const ACCESS_TOKEN_AUDIENCE = 'grimoire-api';

export const EXPIRED_MESSAGE = 'Your session has expired. Refresh it or sign in again.';
export const INVALID_MESSAGE = 'The access token is not valid.';

/** Why a token was refused; `error` is the UNAUTHENTICATED GraphQL error (HTTP 401) for the client. */
export class AccessTokenError extends Error {
  override name = 'AccessTokenError';
  constructor(
    readonly reason: 'expired' | 'invalid',
    readonly detail: string,
  ) {
    super(reason === 'expired' ? EXPIRED_MESSAGE : INVALID_MESSAGE);
  }

  toGraphQLError(): GraphQLError {
    return unauthenticated(this.message, 401);
  }
}

export type AccessTokenVerifier = (authorization: string | undefined) => Promise<Identity | null>;

/**
 * Verifies `Authorization: Bearer <jwt>` against the accounts JWKS. jose caches the key set and
 * refetches it when a token names an unknown `kid` (at most once per cooldown, 5 s by default), so a key rotation in
 * accounts needs no router restart. No header means anonymous (`null`); anything else that does
 * not verify throws `AccessTokenError`.
 */
export function createAccessTokenVerifier(jwksUrl: string, options: { cooldownMs?: number } = {}): AccessTokenVerifier {
  // A short cooldown: accounts may sign with a new key moments after publishing it.
  const keySet = createRemoteJWKSet(new URL(jwksUrl), {
    cooldownDuration: options.cooldownMs ?? 5_000,
    timeoutDuration: 5_000,
  });
  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new AccessTokenError('invalid', 'Authorization header is not "Bearer <token>"');
    try {
      const { payload } = await jwtVerify(match[1] ?? '', keySet, {
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        algorithms: ['RS256'],
        requiredClaims: ['sub', 'exp'],
      });
      const roles = Array.isArray(payload.roles) ? payload.roles.filter((role) => typeof role === 'string') : [];
      return { userId: payload.sub!, roles };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new AccessTokenError('expired', error.message);
      throw new AccessTokenError('invalid', (error as Error).message);
    }
  };
}

import { jwtVerify, SignJWT } from 'jose';

/** Who is making a request, as verified by the router. */
export interface Identity {
  userId: string;
  roles: string[];
}

/** Header (HTTP) and connection param (graphql-ws) carrying the router-signed identity. */
export const IDENTITY_HEADER = 'x-grimoire-identity';
export const IDENTITY_CONNECTION_PARAM = 'grimoireIdentity';

const ISSUER = 'grimoire-router';
const AUDIENCE = 'grimoire-subgraphs';
/** Long enough for a slow request, short enough that a leaked token is soon useless. */
const LIFETIME = '2m';

const encoder = new TextEncoder();

/**
 * The router turns a verified user access token into this short-lived HS256 token
 * signed with the internal secret; subgraphs trust an identity only when it verifies.
 */
export function signIdentity(secret: string, identity: Identity): Promise<string> {
  return new SignJWT({ roles: identity.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(LIFETIME)
    .sign(encoder.encode(secret));
}

export class InvalidIdentityError extends Error {
  override name = 'InvalidIdentityError';
}

export async function verifyIdentity(secret: string, token: string): Promise<Identity> {
  try {
    const { payload } = await jwtVerify(token, encoder.encode(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const roles = Array.isArray(payload.roles) ? payload.roles.map(String) : [];
    if (!payload.sub) throw new InvalidIdentityError('identity has no subject');
    return { userId: payload.sub, roles };
  } catch (error) {
    throw new InvalidIdentityError(`forwarded identity rejected: ${(error as Error).message}`);
  }
}

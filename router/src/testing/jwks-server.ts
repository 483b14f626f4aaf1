import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';

import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '../auth/verify-access-token.js';

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

export interface TestKey {
  kid: string;
  privateKey: SigningKey;
}

/** A stand-in for the accounts JWKS endpoint with RS256 keys that can be rotated mid-test. */
export interface TestJwks {
  url: string;
  /** Keys currently published. */
  published: TestKey[];
  /** Makes a new key pair; published at once unless `publish` is false. */
  createKey(options?: { publish?: boolean }): Promise<TestKey>;
  publish(key: TestKey): Promise<void>;
  /** An access token as accounts would issue it; `claims`/`options` bend it for negative tests. */
  sign(
    key: TestKey,
    subject: string,
    options?: { roles?: string[]; issuer?: string; audience?: string; expiresAt?: number; claims?: JWTPayload },
  ): Promise<string>;
  stop(): Promise<void>;
}

export async function startTestJwks(): Promise<TestJwks> {
  const publicJwks = new Map<string, JWK>();
  const allPublicJwks = new Map<string, JWK>();
  const published: TestKey[] = [];
  const server: Server = createServer((req, res) => {
    if (req.url !== '/.well-known/jwks.json') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [...publicJwks.values()] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let counter = 0;

  const jwks: TestJwks = {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    published,
    async createKey({ publish = true } = {}) {
      const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
      const key = { kid: `test-key-${++counter}`, privateKey };
      allPublicJwks.set(key.kid, { ...(await exportJWK(publicKey)), kid: key.kid, alg: 'RS256', use: 'sig' });
      if (publish) await jwks.publish(key);
      return key;
    },
    async publish(key) {
      publicJwks.set(key.kid, allPublicJwks.get(key.kid)!);
      published.push(key);
    },
    async sign(key, subject, options = {}) {
      return new SignJWT({ roles: options.roles ?? ['PLAYER'], ...options.claims })
        .setProtectedHeader({ alg: 'RS256', kid: key.kid })
        .setSubject(subject)
        .setIssuer(options.issuer ?? ACCESS_TOKEN_ISSUER)
        .setAudience(options.audience ?? ACCESS_TOKEN_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(options.expiresAt ?? '15m')
        .sign(key.privateKey);
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return jwks;
}

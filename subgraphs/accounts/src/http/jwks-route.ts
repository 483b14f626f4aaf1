import type { Express } from 'express';

import type { SigningKeyStore } from '../domain/manage-signing-keys.js';

export const JWKS_PATH = '/.well-known/jwks.json';

/** Publishes the access-token verification keys for the router (and anyone else). */
export function registerJwksRoute(app: Express, keys: SigningKeyStore): void {
  app.get(JWKS_PATH, async (_req, res) => {
    const jwks = await keys.publishedKeys();
    // Short, so a rotation reaches HTTP caches quickly; the router also refetches on an unknown kid.
    res.setHeader('cache-control', 'public, max-age=60');
    res.type('application/jwk-set+json').send(JSON.stringify(jwks));
  });
}

import { calculateJwkThumbprint, type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

import type { AccountsDb } from '../db/accounts-db.js';
import {
  findActiveKid,
  findActiveSigningKey,
  insertActiveSigningKey,
  listPublishedPublicKeys,
} from '../db/queries/signing-keys.js';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_TTL_MS } from './issue-session-tokens.js';
import type { Clock } from './types.js';

/** Extra time a retired key stays published, for clock skew and a signer that had not yet noticed the rotation. */
const RETIRED_KEY_GRACE_MS = 60_000;

export interface GeneratedSigningKey {
  kid: string;
  publicJwk: JWK;
  privateJwk: JWK;
}

export interface ActiveSigningKey {
  kid: string;
  privateKey: CryptoKey | Uint8Array;
}

/** A fresh RSA key pair; the kid is the RFC 7638 thumbprint of the public key. */
export async function generateSigningKey(): Promise<GeneratedSigningKey> {
  const { publicKey, privateKey } = await generateKeyPair(ACCESS_TOKEN_ALGORITHM, {
    extractable: true,
    modulusLength: 2048,
  });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    kid,
    publicJwk: { ...publicJwk, kid, alg: ACCESS_TOKEN_ALGORITHM, use: 'sig' },
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ACCESS_TOKEN_ALGORITHM },
  };
}

/**
 * The signing keys as this process sees them. The imported private key is cached, but every
 * signature first reads the active kid (one indexed row), so a rotation made by another process
 * is picked up at once.
 */
export class SigningKeyStore {
  private cached: ActiveSigningKey | undefined;

  constructor(
    private readonly db: AccountsDb,
    private readonly now: Clock,
  ) {}

  /** Creates the first key unless some process already has; safe to race. */
  async ensureActiveKey(db: AccountsDb = this.db): Promise<void> {
    if (await findActiveKid(db)) return;
    await insertActiveSigningKey(db, await generateSigningKey(), this.now());
  }

  /** `db` may be an open transaction, so signing inside it needs no second connection. */
  async activeKey(db: AccountsDb = this.db): Promise<ActiveSigningKey> {
    let kid = await findActiveKid(db);
    if (!kid) {
      await this.ensureActiveKey(db);
      kid = await findActiveKid(db);
    }
    if (this.cached && this.cached.kid === kid) return this.cached;
    const row = await findActiveSigningKey(db);
    if (!row) throw new Error('No active signing key after creating one');
    this.cached = { kid: row.kid, privateKey: await importJWK(row.privateJwk, ACCESS_TOKEN_ALGORITHM) };
    return this.cached;
  }

  /** The JWKS: the active key and every key retired too recently for its tokens to have expired. */
  async publishedKeys(): Promise<{ keys: JWK[] }> {
    const retiredAfter = new Date(this.now().getTime() - ACCESS_TOKEN_TTL_MS - RETIRED_KEY_GRACE_MS);
    const rows = await listPublishedPublicKeys(this.db, retiredAfter);
    return { keys: rows.map((row) => row.publicJwk) };
  }
}

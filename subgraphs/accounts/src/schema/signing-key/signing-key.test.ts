import { postGraphQL, testSubgraphOptions } from '@grimoire/platform/testing';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { signingKeys } from '../../db/tables/index.js';
import { ACCESS_TOKEN_TTL_MS } from '../../domain/issue-session-tokens.js';
import { startAccountsSubgraph } from '../../server.js';
import {
  ADMIN_EMAIL,
  type AccountsTestKit,
  type AuthPayloadResult,
  startAccountsTestKit,
} from '../../testing/accounts-test-kit.js';

const ROTATE = 'mutation { rotateSigningKey }';

describe('signing keys: JWKS and rotation', () => {
  let kit: AccountsTestKit;
  let admin: AuthPayloadResult;
  let player: AuthPayloadResult;

  beforeAll(async () => {
    kit = await startAccountsTestKit('accounts_keys');
    admin = await kit.signUp(ADMIN_EMAIL);
    player = await kit.signUp('player@example.com');
  });

  afterAll(async () => {
    await kit?.stop();
  });

  /** A fresh remote key set each time, as a router that has never seen the key would have. */
  const verify = (token: string) =>
    jwtVerify(token, createRemoteJWKSet(new URL(`${kit.baseUrl}/.well-known/jwks.json`)), {
      issuer: 'grimoire-accounts',
      audience: 'grimoire-api',
      algorithms: ['RS256'],
      currentDate: kit.clock.now(),
    });

  const jwks = async () => {
    const response = await fetch(`${kit.baseUrl}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    return (await response.json()) as { keys: { kid: string; kty: string; alg: string; d?: string }[] };
  };

  it('creates one key on first start and serves only its public half', async () => {
    const { keys } = await jwks();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys[0]!.d).toBeUndefined();
  });

  it('signs access tokens that verify against the JWKS with the contract claims', async () => {
    const { payload, protectedHeader } = await verify(player.accessToken);
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: (await jwks()).keys[0]!.kid });
    expect(payload).toMatchObject({ sub: player.user.id, roles: ['PLAYER', 'GAME_MASTER'] });
    expect(payload.exp! - payload.iat!).toBe(ACCESS_TOKEN_TTL_MS / 1000);
  });

  it('is FORBIDDEN for players and UNAUTHENTICATED anonymously', async () => {
    const asPlayer = await kit.gql(ROTATE, {}, { identity: kit.identityOf(player.user) });
    expect(asPlayer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await kit.gql(ROTATE);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await jwks()).keys).toHaveLength(1);
  });

  it('rotates: new tokens use the new key, old tokens keep verifying until the old key ages out', async () => {
    const oldKid = decodeProtectedHeader(player.accessToken).kid;
    const { body } = await kit.gql<{ rotateSigningKey: string }>(ROTATE, {}, { identity: kit.identityOf(admin.user) });
    expect(body.errors).toBeUndefined();
    const newKid = body.data!.rotateSigningKey;
    expect(newKid).not.toBe(oldKid);
    expect((await jwks()).keys.map((key) => key.kid)).toEqual([newKid, oldKid]);

    const fresh = await kit.gql<{ refreshSession: AuthPayloadResult }>(
      'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }',
      { t: player.refreshToken },
    );
    const freshToken = fresh.body.data!.refreshSession.accessToken;
    expect(decodeProtectedHeader(freshToken).kid).toBe(newKid);
    await expect(verify(freshToken)).resolves.toBeDefined();
    await expect(verify(player.accessToken)).resolves.toBeDefined();

    // After the old key's last token has expired (plus grace) it leaves the JWKS.
    kit.clock.advance(ACCESS_TOKEN_TTL_MS + 2 * 60_000);
    expect((await jwks()).keys.map((key) => key.kid)).toEqual([newKid]);
  });

  it('lets another process pick up a rotation at once, and never makes a second active key on start', async () => {
    const other = await startAccountsSubgraph({ ...testSubgraphOptions(kit.database), now: () => kit.clock.now() });
    try {
      const active = async () =>
        (await kit.subgraph.database.db.select().from(signingKeys)).filter((key) => key.retiredAt === null);
      expect(await active()).toHaveLength(1);

      // Warm this process's key cache, then rotate through the other process.
      await kit.signUp('warm@example.com');
      const { body } = await kit.gql<{ rotateSigningKey: string }>(
        ROTATE,
        {},
        { identity: kit.identityOf(admin.user) },
      );
      const rotated = await postGraphQL<{ rotateSigningKey: string }>(
        other.url,
        ROTATE,
        {},
        { identity: kit.identityOf(admin.user) },
      );
      const kidFromOther = rotated.body.data!.rotateSigningKey;
      expect(kidFromOther).not.toBe(body.data!.rotateSigningKey);

      const next = await kit.signUp('after-rotation@example.com');
      expect(decodeProtectedHeader(next.accessToken).kid).toBe(kidFromOther);
      expect(await active()).toHaveLength(1);
    } finally {
      await other.stop();
    }
  });
});

import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { IDENTITY_HEADER, signIdentity } from '@grimoire/platform';

import { startTestStack, type TestStack } from '../harness/test-stack.js';

const CREATE_CHARACTER = 'mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id name } }';
const MY_CHARACTER_COUNT = '{ myCharacters(first: 100) { edges { node { id } } } }';

describe('security and bad input through the router', () => {
  let grimoire: TestStack;
  let alice: Awaited<ReturnType<TestStack['signUp']>>;
  let mallory: Awaited<ReturnType<TestStack['signUp']>>;
  let aliceCharacterId: string;

  beforeAll(async () => {
    grimoire = await startTestStack('security');
    alice = await grimoire.signUp('Alice');
    mallory = await grimoire.signUp('Mallory');
    const created = await grimoire.query(CREATE_CHARACTER, { input: { name: 'Seraphina' } }, alice.accessToken);
    aliceCharacterId = created.data!.createCharacter.id;
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  async function characterCount(accessToken: string): Promise<number> {
    const result = await grimoire.query(MY_CHARACTER_COUNT, {}, accessToken);
    return result.data!.myCharacters.edges.length;
  }

  describe('identity', () => {
    it('rejects a forged identity sent straight to a subgraph', async () => {
      const charactersUrl = grimoire.stack.subgraphs.characters!.url;
      const forgedWithWrongSecret = await signIdentity('not-the-internal-secret-but-long-enough-123456', {
        userId: alice.userId,
        roles: ['ADMIN'],
      });
      for (const forged of [forgedWithWrongSecret, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', 'garbage']) {
        const response = await fetch(charactersUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: forged },
          body: JSON.stringify({ query: CREATE_CHARACTER, variables: { input: { name: 'Impostor' } } }),
        });
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        expect(response.status).toBe(401);
        expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      expect(await characterCount(alice.accessToken)).toBe(1);
    });

    it('does not pass a client-supplied identity header through the router', async () => {
      const forged = await signIdentity('not-the-internal-secret-but-long-enough-123456', {
        userId: alice.userId,
        roles: [],
      });
      const response = await fetch(grimoire.routerUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: forged },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      const body = (await response.json()) as { data?: { me: unknown }; errors?: { extensions?: { code?: string } }[] };
      expect(body.data?.me ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('answers a tampered or foreign token with UNAUTHENTICATED', async () => {
      const [header, payload, signature] = alice.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
      const tamperedPayload = Buffer.from(
        JSON.stringify({ ...claims, sub: mallory.userId, roles: ['ADMIN'] }),
      ).toString('base64url');
      const foreign = await new SignJWT({ roles: ['ADMIN'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(alice.userId)
        .setIssuer('grimoire-accounts')
        .setAudience('grimoire-api')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode('guessing-the-secret-is-not-a-plan'));
      for (const token of [`${header}.${tamperedPayload}.${signature}`, foreign, 'not.a.jwt']) {
        const result = await grimoire.query('{ me { id } }', {}, token);
        expect(result.status).toBe(401);
        expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('ownership', () => {
    it("forbids renaming or deleting another user's character", async () => {
      const rename = await grimoire.query(
        'mutation($id: ID!) { renameCharacter(id: $id, name: "Pwned") { id } }',
        { id: aliceCharacterId },
        mallory.accessToken,
      );
      expect(rename.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const remove = await grimoire.query(
        'mutation($id: ID!) { deleteCharacter(id: $id) }',
        { id: aliceCharacterId },
        mallory.accessToken,
      );
      expect(remove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const still = await grimoire.query(
        'query($id: ID!) { character(id: $id) { name } }',
        { id: aliceCharacterId },
        alice.accessToken,
      );
      expect(still.data).toEqual({ character: { name: 'Seraphina' } });
    });

    it('requires a signed-in user to create a character', async () => {
      const result = await grimoire.query(CREATE_CHARACTER, { input: { name: 'Nobody' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it("forbids adding someone else's character to a campaign they are not in", async () => {
      const campaign = await grimoire.query(
        'mutation { createCampaign(input: { name: "Heist" }) { id } }',
        {},
        mallory.accessToken,
      );
      const result = await grimoire.query(
        'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id } }',
        { c: campaign.data!.createCampaign.id, ch: aliceCharacterId },
        mallory.accessToken,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('bad input', () => {
    it.each([
      ['an empty name', '   '],
      ['a 10 kB name', 'x'.repeat(10_240)],
    ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_label, name) => {
      const before = await characterCount(alice.accessToken);
      const result = await grimoire.query(CREATE_CHARACTER, { input: { name } }, alice.accessToken);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/name/i);
      expect(await characterCount(alice.accessToken)).toBe(before);
    });

    it('answers an unknown id with NOT_FOUND and a malformed id with BAD_USER_INPUT', async () => {
      const unknown = await grimoire.query(
        'mutation { renameCharacter(id: "00000000-0000-4000-8000-000000000000", name: "Ghost") { id } }',
        {},
        alice.accessToken,
      );
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const malformed = await grimoire.query(
        'mutation { renameCharacter(id: "42; drop table", name: "Ghost") { id } }',
        {},
        alice.accessToken,
      );
      expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const campaign = await grimoire.query('{ campaign(id: "not-a-uuid") { id } }', {}, alice.accessToken);
      expect(campaign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('sessions', () => {
    const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { accessToken refreshToken user { id } } }';

    it('locks an account after five wrong passwords, with the same message', async () => {
      const victim = await grimoire.signUp('Victim');
      const messages: string[] = [];
      for (let attempt = 0; attempt < 6; attempt += 1) {
        const result = await grimoire.query(LOG_IN, {
          input: { email: victim.email, password: 'wrong password guess' },
        });
        expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        messages.push(result.errors![0]!.message);
      }
      const rightPassword = await grimoire.query(LOG_IN, {
        input: { email: victim.email, password: 'correct horse battery staple' },
      });
      expect(rightPassword.data?.logIn ?? null).toBeNull();
      expect(rightPassword.errors?.[0]?.message).toBe(messages[0]);
      expect(new Set(messages).size).toBe(1);
    });

    it('revokes the whole family when a rotated refresh token is reused', async () => {
      const user = await grimoire.signUp('Rotator');
      const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
      const first = await grimoire.query(REFRESH, { t: user.refreshToken });
      const successor = first.data!.refreshSession.refreshToken as string;
      expect(successor).not.toBe(user.refreshToken);

      const reuse = await grimoire.query(REFRESH, { t: user.refreshToken });
      expect(reuse.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const afterReuse = await grimoire.query(REFRESH, { t: successor });
      expect(afterReuse.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});

import { IDENTITY_HEADER, signIdentity } from '@grimoire/platform';
import { TEST_INTERNAL_SECRET } from '@grimoire/platform/testing';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EXPIRED_MESSAGE, INVALID_MESSAGE } from './auth/verify-access-token.js';
import { postToRouter, startTestStack, type TestStack } from './testing/test-stack.js';

describe('router over HTTP', () => {
  let stack: TestStack;
  let base: string;

  beforeAll(async () => {
    stack = await startTestStack({ maxDepth: 5, subgraphTimeoutsMs: { users: 500 }, maxBodySize: '10kb' });
    base = stack.router.url.replace('/graphql', '');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers a query that spans two subgraphs', async () => {
    const { status, body } = await postToRouter(stack.router.url, '{ reviews { id body author { id name } } }');
    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        reviews: [
          { id: 'r1', body: 'Fireball is great', author: { id: 'u1', name: 'Ada' } },
          { id: 'r2', body: 'Too many goblins', author: { id: 'u2', name: 'Linus' } },
        ],
      },
    });
  });

  it('forwards the verified identity and the request id to every subgraph it calls', async () => {
    const token = await stack.token('u1', ['PLAYER', 'GAME_MASTER']);
    const { body, headers } = await postToRouter(stack.router.url, '{ whoami reviews { seenBy author { name } } }', {
      token,
      headers: { 'x-request-id': 'trace-me-123' },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.whoami).toBe('u1 [PLAYER,GAME_MASTER]');
    expect(body.data.reviews[0].seenBy).toBe('u1');
    expect(headers.get('x-request-id')).toBe('trace-me-123');
    const forThisRequest = [...stack.users.seen, ...stack.reviews.seen].filter(
      (seen) => seen.requestId === 'trace-me-123',
    );
    // users twice (whoami, then the author entities), reviews once.
    expect(forThisRequest).toHaveLength(3);
    for (const seen of forThisRequest) expect(seen.viewer).toEqual({ userId: 'u1', roles: ['PLAYER', 'GAME_MASTER'] });
  });

  it('treats a request without a token as anonymous and generates a request id', async () => {
    const { status, body, headers } = await postToRouter(stack.router.url, '{ whoami me { id } }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ whoami: 'anonymous', me: null });
    expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never forwards an identity header the client made up', async () => {
    const forged = await signIdentity(TEST_INTERNAL_SECRET, { userId: 'admin', roles: ['ADMIN'] });
    const { body } = await postToRouter(stack.router.url, '{ whoami }', {
      headers: { [IDENTITY_HEADER]: forged, 'x-request-id': 'forged-1' },
    });
    expect(body.data).toEqual({ whoami: 'anonymous' });
    const seen = stack.users.seen.find((request) => request.requestId === 'forged-1');
    expect(seen?.identityHeader).toBeUndefined();

    // With a real token, the client's header is replaced by the router's own.
    const token = await stack.token('u2');
    const signedIn = await postToRouter(stack.router.url, '{ whoami }', {
      token,
      headers: { [IDENTITY_HEADER]: forged },
    });
    expect(signedIn.body.data).toEqual({ whoami: 'u2 [PLAYER]' });
  });

  describe('rejects bad access tokens with 401 UNAUTHENTICATED', () => {
    const expectRejected = async (token: string, message = INVALID_MESSAGE) => {
      const { status, body } = await postToRouter(stack.router.url, '{ whoami }', { token });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.message).toBe(message);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
    };

    it('tampered', async () => {
      const [header, payload, signature] = (await stack.token('u1')).split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      const tampered = Buffer.from(JSON.stringify({ ...claims, roles: ['ADMIN'] })).toString('base64url');
      await expectRejected(`${header}.${tampered}.${signature}`);
    });

    it('expired, with a message that says so', async () => {
      const expired = await stack.jwks.sign(stack.key, 'u1', { expiresAt: Math.floor(Date.now() / 1000) - 60 });
      await expectRejected(expired, EXPIRED_MESSAGE);
    });

    it('wrong issuer or audience', async () => {
      await expectRejected(await stack.jwks.sign(stack.key, 'u1', { issuer: 'someone-else' }));
      await expectRejected(await stack.jwks.sign(stack.key, 'u1', { audience: 'grimoire-subgraphs' }));
    });

    it('HS256-signed (algorithm confusion) and garbage', async () => {
      const hs256 = await new SignJWT({ roles: ['ADMIN'] })
        .setProtectedHeader({ alg: 'HS256', kid: stack.key.kid })
        .setSubject('u1')
        .setIssuer('grimoire-accounts')
        .setAudience('grimoire-api')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(TEST_INTERNAL_SECRET));
      await expectRejected(hs256);
      await expectRejected('not-a-jwt');
      const { status } = await postToRouter(stack.router.url, '{ whoami }', {
        headers: { authorization: 'Basic abc' },
      });
      expect(status).toBe(401);
    });
  });

  it('accepts a key that appears in the JWKS after start (rotation without restart)', async () => {
    // Make sure the router has already cached the first key set.
    expect((await postToRouter(stack.router.url, '{ whoami }', { token: await stack.token('u1') })).status).toBe(200);
    const unpublished = await stack.jwks.createKey({ publish: false });
    const early = await stack.jwks.sign(unpublished, 'u3');
    expect((await postToRouter(stack.router.url, '{ whoami }', { token: early })).status).toBe(401);

    await stack.jwks.publish(unpublished);
    const { status, body } = await postToRouter(stack.router.url, '{ whoami }', { token: early });
    expect(status).toBe(200);
    expect(body.data).toEqual({ whoami: 'u3 [PLAYER]' });
  });

  it('rejects operations deeper than the limit before calling any subgraph', async () => {
    const before = stack.reviews.seen.length;
    const deep = '{ reviews { author { reviews { author { reviews { id } } } } } }';
    const { status, body } = await postToRouter(stack.router.url, deep);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/nested 6 levels deep; the limit is 5/);
    expect(stack.reviews.seen.length).toBe(before);

    const fragmentDeep = await postToRouter(
      stack.router.url,
      'query Deep { reviews { ...A } } fragment A on Review { author { reviews { author { reviews { id } } } } }',
    );
    expect(fragmentDeep.body.errors?.[0]?.message).toMatch(/"Deep" is nested 6 levels deep/);

    const atLimit = await postToRouter(stack.router.url, '{ reviews { author { reviews { author { name } } } } }');
    expect(atLimit.body.errors).toBeUndefined();
  });

  it('refuses bodies over the size limit with 413', async () => {
    const { status, body } = await postToRouter(stack.router.url, `{ whoami } # ${'x'.repeat(20_000)}`);
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('times out a slow subgraph and still returns what the others answered', async () => {
    const started = Date.now();
    const { status, body } = await postToRouter(stack.router.url, '{ slow(ms: 2000) reviews { id } }');
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(status).toBe(200);
    expect(body.data).toEqual({ slow: null, reviews: [{ id: 'r1' }, { id: 'r2' }] });
    expect(body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_TIMEOUT');
  });

  it('serves /health, /ready and /metrics', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('grimoire_graphql_operation_duration_seconds_count');
    expect(metrics).toContain('grimoire_graphql_errors_total{code="SUBGRAPH_TIMEOUT"');
    expect(metrics).toMatch(/grimoire_router_rejected_access_tokens_total\{reason="expired",service="router"\} [1-9]/);
    expect(metrics).toContain('grimoire_router_active_subscriptions');
  });

  it('shows the Sandbox landing page and allows introspection in development', async () => {
    const page = await fetch(stack.router.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('sandbox');
    const { body } = await postToRouter(stack.router.url, '{ __schema { queryType { name } } }');
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('router in production mode', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ production: true });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('disables introspection and the landing page', async () => {
    const { body } = await postToRouter(stack.router.url, '{ __schema { queryType { name } } }');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    const page = await fetch(stack.router.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('sandbox');
  });
});

describe('router with a subgraph down', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('returns partial data and an error for the missing fields', async () => {
    expect((await postToRouter(stack.router.url, '{ reviews { author { name } } }')).body.errors).toBeUndefined();
    await stack.users.stop();
    const { status, body } = await postToRouter(stack.router.url, '{ reviews { id author { name } } }');
    expect(status).toBe(200);
    expect(body.data).toEqual({
      reviews: [
        { id: 'r1', author: null },
        { id: 'r2', author: null },
      ],
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'users' });
    expect(body.errors?.[0]?.message).toBe('The users service is unavailable right now.');

    const health = await fetch(stack.router.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
  });
});

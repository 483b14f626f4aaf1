import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { TEST_INTERNAL_SECRET, waitFor } from '@grimoire/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startRouter } from './create-router.js';
import type { RunningRouter } from './options.js';
import { startTestJwks, type TestJwks } from './testing/jwks-server.js';
import {
  composeSupergraph,
  postToRouter,
  type ReviewFeed,
  startReviewsSubgraph,
  startUsersSubgraph,
  USERS_SDL,
} from './testing/test-stack.js';
import type { TinySubgraph } from './testing/tiny-subgraph.js';
import { record, routerWsClient } from './testing/ws-client.js';

const queryFieldNames = async (url: string): Promise<string[]> => {
  const { body } = await postToRouter(url, '{ __type(name: "Query") { fields { name } } }');
  return (body.data.__type.fields as { name: string }[]).map((field) => field.name);
};

describe('supergraph file watched in development', () => {
  let dir: string;
  let path: string;
  let jwks: TestJwks;
  let users: TinySubgraph;
  let reviews: TinySubgraph;
  let feed: ReviewFeed;
  let router: RunningRouter;

  /** Replaces the file the way `npm run compose` or an editor does: write aside, then rename. */
  const replaceFile = async (content: string) => {
    await writeFile(`${path}.tmp`, content);
    await rename(`${path}.tmp`, path);
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'grimoire-router-'));
    path = join(dir, 'supergraph.graphql');
    jwks = await startTestJwks();
    users = await startUsersSubgraph();
    ({ subgraph: reviews, feed } = await startReviewsSubgraph());
    await writeFile(path, composeSupergraph([users, reviews]));
    router = await startRouter({
      port: 0,
      host: '127.0.0.1',
      production: false,
      supergraph: { path, watch: true },
      jwksUrl: jwks.url,
      internalSecret: TEST_INTERNAL_SECRET,
      logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    });
  });

  afterAll(async () => {
    await router?.stop();
    await Promise.all([users?.stop(), reviews?.stop(), jwks?.stop()]);
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the file, reloads it on change and ends open subscriptions with SUBSCRIPTION_SCHEMA_RELOAD', async () => {
    expect((await fetch(router.url.replace('/graphql', '/ready'))).status).toBe(200);
    expect(await queryFieldNames(router.url)).not.toContain('ping');

    const client = routerWsClient(router.url);
    const subscription = record(client, 'subscription { reviewAdded { id } }');
    await waitFor(() => feed.open === 1);

    const withPing = USERS_SDL.replace('type Query {', 'type Query {\n  ping: String');
    await replaceFile(composeSupergraph([{ ...users, sdl: withPing }, reviews]));
    await waitFor(() => subscription.events.length > 0);
    expect(await subscription.done).toEqual({ completed: true });
    expect(subscription.events[0]?.errors?.[0]?.extensions?.code).toBe('SUBSCRIPTION_SCHEMA_RELOAD');
    await waitFor(() => feed.open === 0);
    expect(await queryFieldNames(router.url)).toContain('ping');

    // Subscriptions opened after the reload run on the new supergraph.
    const again = record(client, 'subscription { reviewAdded { id author { name } } }');
    await waitFor(() => feed.open === 1);
    feed.publish({ id: 'r9', body: 'after reload', authorId: 'u1' });
    expect(await again.next(1)).toEqual([{ data: { reviewAdded: { id: 'r9', author: { name: 'Ada' } } } }]);
    await client.dispose();
  });

  it('keeps the current supergraph when the file becomes invalid', async () => {
    await replaceFile('this is not a supergraph');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await queryFieldNames(router.url)).toContain('ping');
    const { body } = await postToRouter(router.url, '{ reviews { author { name } } }');
    expect(body.errors).toBeUndefined();
  });
});

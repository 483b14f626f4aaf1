import { waitFor } from '@grimoire/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EXPIRED_MESSAGE } from '../auth/verify-access-token.js';
import { startTestStack, type TestStack } from '../testing/test-stack.js';
import { record, routerWsClient } from '../testing/ws-client.js';

const REVIEW_ADDED = 'subscription { reviewAdded { id body seenBy author { id name } } }';

describe('federated subscriptions over graphql-ws', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ maxSubscriptionsPerConnection: 2, maxDepth: 5 });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('delivers events with fields resolved from both subgraphs and the identity forwarded', async () => {
    const client = routerWsClient(stack.router.url, await stack.token('u1'));
    const subscription = record(client, REVIEW_ADDED);
    await waitFor(() => stack.feed.open === 1);

    stack.feed.publish({ id: 'r3', body: 'Counterspell!', authorId: 'u2' });
    stack.feed.publish({ id: 'r4', body: 'Nat 20', authorId: 'u1' });
    const events = await subscription.next(2);
    expect(events).toEqual([
      { data: { reviewAdded: { id: 'r3', body: 'Counterspell!', seenBy: 'u1', author: { id: 'u2', name: 'Linus' } } } },
      { data: { reviewAdded: { id: 'r4', body: 'Nat 20', seenBy: 'u1', author: { id: 'u1', name: 'Ada' } } } },
    ]);
    // The rest of the plan (author names) went to the users subgraph with the identity too.
    expect(stack.users.seen.at(-1)?.viewer).toEqual({ userId: 'u1', roles: ['PLAYER'] });

    subscription.unsubscribe();
    await waitFor(() => stack.feed.open === 0);
    await client.dispose();
  });

  it('closes the upstream subscription when the client disconnects', async () => {
    const client = routerWsClient(stack.router.url);
    const subscription = record(client, 'subscription { reviewAdded { id seenBy } }');
    await waitFor(() => stack.feed.open === 1);
    stack.feed.publish({ id: 'r5', body: 'x', authorId: 'u1' });
    expect(await subscription.next(1)).toEqual([{ data: { reviewAdded: { id: 'r5', seenBy: 'anonymous' } } }]);

    await client.dispose();
    await waitFor(() => stack.feed.open === 0);
  });

  it('completes the client when the subgraph completes', async () => {
    const client = routerWsClient(stack.router.url);
    const subscription = record(client, 'subscription { reviewAdded { id } }');
    await waitFor(() => stack.feed.open === 1);
    stack.feed.endAll();
    expect(await subscription.done).toEqual({ completed: true });
    await client.dispose();
  });

  it('shares one upstream subscription among identical subscriptions of one identity, never across identities', async () => {
    const query = 'subscription { reviewAdded { id seenBy author { name } } }';
    const u1Token = await stack.token('u1');
    const tabs = [routerWsClient(stack.router.url, u1Token), routerWsClient(stack.router.url, u1Token)];
    const other = routerWsClient(stack.router.url, await stack.token('u2'));
    const [firstTab, secondTab] = tabs.map((client) => record(client, query));
    const otherUser = record(other, query);
    // Two identities: two upstream subscriptions for three subscribers.
    await waitFor(() => stack.feed.open === 2);
    // The second tab joins the shared upstream asynchronously: publish until all three listen.
    const subscribers = [firstTab!, secondTab!, otherUser];
    for (let warmUp = 0; subscribers.some((subscriber) => subscriber.events.length === 0); warmUp += 1) {
      if (warmUp > 50) throw new Error('subscribers did not attach');
      stack.feed.publish({ id: `warm-${warmUp}`, body: 'warm-up', authorId: 'u1' });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const seen = subscribers.map((subscriber) => subscriber.events.length);

    stack.feed.publish({ id: 'r6', body: 'shared', authorId: 'u2' });
    const forU1 = { data: { reviewAdded: { id: 'r6', seenBy: 'u1', author: { name: 'Linus' } } } };
    const nextOf = async (index: number) => (await subscribers[index]!.next(seen[index]! + 1)).at(-1);
    expect(await nextOf(0)).toEqual(forU1);
    expect(await nextOf(1)).toEqual(forU1);
    // Resolved with its own identity, not with u1's.
    expect(await nextOf(2)).toEqual({ data: { reviewAdded: { id: 'r6', seenBy: 'u2', author: { name: 'Linus' } } } });
    expect(stack.feed.open).toBe(2);

    // One tab leaving keeps the shared upstream open for the other.
    firstTab!.unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stack.feed.open).toBe(2);
    stack.feed.publish({ id: 'r7', body: 'still here', authorId: 'u1' });
    expect((await secondTab!.next(seen[1]! + 2)).at(-1)).toEqual({
      data: { reviewAdded: { id: 'r7', seenBy: 'u1', author: { name: 'Ada' } } },
    });
    secondTab!.unsubscribe();
    otherUser.unsubscribe();
    await waitFor(() => stack.feed.open === 0);
    await Promise.all([...tabs, other].map(async (client) => client.dispose()));
  });

  it('caps open subscriptions per connection with SUBSCRIPTION_LIMIT', async () => {
    const client = routerWsClient(stack.router.url);
    // Different selections: identical subscriptions of one identity would share one upstream.
    const first = record(client, 'subscription { reviewAdded { id } }');
    const second = record(client, 'subscription { reviewAdded { id body } }');
    await waitFor(() => stack.feed.open === 2);

    const third = record(client, 'subscription { reviewAdded { id seenBy } }');
    const outcome = await third.done;
    expect(outcome).toMatchObject({ error: [{ extensions: { code: 'SUBSCRIPTION_LIMIT', limit: 2 } }] });
    expect(stack.feed.open).toBe(2);

    // Completing one frees a slot.
    first.unsubscribe();
    await waitFor(() => stack.feed.open === 1);
    const fourth = record(client, 'subscription { reviewAdded { body } }');
    await waitFor(() => stack.feed.open === 2);
    second.unsubscribe();
    fourth.unsubscribe();
    await waitFor(() => stack.feed.open === 0);
    await client.dispose();
  });

  it('validates subscriptions against the API schema and the depth limit', async () => {
    const client = routerWsClient(stack.router.url);
    const unknown = await record(client, 'subscription { reviewAdded { nope } }').done;
    expect(unknown).toMatchObject({ error: [{ message: expect.stringContaining('Cannot query field "nope"') }] });
    const deep = await record(
      client,
      'subscription { reviewAdded { author { reviews { author { reviews { id } } } } } }',
    ).done;
    expect(deep).toMatchObject({ error: [{ message: expect.stringMatching(/nested 6 levels deep; the limit is 5/) }] });
    expect(stack.feed.open).toBe(0);
    await client.dispose();
  });

  it('runs queries over the same connection with the same identity', async () => {
    const client = routerWsClient(stack.router.url, await stack.token('u2', ['GAME_MASTER']));
    const result = record(client, '{ whoami reviews { id author { name } } }');
    expect(await result.done).toEqual({ completed: true });
    expect(result.events).toEqual([
      {
        data: {
          whoami: 'u2 [GAME_MASTER]',
          reviews: [
            { id: 'r1', author: { name: 'Ada' } },
            { id: 'r2', author: { name: 'Linus' } },
          ],
        },
      },
    ]);
    await client.dispose();
  });

  it('refuses a connection with an invalid or expired token (close code 4403)', async () => {
    const expired = await stack.jwks.sign(stack.key, 'u1', { expiresAt: Math.floor(Date.now() / 1000) - 5 });
    const client = routerWsClient(stack.router.url, expired);
    const outcome = await record(client, 'subscription { reviewAdded { id } }').done;
    expect(outcome).toMatchObject({ error: { code: 4403, reason: EXPIRED_MESSAGE } });

    const tampered = routerWsClient(stack.router.url, `${await stack.token('u1')}x`);
    expect(await record(tampered, '{ whoami }').done).toMatchObject({
      error: { code: 4403, reason: 'The access token is not valid.' },
    });
    expect(stack.feed.open).toBe(0);
  });

  it('passes an upstream failure to the client as an error and completes', async () => {
    const client = routerWsClient(stack.router.url);
    const subscription = record(client, 'subscription { reviewAdded { id } }');
    await waitFor(() => stack.feed.open === 1);
    await stack.reviews.stop();
    expect(await subscription.done).toEqual({ completed: true });
    expect(subscription.events.at(-1)?.errors?.[0]).toMatchObject({
      message: 'The reviews service ended the subscription unexpectedly.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'reviews' },
    });
    await client.dispose();
  });
});

describe('router stop', () => {
  it('closes WebSocket clients and their upstream subscriptions', async () => {
    const stack = await startTestStack();
    try {
      const client = routerWsClient(stack.router.url);
      const subscription = record(client, 'subscription { reviewAdded { id } }');
      await waitFor(() => stack.feed.open === 1);
      await stack.router.stop();
      expect(await subscription.done).toMatchObject({ error: { code: 1001 } });
      await waitFor(() => stack.feed.open === 0);
      expect((await fetch(stack.router.url.replace('/graphql', '/health')).catch(() => null))?.status).toBeUndefined();
    } finally {
      await stack.stop();
    }
  });
});

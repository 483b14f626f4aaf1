import type { ChildProcess } from 'node:child_process';

import { TEST_INTERNAL_SECRET } from '@grimoire/platform/testing';
import { type RunningRouter, startRouter } from '@grimoire/router';
import { composeSupergraph, printSubgraphSdl, readSupergraphConfig } from '@grimoire/supergraph';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';

import { startCharactersProcess, stopProcess } from '../harness/characters-process.js';
import { startTestStack, type TestStack } from '../harness/test-stack.js';

/**
 * Two replicas of the characters subgraph, each its own process (same database, same Redis
 * namespace), each behind its own router; subscribers attach to either. A change made through
 * one replica reaches the subscribers of both: live events cross processes through Redis.
 * Two routers (one per replica) rather than a load balancer: it pins which replica serves which
 * subscriber and which mutation, so "through either, to both" is what is tested.
 */
const redisUrl = inject('redisUrl');

const CHARACTER_CHANGED = `subscription($id: ID!) {
  characterChanged(id: $id) { id hitPoints { current } campaigns { name } }
}`;
const PARTY_CHANGED = `subscription($id: ID!) {
  partyChanged(campaignId: $id) { id name party { id hitPoints { current } owner { displayName } } }
}`;

/** A replica of the characters subgraph: its own process on the stack's database and Redis namespace. */
async function startCharactersReplica(stack: TestStack): Promise<{ url: string; process: ChildProcess }> {
  const { url, child } = await startCharactersProcess({
    database: stack.database,
    redisUrl,
    env: {
      CATALOG_SUBGRAPH_URL: stack.stack.subgraphs.catalog!.url,
      CAMPAIGNS_SUBGRAPH_URL: stack.stack.subgraphs.campaigns!.url,
    },
  });
  return { url, process: child };
}

/** A subscription that keeps every event, and waits for one that matches. */
function watch(client: Client, query: string, variables: Record<string, unknown>) {
  const events: Record<string, any>[] = [];
  const waiters: { match: (event: Record<string, any>) => boolean; resolve: (event: Record<string, any>) => void }[] =
    [];
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (event) => {
        events.push(event);
        for (const waiter of waiters.filter((candidate) => candidate.match(event))) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(event);
        }
      },
      error: (error) => events.push({ errors: [error] }),
      complete: () => {},
    },
  );
  return {
    events,
    unsubscribe,
    next(match: (event: Record<string, any>) => boolean, timeoutMs = 15_000): Promise<Record<string, any>> {
      const found = events.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolveEvent, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event in ${JSON.stringify(events)}`)), timeoutMs);
        waiters.push({
          match,
          resolve: (event) => {
            clearTimeout(timer);
            resolveEvent(event);
          },
        });
      });
    },
  };
}

describe.skipIf(!redisUrl)('two replicas of the characters subgraph (Redis; skipped without REDIS_URL)', () => {
  let grimoire: TestStack;
  const replicas: { url: string; process: ChildProcess }[] = [];
  const routers: RunningRouter[] = [];
  const clients: Client[] = [];
  let gm: Awaited<ReturnType<TestStack['signUp']>>;
  let player: Awaited<ReturnType<TestStack['signUp']>>;
  let campaignId: string;
  let characterId: string;

  const post = async (routerUrl: string, query: string, variables: Record<string, unknown>, token: string) => {
    const response = await fetch(routerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const wsClient = (routerUrl: string, token: string) => {
    const client = createClient({
      url: routerUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    grimoire = await startTestStack('two_replicas');
    gm = await grimoire.signUp('Morgan');
    player = await grimoire.signUp('Bob');
    campaignId = (
      await post(
        grimoire.routerUrl,
        'mutation { createCampaign(input: { name: "Storm King" }) { id } }',
        {},
        gm.accessToken,
      )
    ).createCampaign.id;
    await post(
      grimoire.routerUrl,
      'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }',
      { c: campaignId, u: player.userId },
      gm.accessToken,
    );
    characterId = (
      await post(
        grimoire.routerUrl,
        'mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id } }',
        {
          input: {
            name: 'Bram',
            species: 'human',
            background: 'soldier',
            classes: [{ class: 'fighter', level: 5 }],
            abilityScores: { method: 'MANUAL', str: 16, dex: 12, con: 14, int: 10, wis: 12, cha: 8 },
          },
        },
        player.accessToken,
      )
    ).createCharacter.id;
    await post(
      grimoire.routerUrl,
      'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id } }',
      { c: campaignId, ch: characterId },
      gm.accessToken,
    );

    replicas.push(...(await Promise.all([startCharactersReplica(grimoire), startCharactersReplica(grimoire)])));
    const entries = readSupergraphConfig();
    const urls = Object.fromEntries(entries.map((entry) => [entry.name, grimoire.stack.subgraphs[entry.name]!.url]));
    const supergraphSdl = composeSupergraph(
      entries.map((entry) => ({ name: entry.name, url: urls[entry.name]!, sdl: printSubgraphSdl(entry.name) })),
    ).supergraphSdl;
    for (const replica of replicas) {
      routers.push(
        await startRouter({
          port: 0,
          host: '127.0.0.1',
          production: false,
          introspection: false,
          supergraph: { sdl: supergraphSdl },
          // This router's characters subgraph is one replica; everything else is shared.
          subgraphUrls: { ...urls, characters: replica.url },
          jwksUrl: new URL('/.well-known/jwks.json', urls.accounts).toString(),
          internalSecret: TEST_INTERNAL_SECRET,
          logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
        }),
      );
    }
  }, 180_000);

  afterAll(async () => {
    await Promise.allSettled(clients.map(async (client) => client.dispose()));
    await Promise.allSettled(routers.map((router) => router.stop()));
    await Promise.allSettled(replicas.map((replica) => stopProcess(replica.process)));
    await grimoire?.stop();
  });

  it('a change made through either replica reaches the subscribers of both, with fields from every subgraph', async () => {
    const [first, second] = routers as [RunningRouter, RunningRouter];
    // Each router's subscribers: characterChanged is served by its replica; partyChanged by
    // campaigns, with the member's HP from its replica and the owner's name from accounts.
    const watchers = [first, second].flatMap((router) => [
      watch(wsClient(router.url, player.accessToken), CHARACTER_CHANGED, { id: characterId }),
      watch(wsClient(router.url, gm.accessToken), PARTY_CHANGED, { id: campaignId }),
    ]);
    const hitPoints = (event: Record<string, any>): number | undefined =>
      event.data?.characterChanged?.hitPoints.current ?? event.data?.partyChanged?.party[0]?.hitPoints.current;

    // Subscriptions reach the replicas a moment after the clients connect: change until all listen.
    for (let attempt = 0; watchers.some((watcher) => watcher.events.length === 0); attempt += 1) {
      if (attempt > 40) throw new Error('the subscriptions never started');
      await post(
        first.url,
        'mutation($id: ID!, $name: String!) { renameCharacter(id: $id, name: $name) { id } }',
        { id: characterId, name: `Bram ${attempt}` },
        player.accessToken,
      );
      await new Promise((resolveWait) => setTimeout(resolveWait, 250));
    }

    for (const [via, amount] of [
      [first, 3],
      [second, 4],
    ] as const) {
      const damaged = await post(
        via.url,
        'mutation($id: ID!, $amount: Int!) { damageCharacter(id: $id, amount: $amount) { hitPoints { current } } }',
        { id: characterId, amount },
        gm.accessToken,
      );
      const current = damaged.damageCharacter.hitPoints.current as number;
      const received = await Promise.all(
        watchers.map((watcher) => watcher.next((event) => hitPoints(event) === current)),
      );
      for (const event of received) expect(event.errors).toBeUndefined();
      const [characterOnFirst, partyOnFirst, characterOnSecond, partyOnSecond] = received.map((event) => event.data);
      for (const character of [characterOnFirst, characterOnSecond]) {
        expect(character!.characterChanged).toEqual({
          id: characterId,
          hitPoints: { current },
          campaigns: [{ name: 'Storm King' }],
        });
      }
      for (const party of [partyOnFirst, partyOnSecond]) {
        expect(party!.partyChanged).toEqual({
          id: campaignId,
          name: 'Storm King',
          party: [{ id: characterId, hitPoints: { current }, owner: { displayName: 'Bob' } }],
        });
      }
    }
  });
});

/* eslint-disable @typescript-eslint/no-explicit-any -- tests read loosely typed GraphQL responses */
import { randomUUID } from 'node:crypto';

import { type Identity, type RunningSubgraph, signIdentity } from '@grimoire/platform';
import {
  createTestDatabase,
  postGraphQL,
  TEST_INTERNAL_SECRET,
  type TestDatabase,
  testSubgraphOptions,
} from '@grimoire/platform/testing';
import { createClient, type ExecutionResult } from 'graphql-ws';
import { expect } from 'vitest';
import WebSocket from 'ws';

import type { CampaignsTables } from '../../db/database.js';
import { partyMembers } from '../../db/tables/index.js';
import { startCampaignsSubgraph } from '../../server.js';
import { type Body, type People, seatMembers, statementsOf, UNREACHABLE_URL } from '../test-support.js';

// Shared by the story tests: a campaigns subgraph on a fresh database and a table of people.
export { type Body, codeOf, people, type People } from '../test-support.js';

export interface StoryKit {
  subgraph: RunningSubgraph<CampaignsTables>;
  redis: boolean;
  gql(query: string, variables: Record<string, unknown>, identity?: Identity | null): Promise<Body>;
  ok(query: string, variables: Record<string, unknown>, identity: Identity): Promise<Record<string, any>>;
  /** A campaign run by `gm` with a co-GM, a player and a viewer, and one party character. */
  table(who: People): Promise<{ campaignId: string; partyCharacterId: string }>;
  subscribe(identity: Identity | null, query: string, variables: Record<string, unknown>): Promise<Subscription>;
  /** SQL statements `run` costs on the request pool (the event bus has a pool of its own). */
  statementsFor(run: () => Promise<void>): Promise<number>;
  stop(): Promise<void>;
}

export interface Subscription {
  next(timeoutMs?: number): Promise<ExecutionResult<Record<string, any>>>;
  /** Resolves true when nothing arrives within `ms`. */
  quietFor(ms: number): Promise<boolean>;
  close(): Promise<void>;
}

export async function startStoryKit(label: string): Promise<StoryKit> {
  const database: TestDatabase = await createTestDatabase(label);
  const options = testSubgraphOptions(database);
  // The story never asks the characters subgraph: party rows are written directly below.
  const subgraph = await startCampaignsSubgraph({ ...options, charactersUrl: UNREACHABLE_URL });
  const clients: { dispose(): void | Promise<void> }[] = [];

  const gql = async (query: string, variables: Record<string, unknown>, identity?: Identity | null) =>
    (await postGraphQL(subgraph.url, query, variables, identity ? { identity } : {})).body as Body;
  const ok = async (query: string, variables: Record<string, unknown>, identity: Identity) => {
    const body = await gql(query, variables, identity);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  async function table(who: People) {
    const created = await ok(
      'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      { i: { name: 'Curse' } },
      who.gm,
    );
    const campaignId = created.createCampaign.id as string;
    await seatMembers(gql, campaignId, who);
    const partyCharacterId = randomUUID();
    await subgraph.database.db
      .insert(partyMembers)
      .values({ campaignId, characterId: partyCharacterId, addedBy: who.player.userId });
    return { campaignId, partyCharacterId };
  }

  async function subscribe(
    identity: Identity | null,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Subscription> {
    const client = createClient({
      url: subgraph.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: async () =>
        identity ? { grimoireIdentity: await signIdentity(TEST_INTERNAL_SECRET, identity) } : {},
    });
    clients.push(client);
    const iterator = client.iterate<Record<string, any>>({ query, variables })[Symbol.asyncIterator]();
    let pending = iterator.next();
    // Nothing acknowledges a subscribe message: give the server time to check membership and listen.
    await new Promise((resolve) => setTimeout(resolve, options.redisUrl ? 500 : 300));
    return {
      async next(timeoutMs = 5_000) {
        const result = await withTimeout(pending, timeoutMs);
        pending = iterator.next();
        return result.value as ExecutionResult<Record<string, any>>;
      },
      async quietFor(ms: number) {
        const outcome = await Promise.race([
          pending.then(() => 'event'),
          new Promise((resolve) => setTimeout(() => resolve('quiet'), ms)),
        ]);
        return outcome === 'quiet';
      },
      close: async () => {
        await iterator.return?.();
      },
    };
  }

  async function statementsFor(run: () => Promise<void>): Promise<number> {
    return statementsOf(subgraph.database, run);
  }

  return {
    subgraph,
    statementsFor,
    redis: Boolean(options.redisUrl),
    gql,
    ok,
    table,
    subscribe,
    stop: async () => {
      for (const client of clients) await client.dispose();
      await subgraph.stop();
      await database.drop();
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms).unref()),
  ]);
}

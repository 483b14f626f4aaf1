import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { expect, inject } from 'vitest';
import WebSocket from 'ws';

import {
  createTestDatabase,
  type GraphQLResponse,
  TEST_INTERNAL_SECRET,
  type TestDatabase,
} from '@grimoire/platform/testing';
import { type RunningStack, startStack } from '@grimoire/supergraph';

export interface TestStack {
  stack: RunningStack;
  database: TestDatabase;
  routerUrl: string;
  /** POSTs an operation to the router, with a bearer token when given. */
  query<TData = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    accessToken?: string,
  ): Promise<GraphQLResponse<TData> & { status: number }>;
  /** Runs a typed SDK document (`@grimoire/sdk`) against the router. */
  execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    accessToken?: string,
  ): Promise<GraphQLResponse<TData> & { status: number }>;
  /** A graphql-ws client connected to the router, authenticated when a token is given. */
  wsClient(accessToken?: string): Client;
  /** Signs up a fresh user and returns their tokens and id. */
  signUp(displayName: string): Promise<{ accessToken: string; refreshToken: string; userId: string; email: string }>;
  /** Runs an operation as `user` and returns its data; any error fails the test (and is shown). */
  ok(query: string, variables: Record<string, unknown>, user: { accessToken: string }): Promise<Record<string, any>>;
  /** A campaign created by `gameMaster` with `input`, `players` added as members; returns its id. */
  createCampaign(
    gameMaster: { accessToken: string },
    input: Record<string, unknown>,
    players?: readonly { userId: string }[],
  ): Promise<string>;
  stop(): Promise<void>;
}

/** A signed-up user of a test stack. */
export type TestUser = Awaited<ReturnType<TestStack['signUp']>>;

let userCounter = 0;

/** The real stack in this test process: every subgraph, the router, a fresh database. */
export async function startTestStack(label: string): Promise<TestStack> {
  const database = await createTestDatabase(label);
  const stack = await startStack({
    databaseUrl: database.url,
    redisUrl: inject('redisUrl'),
    internalSecret: TEST_INTERNAL_SECRET,
    namespace: database.name,
    host: '127.0.0.1',
    ports: {},
    production: false,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    adminEmails: [],
    supergraph: 'compose',
  });
  const clients: Client[] = [];

  const query: TestStack['query'] = async (operation, variables = {}, accessToken) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (accessToken) headers.authorization = `Bearer ${accessToken}`;
    const response = await fetch(stack.routerUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: operation, variables }),
    });
    return { status: response.status, ...((await response.json()) as GraphQLResponse<any>) };
  };

  const ok: TestStack['ok'] = async (operation, variables, user) => {
    const result = await query(operation, variables, user.accessToken);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };

  return {
    stack,
    database,
    routerUrl: stack.routerUrl,
    query,
    execute: (document, variables, accessToken) => query(print(document), variables, accessToken),
    wsClient(accessToken) {
      const client = createClient({
        url: stack.routerUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
        retryAttempts: 0,
      });
      clients.push(client);
      return client;
    },
    async signUp(displayName) {
      userCounter += 1;
      const email = `${displayName.toLowerCase().replace(/\W/g, '')}-${userCounter}-${Date.now()}@example.test`;
      const result = await query(
        `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id } } }`,
        { input: { email, password: 'correct horse battery staple', displayName } },
      );
      if (!result.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
      const { accessToken, refreshToken, user } = result.data.signUp;
      return { accessToken, refreshToken, userId: user.id, email };
    },
    ok,
    async createCampaign(gameMaster, input, players = []) {
      const created = await ok(
        'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
        { input },
        gameMaster,
      );
      const campaignId = created.createCampaign.id as string;
      for (const player of players) {
        await ok(
          'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }',
          { c: campaignId, u: player.userId },
          gameMaster,
        );
      }
      return campaignId;
    },
    async stop() {
      await Promise.allSettled(clients.map(async (client) => client.dispose()));
      await stack.stop();
      await database.drop();
    },
  };
}

/** Collects the next `count` events of a subscription, failing after `timeoutMs`. */
export function collectEvents<T = Record<string, any>>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  count: number,
  timeoutMs = 10_000,
): { events: Promise<GraphQLResponse<T>[]>; started: Promise<void>; cancel: () => void } {
  const received: GraphQLResponse<T>[] = [];
  let cancel = () => {};
  let markStarted = () => {};
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const events = new Promise<GraphQLResponse<T>[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      cancel();
      reject(new Error(`timed out after ${received.length}/${count} events: ${JSON.stringify(received)}`));
    }, timeoutMs);
    cancel = client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          received.push(value as GraphQLResponse<T>);
          if (value.errors || received.length >= count) {
            clearTimeout(timer);
            cancel();
            resolve(received);
          }
        },
        error: (error) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        },
        complete: () => {
          clearTimeout(timer);
          resolve(received);
        },
      },
    );
    // graphql-ws sends `subscribe` right after the connection is acknowledged.
    client.on('connected', () => markStarted());
  });
  return { events, started, cancel: () => cancel() };
}

import { composeServices } from '@apollo/composition';
import { TEST_INTERNAL_SECRET } from '@grimoire/platform/testing';
import { parse } from 'graphql';

import { startRouter } from '../create-router.js';
import type { RouterOptions, RunningRouter } from '../options.js';
import { createEventChannel, type EventChannel } from '../subscriptions/event-channel.js';
import { startTestJwks, type TestJwks, type TestKey } from './jwks-server.js';
import { startTinySubgraph, type TinyContext, type TinySubgraph } from './tiny-subgraph.js';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

export const USERS_SDL = `${LINK}
type User @key(fields: "id") {
  id: ID!
  name: String!
}
type Query {
  me: User
  whoami: String!
  slow(ms: Int!): String
}`;

export const REVIEWS_SDL = `${LINK}
type Review @key(fields: "id") {
  id: ID!
  body: String!
  author: User
  "Who the subgraph believes is asking (from the forwarded identity)."
  seenBy: String!
}
type User @key(fields: "id") {
  id: ID!
  reviews: [Review!]!
}
type Query {
  reviews: [Review!]!
}
type Subscription {
  reviewAdded: Review!
}`;

export interface ReviewRecord {
  id: string;
  body: string;
  authorId: string;
}

export const REVIEWS: ReviewRecord[] = [
  { id: 'r1', body: 'Fireball is great', authorId: 'u1' },
  { id: 'r2', body: 'Too many goblins', authorId: 'u2' },
];

const NAMES: Record<string, string> = { u1: 'Ada', u2: 'Linus' };

/** The review subscription feed of the reviews subgraph, observable from tests. */
export interface ReviewFeed {
  publish(review: ReviewRecord): void;
  /** Completes every open subscription from the subgraph side. */
  endAll(): void;
  /** Upstream subscriptions the reviews subgraph currently serves. */
  readonly open: number;
}

export interface TestStack {
  router: RunningRouter;
  users: TinySubgraph;
  reviews: TinySubgraph;
  feed: ReviewFeed;
  jwks: TestJwks;
  key: TestKey;
  supergraphSdl: string;
  /** A valid access token for `userId`. */
  token(userId: string, roles?: string[]): Promise<string>;
  stop(): Promise<void>;
}

export function startUsersSubgraph(): Promise<TinySubgraph> {
  return startTinySubgraph({
    name: 'users',
    sdl: USERS_SDL,
    internalSecret: TEST_INTERNAL_SECRET,
    resolvers: {
      Query: {
        me: (_root: unknown, _args: unknown, ctx: TinyContext) => (ctx.viewer ? { id: ctx.viewer.userId } : null),
        whoami: (_root: unknown, _args: unknown, ctx: TinyContext) =>
          ctx.viewer ? `${ctx.viewer.userId} [${ctx.viewer.roles.join(',')}]` : 'anonymous',
        slow: async (_root: unknown, args: { ms: number }) => {
          await new Promise((resolve) => setTimeout(resolve, args.ms));
          return 'finally';
        },
      },
      User: {
        __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
        name: (user: { id: string }) => NAMES[user.id] ?? `User ${user.id}`,
      },
    },
  });
}

export async function startReviewsSubgraph(): Promise<{ subgraph: TinySubgraph; feed: ReviewFeed }> {
  const listeners = new Set<EventChannel<ReviewRecord>>();
  const feed: ReviewFeed = {
    publish: (review) => listeners.forEach((listener) => listener.push(review)),
    endAll: () => [...listeners].forEach((listener) => listener.end()),
    get open() {
      return listeners.size;
    },
  };
  const subgraph = await startTinySubgraph({
    name: 'reviews',
    sdl: REVIEWS_SDL,
    internalSecret: TEST_INTERNAL_SECRET,
    resolvers: {
      Query: { reviews: () => REVIEWS },
      Subscription: {
        reviewAdded: {
          subscribe: () => {
            const channel: EventChannel<ReviewRecord> = createEventChannel(() => listeners.delete(channel));
            listeners.add(channel);
            return channel.iterator;
          },
          resolve: (review: ReviewRecord) => review,
        },
      },
      Review: {
        author: (review: ReviewRecord) => ({ __typename: 'User', id: review.authorId }),
        seenBy: (_review: ReviewRecord, _args: unknown, ctx: TinyContext) => ctx.viewer?.userId ?? 'anonymous',
      },
      User: {
        __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
        reviews: (user: { id: string }) => REVIEWS.filter((review) => review.authorId === user.id),
      },
    },
  });
  return { subgraph, feed };
}

/** Composes subgraphs with @apollo/composition; throws with every composition error. */
export function composeSupergraph(subgraphs: { name: string; sdl: string; url: string }[]): string {
  const result = composeServices(subgraphs.map(({ name, sdl, url }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}

/** JWKS + users + reviews subgraphs + a router in front of them, all on loopback. */
export async function startTestStack(overrides: Partial<RouterOptions> = {}): Promise<TestStack> {
  const jwks = await startTestJwks();
  const key = await jwks.createKey();
  const users = await startUsersSubgraph();
  const { subgraph: reviews, feed } = await startReviewsSubgraph();
  const supergraphSdl = composeSupergraph([users, reviews]);
  const router = await startRouter({
    port: 0,
    host: '127.0.0.1',
    production: false,
    supergraph: { sdl: supergraphSdl },
    jwksUrl: jwks.url,
    jwksCooldownMs: 0,
    internalSecret: TEST_INTERNAL_SECRET,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...overrides,
  });
  return {
    router,
    users,
    reviews,
    feed,
    jwks,
    key,
    supergraphSdl,
    token: (userId, roles) => jwks.sign(key, userId, roles ? { roles } : {}),
    async stop() {
      await router.stop();
      await Promise.all([users.stop(), reviews.stop(), jwks.stop()]);
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses in tests are read loosely on purpose
type LooseJson = any;

/** POSTs an operation to the router the way a client would. */
export async function postToRouter(
  url: string,
  query: string,
  options: { token?: string; headers?: Record<string, string>; variables?: Record<string, unknown> } = {},
): Promise<{
  status: number;
  headers: Headers;
  body: { data?: LooseJson; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] };
}> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as never };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- tests read loosely typed GraphQL responses */
// Shared by this subgraph's tests only.
import { randomUUID } from 'node:crypto';

import type { Identity, RunningSubgraph, SubgraphOptions } from '@grimoire/platform';
import { createTestDatabase, postGraphQL, type TestDatabase, testSubgraphOptions } from '@grimoire/platform/testing';
// Only to boot the real characters subgraph where a test needs it; all traffic goes over HTTP.
// eslint-disable-next-line no-restricted-imports
import { startCharactersSubgraph } from '@grimoire/subgraph-characters';
import { afterAll, beforeAll, expect } from 'vitest';

import type { CampaignsTables } from '../db/database.js';
import { type CampaignsSubgraphOptions, startCampaignsSubgraph } from '../server.js';

export type Body = {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

/** A URL nothing listens on: a subgraph started with it proves the test never calls that service. */
export const UNREACHABLE_URL = 'http://127.0.0.1:9/graphql';

const ADD_MEMBER = 'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }';
const SET_ROLE =
  'mutation($c: ID!, $u: ID!, $r: CampaignRole!) { setCampaignMemberRole(campaignId: $c, userId: $u, role: $r) { id } }';

/** The people around a table: the game master, a co-game master, a player, a viewer and a stranger. */
export const people = () => ({
  gm: { userId: randomUUID(), roles: ['GAME_MASTER'] } as Identity,
  coGm: { userId: randomUUID(), roles: ['GAME_MASTER'] } as Identity,
  player: { userId: randomUUID(), roles: ['PLAYER'] } as Identity,
  viewer: { userId: randomUUID(), roles: ['PLAYER'] } as Identity,
  stranger: { userId: randomUUID(), roles: ['PLAYER'] } as Identity,
});
export type People = ReturnType<typeof people>;

export const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;

/** The data of a response that must have no errors. */
export function ok(body: Body): Record<string, any> {
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/**
 * The SQL statements `run` costs on the subgraph's request pool. The event bus's relay and
 * consumers use a pool of their own, so background work never shows up here.
 */
export async function statementsOf(
  database: { statementCount(): number },
  run: () => Promise<unknown>,
): Promise<number> {
  const before = database.statementCount();
  await run();
  return database.statementCount() - before;
}

type Gql = (query: string, variables: Record<string, unknown>, identity?: Identity) => Promise<Body>;

/** Makes `who.coGm` a co-game master, `who.player` a player and `who.viewer` a viewer of `who.gm`'s campaign. */
export async function seatMembers(gql: Gql, campaignId: string, who: People): Promise<void> {
  for (const [member, role] of [
    [who.coGm, 'CO_GAME_MASTER'],
    [who.player, 'PLAYER'],
    [who.viewer, 'VIEWER'],
  ] as const) {
    ok(await gql(ADD_MEMBER, { c: campaignId, u: member.userId }, who.gm));
    // A new member is a player already.
    if (role !== 'PLAYER') ok(await gql(SET_ROLE, { c: campaignId, u: member.userId, r: role }, who.gm));
  }
}

export interface CampaignsTestStack {
  /** The campaigns subgraph (after the describe block's beforeAll). */
  readonly subgraph: RunningSubgraph<CampaignsTables>;
  /** The real characters subgraph; only with `withCharacters`. */
  readonly characters: RunningSubgraph;
  /** The options both subgraphs were started with (namespace, Redis URL). */
  readonly options: SubgraphOptions;
  gql: Gql;
  onCharacters: (query: string, variables: Record<string, unknown>, identity: Identity) => Promise<Body>;
  /** Creates a character owned by `owner` through the characters subgraph; returns its id. */
  createCharacter: (owner: Identity, input: Record<string, unknown>) => Promise<string>;
  /** A campaign by `who.gm` (created with `input`) with `who.coGm`, `who.player` and `who.viewer` as members. */
  table: (who: People, input?: Record<string, unknown>) => Promise<string>;
}

/**
 * Starts the campaigns subgraph on a fresh database for the surrounding describe block, and
 * stops it afterwards. `withCharacters` boots the real characters subgraph next to it; without
 * it, campaigns is pointed at an unreachable characters URL.
 */
export function useCampaignsSubgraph(
  label: string,
  settings: { withCharacters?: boolean; catalogUrl?: CampaignsSubgraphOptions['catalogUrl'] } = {},
): CampaignsTestStack {
  let database: TestDatabase | undefined;
  let options: SubgraphOptions | undefined;
  let subgraph: RunningSubgraph<CampaignsTables> | undefined;
  let characters: RunningSubgraph | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(label);
    options = testSubgraphOptions(database);
    if (settings.withCharacters) characters = await startCharactersSubgraph(options);
    subgraph = await startCampaignsSubgraph({
      ...options,
      charactersUrl: characters?.url ?? UNREACHABLE_URL,
      catalogUrl: settings.catalogUrl,
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await characters?.stop();
    await database?.drop();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not running (before beforeAll, or not asked for)`);
    return value;
  };

  const stack: CampaignsTestStack = {
    get subgraph() {
      return started(subgraph, 'the campaigns subgraph');
    },
    get characters() {
      return started(characters, 'the characters subgraph');
    },
    get options() {
      return started(options, 'the test stack');
    },
    gql: async (query, variables, identity) =>
      (await postGraphQL(stack.subgraph.url, query, variables, identity ? { identity } : {})).body as Body,
    onCharacters: async (query, variables, identity) =>
      (await postGraphQL(stack.characters.url, query, variables, { identity })).body as Body,
    createCharacter: async (owner, input) => {
      const body = await stack.onCharacters(
        'mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id } }',
        { input },
        owner,
      );
      return ok(body).createCharacter.id as string;
    },
    table: async (who, input = {}) => {
      const created = await stack.gql(
        'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
        { input: { name: `Table ${randomUUID().slice(0, 8)}`, ...input } },
        who.gm,
      );
      const campaignId = ok(created).createCampaign.id as string;
      await seatMembers(stack.gql, campaignId, who);
      return campaignId;
    },
  };
  return stack;
}

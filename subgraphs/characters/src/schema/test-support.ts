// Shared by this subgraph's tests only: characters (and, when asked, the real campaigns subgraph)
// on a fresh database, GraphQL helpers and character fixtures.
import { randomUUID } from 'node:crypto';

import type { Identity, RunningSubgraph } from '@grimoire/platform';
import { createTestDatabase, postGraphQL, type TestDatabase, testSubgraphOptions } from '@grimoire/platform/testing';
import { startCampaignsSubgraph } from '@grimoire/subgraph-campaigns';
import { expect } from 'vitest';

import type { CharactersTables } from '../db/database.js';
import { startCharactersSubgraph } from '../server.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed responses
type Data = Record<string, any>;

export interface TestCharacters {
  subgraph: RunningSubgraph<CharactersTables>;
  /** The campaigns subgraph (started with `withCampaigns`), for game-master tests. */
  campaigns: RunningSubgraph | null;
  gql(query: string, variables?: Record<string, unknown>, identity?: Identity): Promise<{ status: number; body: Data }>;
  /** Runs an operation that must succeed and returns its data. */
  ok(query: string, variables: Record<string, unknown>, identity: Identity): Promise<Data>;
  /** Runs an operation that must fail with `code` and returns the first error. */
  fails(
    code: string,
    query: string,
    variables: Record<string, unknown>,
    identity?: Identity,
  ): Promise<{ message: string; extensions: Data }>;
  /** Versions a character has in its history. */
  versionCount(characterId: string): Promise<number>;
  stop(): Promise<void>;
}

export async function startTestCharacters(label: string, options: { withCampaigns?: boolean } = {}): Promise<TestCharacters> {
  const database: TestDatabase = await createTestDatabase(label);
  let campaigns: RunningSubgraph | null = null;
  // Campaigns needs this subgraph's URL, so it starts second and this one reads its URL lazily,
  // as in the launcher.
  const subgraph = await startCharactersSubgraph({ ...testSubgraphOptions(database), campaignsUrl: () => campaigns?.url });
  if (options.withCampaigns)
    campaigns = await startCampaignsSubgraph({ ...testSubgraphOptions(database), charactersUrl: subgraph.url });

  const gql: TestCharacters['gql'] = (query, variables = {}, identity) =>
    postGraphQL(subgraph.url, query, variables, identity ? { identity } : {});
  return {
    subgraph,
    campaigns,
    gql,
    async ok(query, variables, identity) {
      const { body } = await gql(query, variables, identity);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data!;
    },
    async fails(code, query, variables, identity) {
      const { body } = await gql(query, variables, identity);
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body.errors ?? body.data)).toBe(code);
      return body.errors![0] as { message: string; extensions: Data };
    },
    async versionCount(characterId) {
      const [row] = await subgraph.database.sql<{ count: number }[]>`
        select count(*)::int as count from characters.character_versions where character_id = ${characterId}`;
      return row!.count;
    },
    stop: async () => {
      await campaigns?.stop();
      await subgraph.stop();
      await database.drop();
    },
  };
}

export const newUser = (): Identity => ({ userId: randomUUID(), roles: ['PLAYER'] });

export const CREATE = 'mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id version } }';

/** A level-5 fighter copied from paper (44 HP, Second Wind and Action Surge), no items. */
export const FIGHTER = {
  name: 'Paper Fighter',
  species: 'human',
  background: 'soldier',
  classes: [{ class: 'fighter', level: 5, subclass: 'champion' }],
  abilityScores: { method: 'MANUAL', str: 16, dex: 12, con: 14, int: 10, wis: 12, cha: 8 },
  skillProficiencies: ['athletics', 'intimidation', 'perception', 'survival'],
  feats: ['savage-attacker'],
};

/** A level-5 wizard (slots 4/3/2) with nothing on its spell list yet. */
export const WIZARD = {
  name: 'Paper Wizard',
  species: 'elf',
  lineage: 'elven-lineage-high-elf',
  background: 'sage',
  classes: [{ class: 'wizard', level: 5 }],
  abilityScores: { method: 'MANUAL', str: 8, dex: 14, con: 14, int: 17, wis: 12, cha: 10 },
  skillProficiencies: ['arcana', 'history', 'investigation', 'perception'],
  feats: ['magic-initiate'],
};

/** A level-3 warlock (two level-2 Pact Magic slots). */
export const WARLOCK = {
  name: 'Paper Warlock',
  species: 'human',
  background: 'acolyte',
  classes: [{ class: 'warlock', level: 3 }],
  abilityScores: { method: 'MANUAL', str: 8, dex: 14, con: 14, int: 10, wis: 12, cha: 17 },
  skillProficiencies: ['arcana', 'deception', 'insight', 'religion'],
};

export async function createCharacter(
  kit: TestCharacters,
  input: Record<string, unknown>,
  identity: Identity,
): Promise<string> {
  return (await kit.ok(CREATE, { input }, identity)).createCharacter.id as string;
}

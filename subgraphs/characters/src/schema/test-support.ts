// Shared by this subgraph's tests only: characters (and, when asked, a stand-in for the campaigns
// subgraph) on a fresh database, GraphQL helpers and character fixtures.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import {
  IDENTITY_HEADER,
  type Identity,
  type RunningSubgraph,
  type SubgraphOptions,
  verifyIdentity,
} from '@grimoire/platform';
import {
  createTestDatabase,
  postGraphQL,
  TEST_INTERNAL_SECRET,
  type TestDatabase,
  testSubgraphOptions,
} from '@grimoire/platform/testing';
import { expect } from 'vitest';

import type { CharactersTables } from '../db/database.js';
import { startCharactersSubgraph } from '../server.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed responses
type Data = Record<string, any>;

/** A campaign as the stand-in knows it: its game master, its members, its party. */
export interface StandInCampaign {
  gameMasterId: string;
  memberIds: string[];
  characterIds: string[];
  /** For the campaign-rules read (`Character.validation`); defaults: a random id, no homebrew, no profile. */
  id?: string;
  name?: string;
  allowedHomebrew?: string[];
  ruleProfile?: Record<string, unknown> | null;
  /** When true, the stand-in answers the campaign-rules read with HTTP 503 (campaigns down). */
  down?: boolean;
}

/**
 * A stand-in for the campaigns subgraph's `_entities` read of `Character.campaigns` (subgraphs do
 * not import each other, even in tests; the end-to-end tests run the real one). It behaves as
 * campaigns does: it trusts only a router-signed identity and lists, for each character, the
 * campaigns that character plays in AND the viewer is a member of.
 */
export interface CampaignsStandIn {
  url: string;
  campaigns: StandInCampaign[];
  /** Requests received, to prove the owner's own changes ask nothing. */
  requests: number;
  stop(): Promise<void>;
}

export async function startCampaignsStandIn(): Promise<CampaignsStandIn> {
  const standIn = { campaigns: [] as StandInCampaign[], requests: 0 };
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      void (async () => {
        standIn.requests += 1;
        const reply = (status: number, body: unknown) => {
          response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        };
        const header = request.headers[IDENTITY_HEADER];
        const viewer =
          typeof header === 'string' ? await verifyIdentity(TEST_INTERNAL_SECRET, header).catch(() => null) : null;
        if (!viewer) return reply(401, { errors: [{ message: 'forwarded identity rejected' }] });
        const { query, variables } = JSON.parse(raw) as {
          query: string;
          variables: { representations: { __typename: string; id: string }[] };
        };
        const visibleCampaignsOf = (characterId: string) =>
          standIn.campaigns.filter(
            (campaign) =>
              campaign.characterIds.includes(characterId) &&
              (campaign.gameMasterId === viewer.userId || campaign.memberIds.includes(viewer.userId)),
          );
        if (query.includes('ruleProfile')) {
          if (standIn.campaigns.some((campaign) => campaign.down)) return reply(503, { errors: [{ message: 'down' }] });
          const entities = variables.representations.map((representation) => ({
            id: representation.id,
            campaigns: visibleCampaignsOf(representation.id).map((campaign) => ({
              id: campaign.id ?? randomUUID(),
              name: campaign.name ?? 'A campaign',
              allowedHomebrew: campaign.allowedHomebrew ?? [],
              ruleProfile: campaign.ruleProfile ?? null,
            })),
          }));
          return reply(200, { data: { _entities: entities } });
        }
        if (!query.includes('campaigns { gameMaster { id } }'))
          return reply(400, { errors: [{ message: `unexpected query ${query}` }] });
        const entities = variables.representations.map((representation) => ({
          campaigns: visibleCampaignsOf(representation.id).map((campaign) => ({
            gameMaster: { id: campaign.gameMasterId },
          })),
        }));
        reply(200, { data: { _entities: entities } });
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    get campaigns() {
      return standIn.campaigns;
    },
    get requests() {
      return standIn.requests;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface TestCharacters {
  subgraph: RunningSubgraph<CharactersTables>;
  /** What the subgraph was started with (its database, Redis and bus namespace). */
  options: SubgraphOptions;
  /** The campaigns stand-in (started with `withCampaigns`), for game-master tests. */
  campaigns: CampaignsStandIn | null;
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

export async function startTestCharacters(
  label: string,
  options: { withCampaigns?: boolean } = {},
): Promise<TestCharacters> {
  const database: TestDatabase = await createTestDatabase(label);
  const campaigns = options.withCampaigns ? await startCampaignsStandIn() : null;
  const subgraphOptions = testSubgraphOptions(database);
  const subgraph = await startCharactersSubgraph({
    ...subgraphOptions,
    // Read at call time, as the launcher passes it.
    campaignsUrl: () => campaigns?.url,
  });

  const gql: TestCharacters['gql'] = (query, variables = {}, identity) =>
    postGraphQL(subgraph.url, query, variables, identity ? { identity } : {});
  return {
    subgraph,
    options: subgraphOptions,
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
      return row.count;
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

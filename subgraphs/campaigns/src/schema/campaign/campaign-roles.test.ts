import { randomUUID } from 'node:crypto';

import type { Identity, RunningSubgraph } from '@grimoire/platform';
import { createTestDatabase, postGraphQL, type TestDatabase, testSubgraphOptions } from '@grimoire/platform/testing';
// Only to boot the real characters subgraph for the entity client; all traffic goes over HTTP.
// eslint-disable-next-line no-restricted-imports
import { startCharactersSubgraph } from '@grimoire/subgraph-characters';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CampaignsTables } from '../../db/database.js';
import { campaignMembers, partyMembers } from '../../db/tables/index.js';
import { startCampaignsSubgraph } from '../../server.js';

const gm: Identity = { userId: randomUUID(), roles: ['GAME_MASTER'] };
const coGm: Identity = { userId: randomUUID(), roles: ['GAME_MASTER'] };
const player: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
const viewer: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
const stranger: Identity = { userId: randomUUID(), roles: ['PLAYER'] };

const CREATE = 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }';
const CAMPAIGN = 'query($id: ID!) { campaign(id: $id) { id members { role user { id } } party { id } } }';
const ADD_MEMBER = 'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }';
const REMOVE_MEMBER = 'mutation($c: ID!, $u: ID!) { removeCampaignMember(campaignId: $c, userId: $u) { id } }';
const SET_ROLE =
  'mutation($c: ID!, $u: ID!, $r: CampaignRole!) { setCampaignMemberRole(campaignId: $c, userId: $u, role: $r) { id members { role user { id } } party { id } } }';
const ADD_PARTY =
  'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id party { id } } }';
const REMOVE_PARTY =
  'mutation($c: ID!, $ch: ID!) { removePartyMember(campaignId: $c, characterId: $ch) { id party { id } } }';

type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

describe('campaign roles: co-game masters, players and viewers', () => {
  let database: TestDatabase;
  let characters: RunningSubgraph;
  let subgraph: RunningSubgraph<CampaignsTables>;

  beforeAll(async () => {
    database = await createTestDatabase('campaigns_roles');
    const options = testSubgraphOptions(database);
    characters = await startCharactersSubgraph(options);
    subgraph = await startCampaignsSubgraph({ ...options, charactersUrl: characters.url });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await characters?.stop();
    await database?.drop();
  });

  const gql = async (query: string, variables: Record<string, unknown>, identity?: Identity): Promise<Body> =>
    (await postGraphQL(subgraph.url, query, variables, identity ? { identity } : {})).body as Body;
  const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;
  const ok = (body: Body) => {
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  async function createCharacter(identity: Identity, name: string): Promise<string> {
    const { body } = await postGraphQL(
      characters.url,
      'mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id } }',
      { input: { name } },
      { identity },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.createCharacter.id as string;
  }

  async function roleOf(campaignId: string, userId: string): Promise<string | null> {
    const [row] = await subgraph.database.db
      .select({ role: campaignMembers.role })
      .from(campaignMembers)
      .where(and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.userId, userId)));
    return row?.role ?? null;
  }

  async function partyOf(campaignId: string): Promise<string[]> {
    const rows = await subgraph.database.db
      .select({ id: partyMembers.characterId })
      .from(partyMembers)
      .where(eq(partyMembers.campaignId, campaignId));
    return rows.map((row) => row.id).sort();
  }

  /** A campaign by `gm` with a co-GM, a player and a viewer, set up through the API. */
  async function table(): Promise<string> {
    const campaignId = ok(await gql(CREATE, { input: { name: `Roles ${randomUUID().slice(0, 8)}` } }, gm))
      .createCampaign.id as string;
    for (const [who, role] of [
      [coGm, 'CO_GAME_MASTER'],
      [player, 'PLAYER'],
      [viewer, 'VIEWER'],
    ] as const) {
      ok(await gql(ADD_MEMBER, { c: campaignId, u: who.userId }, gm));
      if (role !== 'PLAYER') ok(await gql(SET_ROLE, { c: campaignId, u: who.userId, r: role }, gm));
    }
    return campaignId;
  }

  describe('setCampaignMemberRole', () => {
    it('lets the GM give roles; members list GM, co-GMs, players, viewers', async () => {
      const campaignId = await table();
      const members = ok(await gql(CAMPAIGN, { id: campaignId }, viewer)).campaign.members;
      expect(members).toEqual([
        { role: 'GAME_MASTER', user: { id: gm.userId } },
        { role: 'CO_GAME_MASTER', user: { id: coGm.userId } },
        { role: 'PLAYER', user: { id: player.userId } },
        { role: 'VIEWER', user: { id: viewer.userId } },
      ]);
      // Setting the role a member already has changes nothing and is not an error.
      ok(await gql(SET_ROLE, { c: campaignId, u: player.userId, r: 'PLAYER' }, gm));
      expect(await roleOf(campaignId, player.userId)).toBe('PLAYER');
    });

    it("takes a new viewer's characters out of the party", async () => {
      const campaignId = await table();
      const hero = await createCharacter(player, 'Hero');
      ok(await gql(ADD_PARTY, { c: campaignId, ch: hero }, gm));
      const demoted = ok(await gql(SET_ROLE, { c: campaignId, u: player.userId, r: 'VIEWER' }, gm));
      expect(demoted.setCampaignMemberRole.party).toEqual([]);
      expect(await roleOf(campaignId, player.userId)).toBe('VIEWER');
    });

    it('refuses everyone but the GM, and bad roles or targets, writing nothing', async () => {
      const campaignId = await table();
      const vars = { c: campaignId, u: player.userId, r: 'VIEWER' };
      expect(codeOf(await gql(SET_ROLE, vars))).toBe('UNAUTHENTICATED');
      for (const who of [coGm, player, viewer, stranger]) {
        expect(codeOf(await gql(SET_ROLE, vars, who))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(SET_ROLE, { ...vars, r: 'GAME_MASTER' }, gm))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(SET_ROLE, { ...vars, u: gm.userId }, gm))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(SET_ROLE, { ...vars, u: 'someone' }, gm))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(SET_ROLE, { ...vars, u: stranger.userId }, gm))).toBe('NOT_FOUND');
      expect(codeOf(await gql(SET_ROLE, { ...vars, c: randomUUID() }, gm))).toBe('NOT_FOUND');
      expect(await roleOf(campaignId, player.userId)).toBe('PLAYER');
      expect(await roleOf(campaignId, gm.userId)).toBe('GAME_MASTER');
      expect(await roleOf(campaignId, stranger.userId)).toBeNull();
    });
  });

  describe('what each role may do', () => {
    it('co-GMs manage members and the party, but not the GM or other co-GMs', async () => {
      const campaignId = await table();
      const newcomer = randomUUID();
      ok(await gql(ADD_MEMBER, { c: campaignId, u: newcomer }, coGm));
      expect(await roleOf(campaignId, newcomer)).toBe('PLAYER');
      ok(await gql(REMOVE_MEMBER, { c: campaignId, u: newcomer }, coGm));
      expect(await roleOf(campaignId, newcomer)).toBeNull();

      const hero = await createCharacter(player, 'Hero');
      ok(await gql(ADD_PARTY, { c: campaignId, ch: hero }, coGm));
      expect(await partyOf(campaignId)).toEqual([hero]);
      ok(await gql(REMOVE_PARTY, { c: campaignId, ch: hero }, coGm));
      expect(await partyOf(campaignId)).toEqual([]);

      const otherCoGm = randomUUID();
      ok(await gql(ADD_MEMBER, { c: campaignId, u: otherCoGm }, gm));
      ok(await gql(SET_ROLE, { c: campaignId, u: otherCoGm, r: 'CO_GAME_MASTER' }, gm));
      expect(codeOf(await gql(REMOVE_MEMBER, { c: campaignId, u: otherCoGm }, coGm))).toBe('FORBIDDEN');
      expect(codeOf(await gql(REMOVE_MEMBER, { c: campaignId, u: gm.userId }, coGm))).toBe('FORBIDDEN');
      expect(await roleOf(campaignId, otherCoGm)).toBe('CO_GAME_MASTER');
      ok(await gql(REMOVE_MEMBER, { c: campaignId, u: otherCoGm }, gm));
      expect(await roleOf(campaignId, otherCoGm)).toBeNull();
    });

    it('viewers see the campaign but change nothing and bring no character', async () => {
      const campaignId = await table();
      expect(ok(await gql(CAMPAIGN, { id: campaignId }, viewer)).campaign.id).toBe(campaignId);
      const watcherCharacter = await createCharacter(viewer, 'Watcher');
      expect(codeOf(await gql(ADD_PARTY, { c: campaignId, ch: watcherCharacter }, viewer))).toBe('FORBIDDEN');
      expect(codeOf(await gql(ADD_PARTY, { c: campaignId, ch: watcherCharacter }, gm))).toBe('FORBIDDEN');
      expect(codeOf(await gql(ADD_MEMBER, { c: campaignId, u: randomUUID() }, viewer))).toBe('FORBIDDEN');
      expect(codeOf(await gql(REMOVE_MEMBER, { c: campaignId, u: player.userId }, viewer))).toBe('FORBIDDEN');
      expect(await partyOf(campaignId)).toEqual([]);
      expect(await roleOf(campaignId, player.userId)).toBe('PLAYER');
    });
  });
});

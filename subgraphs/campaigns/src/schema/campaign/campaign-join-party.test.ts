import { randomUUID } from 'node:crypto';

import type { Identity, RunningSubgraph } from '@grimoire/platform';
import { createTestDatabase, postGraphQL, type TestDatabase, testSubgraphOptions } from '@grimoire/platform/testing';
// Only to boot the real characters subgraph for the entity client; all traffic goes over HTTP.
// eslint-disable-next-line no-restricted-imports
import { startCharactersSubgraph } from '@grimoire/subgraph-characters';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CampaignsTables } from '../../db/database.js';
import { partyMembers } from '../../db/tables/index.js';
import { startCampaignsSubgraph } from '../../server.js';

const gm: Identity = { userId: randomUUID(), roles: ['GAME_MASTER'] };
const coGm: Identity = { userId: randomUUID(), roles: ['GAME_MASTER'] };
const player: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
const viewer: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
const stranger: Identity = { userId: randomUUID(), roles: ['PLAYER'] };

const CREATE = 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }';
const ADD_MEMBER = 'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }';
const SET_ROLE =
  'mutation($c: ID!, $u: ID!, $r: CampaignRole!) { setCampaignMemberRole(campaignId: $c, userId: $u, role: $r) { id } }';
const JOIN =
  'mutation($c: ID!, $ch: ID!) { joinPartyWithCharacter(campaignId: $c, characterId: $ch) { id party { id } } }';
const ADD_PARTY =
  'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id party { id } } }';

type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

describe('joinPartyWithCharacter', () => {
  let database: TestDatabase;
  let characters: RunningSubgraph;
  let subgraph: RunningSubgraph<CampaignsTables>;

  beforeAll(async () => {
    database = await createTestDatabase('campaigns_join_party');
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

  async function partyOf(campaignId: string): Promise<string[]> {
    const rows = await subgraph.database.db
      .select({ id: partyMembers.characterId })
      .from(partyMembers)
      .where(eq(partyMembers.campaignId, campaignId));
    return rows.map((row) => row.id).sort();
  }

  async function table(): Promise<string> {
    const campaignId = ok(await gql(CREATE, { input: { name: 'Join' } }, gm)).createCampaign.id as string;
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

  it('lets a player bring one character of their own; the GM may add more', async () => {
    const campaignId = await table();
    const hero = await createCharacter(player, 'Hero');
    const sidekick = await createCharacter(player, 'Sidekick');
    expect(ok(await gql(JOIN, { c: campaignId, ch: hero }, player)).joinPartyWithCharacter.party).toEqual([
      { id: hero },
    ]);
    expect(codeOf(await gql(JOIN, { c: campaignId, ch: hero }, player))).toBe('CONFLICT');
    expect(codeOf(await gql(JOIN, { c: campaignId, ch: sidekick }, player))).toBe('CONFLICT');
    expect(await partyOf(campaignId)).toEqual([hero]);
    ok(await gql(ADD_PARTY, { c: campaignId, ch: sidekick }, gm));
    expect(await partyOf(campaignId)).toEqual([hero, sidekick].sort());
  });

  it('refuses game masters, viewers, strangers and anonymous callers, writing nothing', async () => {
    const campaignId = await table();
    expect(codeOf(await gql(JOIN, { c: campaignId, ch: await createCharacter(player, 'P') }))).toBe('UNAUTHENTICATED');
    for (const who of [gm, coGm, viewer, stranger]) {
      const own = await createCharacter(who, 'Own');
      expect(codeOf(await gql(JOIN, { c: campaignId, ch: own }, who))).toBe('FORBIDDEN');
    }
    expect(await partyOf(campaignId)).toEqual([]);
  });

  it("refuses someone else's character, bad ids and unknown ones, writing nothing", async () => {
    const campaignId = await table();
    const theirs = await createCharacter(gm, 'Not yours');
    expect(codeOf(await gql(JOIN, { c: campaignId, ch: theirs }, player))).toBe('FORBIDDEN');
    expect(codeOf(await gql(JOIN, { c: campaignId, ch: 'hero' }, player))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(JOIN, { c: 'table', ch: theirs }, player))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(JOIN, { c: campaignId, ch: randomUUID() }, player))).toBe('NOT_FOUND');
    expect(codeOf(await gql(JOIN, { c: randomUUID(), ch: theirs }, player))).toBe('NOT_FOUND');
    expect(await partyOf(campaignId)).toEqual([]);
  });

  it('keeps one character per player under concurrent joins', async () => {
    const campaignId = await table();
    const first = await createCharacter(player, 'First');
    const second = await createCharacter(player, 'Second');
    const results = await Promise.all([first, second].map((ch) => gql(JOIN, { c: campaignId, ch }, player)));
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    expect(await partyOf(campaignId)).toHaveLength(1);
  });
});

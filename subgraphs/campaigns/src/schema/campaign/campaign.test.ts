import { randomUUID } from 'node:crypto';

import { createPubSubFor, type Identity, type PubSub, signIdentity } from '@grimoire/platform';
import { postGraphQL, TEST_INTERNAL_SECRET } from '@grimoire/platform/testing';
import { count } from 'drizzle-orm';
import { type Client, createClient, type ExecutionResult } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';

import { campaigns, partyMembers } from '../../db/tables/index.js';
import { codeOf, ok, people, statementsOf, useCampaignsSubgraph } from '../test-support.js';

const { gm, player, stranger } = people();

const CAMPAIGN_FIELDS = 'id name description gameMaster { id } members { role user { id } } party { id }';
const CREATE_CAMPAIGN = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
const CAMPAIGN = `query($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FIELDS} } }`;
const MY_CAMPAIGNS = 'query { myCampaigns { id } }';
const ADD_MEMBER =
  'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id members { role user { id } } } }';
const REMOVE_MEMBER =
  'mutation($c: ID!, $u: ID!) { removeCampaignMember(campaignId: $c, userId: $u) { id members { user { id } } party { id } } }';
const ADD_PARTY =
  'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id party { id } } }';
const REMOVE_PARTY =
  'mutation($c: ID!, $ch: ID!) { removePartyMember(campaignId: $c, characterId: $ch) { id party { id } } }';
const PARTY_CHANGED = 'subscription($c: ID!) { partyChanged(campaignId: $c) { id name party { id } } }';

type Event = ExecutionResult<{ partyChanged: { id: string; name: string; party: { id: string }[] } }>;

describe('campaigns subgraph', () => {
  // The real characters subgraph (same database, its own schema) answers the entity client.
  const stack = useCampaignsSubgraph('campaigns', { withCharacters: true });
  const { gql } = stack;
  const createCharacter = (owner: Identity, name: string) => stack.createCharacter(owner, { name });
  let pubsub: PubSub;
  let redis: boolean;
  const clients: Client[] = [];

  beforeAll(() => {
    redis = Boolean(stack.options.redisUrl);
    pubsub = createPubSubFor({ redisUrl: stack.options.redisUrl, namespace: stack.options.namespace });
  });

  // Runs before the kit's afterAll (hooks unwind in reverse), so before the subgraphs stop.
  afterAll(async () => {
    await Promise.all(clients.map(async (client) => client.dispose()));
    await pubsub?.close();
  });

  async function createCampaign(identity: Identity, name = 'Curse of Strahd'): Promise<string> {
    return ok(await gql(CREATE_CAMPAIGN, { input: { name } }, identity)).createCampaign.id as string;
  }

  async function partyOf(campaignId: string): Promise<string[]> {
    const body = await gql(CAMPAIGN, { id: campaignId }, gm);
    return body.data!.campaign.party.map((character: { id: string }) => character.id);
  }

  async function campaignCount(): Promise<number> {
    const [row] = await stack.subgraph.database.db.select({ value: count() }).from(campaigns);
    return row!.value;
  }

  async function partyRowCount(): Promise<number> {
    const [row] = await stack.subgraph.database.db.select({ value: count() }).from(partyMembers);
    return row!.value;
  }

  /** A campaign run by `gm` with `player` as a member, and one character each. */
  async function table() {
    const campaignId = await createCampaign(gm, `Table ${randomUUID().slice(0, 8)}`);
    expect(codeOf(await gql(ADD_MEMBER, { c: campaignId, u: player.userId }, gm))).toBeUndefined();
    return {
      campaignId,
      gmCharacter: await createCharacter(gm, 'Strahd Hunter'),
      playerCharacter: await createCharacter(player, 'Ireena'),
      strangerCharacter: await createCharacter(stranger, 'Outsider'),
    };
  }

  /** Opens a graphql-ws subscription the way the router does (identity in connectionParams). */
  async function subscribe(identity: Identity | null, campaignId: string) {
    const client = createClient({
      url: stack.subgraph.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: async () =>
        identity ? { grimoireIdentity: await signIdentity(TEST_INTERNAL_SECRET, identity) } : {},
    });
    clients.push(client);
    const iterator = client.iterate({ query: PARTY_CHANGED, variables: { c: campaignId } })[Symbol.asyncIterator]();
    let pending = iterator.next();
    // Nothing acknowledges a subscribe message: give the server time to check membership and listen.
    await new Promise((resolve) => setTimeout(resolve, redis ? 500 : 300));
    return {
      async next(): Promise<Event> {
        const result = await withTimeout(pending, 5_000);
        pending = iterator.next();
        return result.value as Event;
      },
      close: () => iterator.return?.(),
    };
  }

  describe('createCampaign', () => {
    it('makes the creator game master and first member', async () => {
      const body = await gql(
        CREATE_CAMPAIGN,
        { input: { name: ' Tomb of Annihilation ', description: 'Jungle.' } },
        gm,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.createCampaign).toMatchObject({
        name: 'Tomb of Annihilation',
        description: 'Jungle.',
        gameMaster: { id: gm.userId },
        members: [{ role: 'GAME_MASTER', user: { id: gm.userId } }],
        party: [],
      });
    });

    it.each([
      ['an empty name', { name: '  ' }],
      ['a 10 kB name', { name: 'x'.repeat(10_240) }],
      ['a 10 kB description', { name: 'Fine', description: 'd'.repeat(10_240) }],
    ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_label, input) => {
      const before = await campaignCount();
      const body = await gql(CREATE_CAMPAIGN, { input }, gm);
      expect(codeOf(body)).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/^input\.(name|description): /);
      expect(await campaignCount()).toBe(before);
    });

    it('requires a signed-in viewer', async () => {
      const before = await campaignCount();
      expect(codeOf(await gql(CREATE_CAMPAIGN, { input: { name: 'Anon' } }))).toBe('UNAUTHENTICATED');
      expect(await campaignCount()).toBe(before);
    });
  });

  describe('campaign and myCampaigns', () => {
    it('shows a campaign to its members only', async () => {
      const { campaignId } = await table();
      expect((await gql(CAMPAIGN, { id: campaignId }, gm)).data!.campaign.id).toBe(campaignId);
      expect((await gql(CAMPAIGN, { id: campaignId }, player)).data!.campaign.members).toEqual([
        { role: 'GAME_MASTER', user: { id: gm.userId } },
        { role: 'PLAYER', user: { id: player.userId } },
      ]);
      expect(codeOf(await gql(CAMPAIGN, { id: campaignId }, stranger))).toBe('FORBIDDEN');
      expect(codeOf(await gql(CAMPAIGN, { id: campaignId }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql(CAMPAIGN, { id: randomUUID() }, gm))).toBe('NOT_FOUND');
      expect(codeOf(await gql(CAMPAIGN, { id: 'campaign-1' }, gm))).toBe('BAD_USER_INPUT');
    });

    it('lists the campaigns the viewer is a member of', async () => {
      const loner: Identity = { userId: randomUUID(), roles: [] };
      const own = await createCampaign(loner, 'Solo');
      const { campaignId } = await table();
      expect(codeOf(await gql(ADD_MEMBER, { c: campaignId, u: loner.userId }, gm))).toBeUndefined();
      expect((await gql(MY_CAMPAIGNS, {}, loner)).data!.myCampaigns).toEqual([{ id: own }, { id: campaignId }]);
      expect((await gql(MY_CAMPAIGNS, {}, { userId: randomUUID(), roles: [] })).data!.myCampaigns).toEqual([]);
      expect(codeOf(await gql(MY_CAMPAIGNS, {}))).toBe('UNAUTHENTICATED');
    });
  });

  describe('members', () => {
    it('only the game master adds players; duplicates conflict', async () => {
      const { campaignId } = await table();
      const newcomer = randomUUID();
      const cases: [Record<string, unknown>, Identity | undefined, string][] = [
        [{ c: campaignId, u: newcomer }, undefined, 'UNAUTHENTICATED'],
        [{ c: campaignId, u: newcomer }, player, 'FORBIDDEN'],
        [{ c: campaignId, u: newcomer }, stranger, 'FORBIDDEN'],
        [{ c: randomUUID(), u: newcomer }, gm, 'NOT_FOUND'],
        [{ c: 'nope', u: newcomer }, gm, 'BAD_USER_INPUT'],
        [{ c: campaignId, u: 'nope' }, gm, 'BAD_USER_INPUT'],
        [{ c: campaignId, u: player.userId }, gm, 'CONFLICT'],
      ];
      for (const [variables, identity, code] of cases) {
        expect(codeOf(await gql(ADD_MEMBER, variables, identity)), JSON.stringify(variables)).toBe(code);
      }
      expect((await gql(CAMPAIGN, { id: campaignId }, gm)).data!.campaign.members).toHaveLength(2);
    });

    it('only the game master removes players, their characters leave the party, the GM stays', async () => {
      const { campaignId, playerCharacter, gmCharacter } = await table();
      await gql(ADD_PARTY, { c: campaignId, ch: playerCharacter }, gm);
      await gql(ADD_PARTY, { c: campaignId, ch: gmCharacter }, gm);

      for (const [variables, identity, code] of [
        [{ c: campaignId, u: player.userId }, undefined, 'UNAUTHENTICATED'],
        [{ c: campaignId, u: player.userId }, player, 'FORBIDDEN'],
        [{ c: campaignId, u: gm.userId }, gm, 'FORBIDDEN'],
        [{ c: campaignId, u: stranger.userId }, gm, 'NOT_FOUND'],
        [{ c: campaignId, u: 'x' }, gm, 'BAD_USER_INPUT'],
      ] as const) {
        expect(codeOf(await gql(REMOVE_MEMBER, variables, identity)), JSON.stringify(variables)).toBe(code);
      }
      expect(await partyOf(campaignId)).toEqual([playerCharacter, gmCharacter]);

      const body = await gql(REMOVE_MEMBER, { c: campaignId, u: player.userId }, gm);
      expect(body.errors).toBeUndefined();
      expect(body.data!.removeCampaignMember).toEqual({
        id: campaignId,
        members: [{ user: { id: gm.userId } }],
        party: [{ id: gmCharacter }],
      });
      expect(codeOf(await gql(CAMPAIGN, { id: campaignId }, player))).toBe('FORBIDDEN');
    });
  });

  describe('party', () => {
    it('the game master adds characters of the GM and of members', async () => {
      const { campaignId, gmCharacter, playerCharacter } = await table();
      expect((await gql(ADD_PARTY, { c: campaignId, ch: gmCharacter }, gm)).data!.addPartyMember.party).toEqual([
        { id: gmCharacter },
      ]);
      expect((await gql(ADD_PARTY, { c: campaignId, ch: playerCharacter }, gm)).data!.addPartyMember.party).toEqual([
        { id: gmCharacter },
        { id: playerCharacter },
      ]);
    });

    it('refuses everything else with the right code and writes nothing', async () => {
      const { campaignId, gmCharacter, playerCharacter, strangerCharacter } = await table();
      await gql(ADD_PARTY, { c: campaignId, ch: gmCharacter }, gm);
      const before = await partyRowCount();
      const cases: [Record<string, unknown>, Identity | undefined, string, RegExp?][] = [
        [{ c: campaignId, ch: playerCharacter }, undefined, 'UNAUTHENTICATED'],
        [{ c: campaignId, ch: playerCharacter }, player, 'FORBIDDEN', /game master/],
        [{ c: campaignId, ch: strangerCharacter }, stranger, 'FORBIDDEN'],
        [{ c: campaignId, ch: strangerCharacter }, gm, 'FORBIDDEN', /owner is not a member/],
        [{ c: campaignId, ch: gmCharacter }, gm, 'CONFLICT'],
        [{ c: campaignId, ch: randomUUID() }, gm, 'NOT_FOUND'],
        [{ c: randomUUID(), ch: gmCharacter }, gm, 'NOT_FOUND'],
        [{ c: campaignId, ch: 'hero' }, gm, 'BAD_USER_INPUT'],
        [{ c: '1', ch: gmCharacter }, gm, 'BAD_USER_INPUT'],
      ];
      for (const [variables, identity, code, message] of cases) {
        const body = await gql(ADD_PARTY, variables, identity);
        expect(codeOf(body), JSON.stringify(variables)).toBe(code);
        if (message) expect(body.errors?.[0]?.message).toMatch(message);
      }
      expect(await partyRowCount()).toBe(before);
    });

    it("the GM or the character's owner removes a character; others may not", async () => {
      const { campaignId, gmCharacter, playerCharacter } = await table();
      const other: Identity = { userId: randomUUID(), roles: [] };
      await gql(ADD_MEMBER, { c: campaignId, u: other.userId }, gm);
      await gql(ADD_PARTY, { c: campaignId, ch: gmCharacter }, gm);
      await gql(ADD_PARTY, { c: campaignId, ch: playerCharacter }, gm);

      for (const [variables, identity, code] of [
        [{ c: campaignId, ch: playerCharacter }, undefined, 'UNAUTHENTICATED'],
        [{ c: campaignId, ch: playerCharacter }, other, 'FORBIDDEN'],
        [{ c: campaignId, ch: gmCharacter }, player, 'FORBIDDEN'],
        [{ c: campaignId, ch: playerCharacter }, stranger, 'FORBIDDEN'],
        [{ c: randomUUID(), ch: playerCharacter }, player, 'NOT_FOUND'],
        [{ c: campaignId, ch: 'x' }, player, 'BAD_USER_INPUT'],
        [{ c: campaignId, ch: randomUUID() }, gm, 'NOT_FOUND'],
      ] as const) {
        expect(codeOf(await gql(REMOVE_PARTY, variables, identity)), JSON.stringify(variables)).toBe(code);
      }
      expect(await partyOf(campaignId)).toEqual([gmCharacter, playerCharacter]);

      expect(
        (await gql(REMOVE_PARTY, { c: campaignId, ch: playerCharacter }, player)).data!.removePartyMember.party,
      ).toEqual([{ id: gmCharacter }]);
      expect((await gql(REMOVE_PARTY, { c: campaignId, ch: gmCharacter }, gm)).data!.removePartyMember.party).toEqual(
        [],
      );
    });

    it('a deleted character leaves every party, so every party member still resolves', async () => {
      const { campaignId, gmCharacter, playerCharacter } = await table();
      await gql(ADD_PARTY, { c: campaignId, ch: gmCharacter }, gm);
      await gql(ADD_PARTY, { c: campaignId, ch: playerCharacter }, gm);

      const deleted = await stack.onCharacters(
        'mutation($id: ID!) { deleteCharacter(id: $id) }',
        { id: playerCharacter },
        player,
      );
      expect(deleted.data).toEqual({ deleteCharacter: playerCharacter });

      await vi.waitFor(async () => expect(await partyOf(campaignId)).toEqual([gmCharacter]), { timeout: 2_000 });
      const resolved = await postGraphQL(
        stack.characters.url,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Character { id name } } }',
        { r: (await partyOf(campaignId)).map((id) => ({ __typename: 'Character', id })) },
      );
      expect(resolved.body.data!._entities).toEqual([{ id: gmCharacter, name: 'Strahd Hunter' }]);
    });
  });

  describe('federation', () => {
    const CAMPAIGN_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Campaign { id name gameMaster { id } party { id } members { role } } } }`;
    const CHARACTER_ENTITIES =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Character { id campaigns { id } } } }';

    it('declares both entities and the User stub', async () => {
      const sdl: string = (await gql('{ _service { sdl } }', {})).data!._service.sdl;
      expect(sdl).toMatch(/type Campaign\s+@key\(fields: "id"\)/);
      expect(sdl).toMatch(/type Character\s+@key\(fields: "id"\)/);
      expect(sdl).toMatch(/type User\s+@key\(fields: "id", resolvable: false\)/);
    });

    it('resolves Campaign representations in constant SQL statements (1 vs 50)', async () => {
      const ids: string[] = [];
      for (let index = 0; index < 50; index += 1) ids.push(await createCampaign(gm, `Batch ${index}`));
      const statementsFor = (campaignIds: string[]) =>
        statementsOf(stack.subgraph.database, async () => {
          const body = await gql(CAMPAIGN_ENTITIES, { r: campaignIds.map((id) => ({ __typename: 'Campaign', id })) });
          expect(body.errors).toBeUndefined();
          expect(body.data!._entities.map((entity: { id: string }) => entity.id)).toEqual(campaignIds);
        });
      const one = await statementsFor(ids.slice(0, 1));
      expect(await statementsFor(ids)).toBe(one);
      expect(one).toBe(3); // campaigns, parties, members: one batch each
      const unknown = await gql(CAMPAIGN_ENTITIES, { r: [{ __typename: 'Campaign', id: randomUUID() }] });
      expect(unknown.data!._entities).toEqual([null]);
    });

    it("resolves Character.campaigns for the viewer's campaigns only, in constant SQL statements (1 vs 50)", async () => {
      const { campaignId, gmCharacter, playerCharacter } = await table();
      await gql(ADD_PARTY, { c: campaignId, ch: gmCharacter }, gm);
      await gql(ADD_PARTY, { c: campaignId, ch: playerCharacter }, gm);
      const representations = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Character', id })) });

      const asPlayer = await gql(CHARACTER_ENTITIES, representations([playerCharacter, gmCharacter]), player);
      expect(asPlayer.data!._entities).toEqual([
        { id: playerCharacter, campaigns: [{ id: campaignId }] },
        { id: gmCharacter, campaigns: [{ id: campaignId }] },
      ]);
      const asStranger = await gql(CHARACTER_ENTITIES, representations([playerCharacter]), stranger);
      expect(asStranger.data!._entities).toEqual([{ id: playerCharacter, campaigns: [] }]);

      const many = [playerCharacter, gmCharacter, ...Array.from({ length: 48 }, () => randomUUID())];
      const statementsFor = (ids: string[]) =>
        statementsOf(stack.subgraph.database, async () => {
          const body = await gql(CHARACTER_ENTITIES, representations(ids), gm);
          expect(body.data!._entities).toHaveLength(ids.length);
        });
      const one = await statementsFor(many.slice(0, 1));
      expect(one).toBe(1);
      expect(await statementsFor(many)).toBe(one);
    });
  });

  describe('partyChanged subscription', () => {
    it('fires for members on addPartyMember and on character.changed events', async () => {
      const { campaignId, gmCharacter, playerCharacter } = await table();
      const subscription = await subscribe(player, campaignId);

      await gql(ADD_PARTY, { c: campaignId, ch: gmCharacter }, gm);
      const added = await subscription.next();
      expect(added.errors).toBeUndefined();
      expect(added.data!.partyChanged.party).toEqual([{ id: gmCharacter }]);

      // Published on the same PubSub the characters subgraph uses; the background consumer maps it.
      pubsub.publish('character.changed', { characterId: gmCharacter });
      const changed = await subscription.next();
      expect(changed.data!.partyChanged).toMatchObject({ id: campaignId, party: [{ id: gmCharacter }] });

      // And the real thing: a rename in the characters subgraph, and a second party member.
      await gql(ADD_PARTY, { c: campaignId, ch: playerCharacter }, gm);
      expect((await subscription.next()).data!.partyChanged.party).toEqual([
        { id: gmCharacter },
        { id: playerCharacter },
      ]);
      await stack.onCharacters(
        'mutation($id: ID!) { renameCharacter(id: $id, name: "Ireena Kolyana") { id } }',
        { id: playerCharacter },
        player,
      );
      expect((await subscription.next()).data!.partyChanged.id).toBe(campaignId);
      await subscription.close();
    });

    it('rejects non-members and anonymous subscribers', async () => {
      const { campaignId } = await table();
      for (const [identity, code] of [
        [stranger, 'FORBIDDEN'],
        [null, 'UNAUTHENTICATED'],
      ] as const) {
        const subscription = await subscribe(identity, campaignId);
        const outcome = await subscription.next().then(
          (event) => event.errors?.[0]?.extensions?.code,
          (error: unknown) => (Array.isArray(error) ? error[0]?.extensions?.code : String(error)),
        );
        expect(outcome).toBe(code);
      }
      const unknown = await subscribe(gm, randomUUID());
      expect((await unknown.next()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });
});

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms).unref()),
  ]);
}

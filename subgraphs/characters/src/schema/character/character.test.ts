import { randomUUID } from 'node:crypto';

import { createPubSubFor, type Identity, type PubSub } from '@grimoire/platform';
import { createTestDatabase, postGraphQL, type TestDatabase, testSubgraphOptions } from '@grimoire/platform/testing';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CharactersTables } from '../../db/database.js';
import { characters, outbox } from '../../db/tables/index.js';
import { CHARACTER_DELETED_EVENT } from '../../domain/character-bus-events.js';
import { CHARACTER_CHANGED_TOPIC } from '../../domain/publish-character-events.js';
import { startCharactersSubgraph } from '../../server.js';
import type { RunningSubgraph } from '@grimoire/platform';

const alice: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
const bob: Identity = { userId: randomUUID(), roles: ['PLAYER'] };

const CREATE = `mutation($input: CreateCharacterInput!) {
  createCharacter(input: $input) { id name species { id } classes { class { id } level } level version owner { id } createdAt updatedAt }
}`;
const RENAME = 'mutation($id: ID!, $name: String!) { renameCharacter(id: $id, name: $name) { id name } }';
const DELETE = 'mutation($id: ID!) { deleteCharacter(id: $id) }';
const CHARACTER = 'query($id: ID!) { character(id: $id) { id name owner { id } } }';
const MY_CHARACTERS = `query($first: Int, $after: String) {
  myCharacters(first: $first, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }
}`;
const ENTITIES =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Character { id name level owner { id } } } }';

describe('characters subgraph', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph<CharactersTables>;
  let pubsub: PubSub;
  let redis: boolean;

  beforeAll(async () => {
    database = await createTestDatabase('characters');
    const options = testSubgraphOptions(database);
    redis = Boolean(options.redisUrl);
    subgraph = await startCharactersSubgraph(options);
    pubsub = createPubSubFor({ redisUrl: options.redisUrl, namespace: options.namespace });
  });

  afterAll(async () => {
    await pubsub?.close();
    await subgraph?.stop();
    await database?.drop();
  });

  const gql = (query: string, variables: Record<string, unknown> = {}, identity?: Identity) =>
    postGraphQL(subgraph.url, query, variables, identity ? { identity } : {});

  async function rowCount(): Promise<number> {
    const [row] = await subgraph.database.db.select({ value: count() }).from(characters);
    return row!.value;
  }

  async function create(identity: Identity, name: string): Promise<string> {
    const { body } = await gql(CREATE, { input: { name } }, identity);
    expect(body.errors).toBeUndefined();
    return body.data!.createCharacter.id as string;
  }

  /** Starts listening on a topic now; `next` resolves with the next payload. */
  async function listen(topic: string): Promise<{ next: Promise<unknown> }> {
    const iterator = pubsub.subscribe(topic);
    const next = iterator.next().then((result) => {
      void iterator.return?.();
      return result.value;
    });
    // Redis subscribes asynchronously; give SUBSCRIBE a moment before anything is published.
    if (redis) await new Promise((resolve) => setTimeout(resolve, 200));
    return { next: withTimeout(next, 3_000) };
  }

  describe('createCharacter', () => {
    it('creates a character owned by the viewer with defaults', async () => {
      const { body } = await gql(CREATE, { input: { name: '  Tordek  ' } }, alice);
      expect(body.errors).toBeUndefined();
      expect(body.data!.createCharacter).toMatchObject({
        name: 'Tordek',
        species: null,
        classes: [],
        level: 0,
        version: 1,
        owner: { id: alice.userId },
      });
    });

    it('stores species, class and level', async () => {
      const input = { name: 'Mialee', species: 'elf', classes: [{ class: 'wizard', level: 3 }] };
      const { body } = await gql(CREATE, { input }, alice);
      expect(body.data!.createCharacter).toMatchObject({
        name: 'Mialee',
        species: { id: 'elf' },
        classes: [{ class: { id: 'wizard' }, level: 3 }],
        level: 3,
      });
    });

    it.each([
      ['an empty name', { name: '   ' }, 'input.name'],
      ['a 10 kB name', { name: 'x'.repeat(10_240) }, 'input.name'],
      ['a malformed species id', { name: 'Ok', species: 'Elf!' }, 'input.species'],
      ['a malformed class id', { name: 'Ok', classes: [{ class: 'x'.repeat(65), level: 1 }] }, 'input.classes.0.class'],
      ['level 0', { name: 'Ok', classes: [{ class: 'fighter', level: 0 }] }, 'input.classes.0.level'],
      ['level 21', { name: 'Ok', classes: [{ class: 'fighter', level: 21 }] }, 'input.classes.0.level'],
    ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_label, input, field) => {
      const before = await rowCount();
      const { body } = await gql(CREATE, { input }, alice);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.field).toBe(field);
      expect(body.errors?.[0]?.message).toContain(field);
      expect(await rowCount()).toBe(before);
    });

    it('requires a signed-in viewer', async () => {
      const before = await rowCount();
      const { body } = await gql(CREATE, { input: { name: 'Ghost' } });
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await rowCount()).toBe(before);
    });
  });

  describe('renameCharacter', () => {
    it("renames the owner's character and publishes character.changed after the write", async () => {
      const id = await create(alice, 'Lidda');
      const event = await listen(CHARACTER_CHANGED_TOPIC);
      const { body } = await gql(RENAME, { id, name: ' Lidda the Bold ' }, alice);
      expect(body.data!.renameCharacter).toEqual({ id, name: 'Lidda the Bold' });
      expect(await event.next).toEqual({ characterId: id });
    });

    it('rejects bad input, strangers and anonymous callers without writing', async () => {
      const id = await create(alice, 'Jozan');
      const cases: [Record<string, unknown>, Identity | undefined, string][] = [
        [{ id, name: 'Hacked' }, undefined, 'UNAUTHENTICATED'],
        [{ id, name: 'Hacked' }, bob, 'FORBIDDEN'],
        [{ id: randomUUID(), name: 'Nobody' }, alice, 'NOT_FOUND'],
        [{ id: 'not-a-uuid', name: 'Nobody' }, alice, 'BAD_USER_INPUT'],
        [{ id, name: '' }, alice, 'BAD_USER_INPUT'],
        [{ id, name: 'y'.repeat(10_240) }, alice, 'BAD_USER_INPUT'],
      ];
      for (const [variables, identity, code] of cases) {
        const { body } = await gql(RENAME, variables, identity);
        expect(body.errors?.[0]?.extensions?.code, JSON.stringify(variables).slice(0, 80)).toBe(code);
      }
      const { body } = await gql(CHARACTER, { id }, alice);
      expect(body.data!.character.name).toBe('Jozan');
    });
  });

  describe('deleteCharacter', () => {
    it("deletes the owner's character and writes character.deleted to the outbox with it", async () => {
      const id = await create(alice, 'Krusk');
      const { body } = await gql(DELETE, { id }, alice);
      expect(body.data).toEqual({ deleteCharacter: id });
      const events = await subgraph.database.db.select().from(outbox).where(eq(outbox.aggregateId, id));
      expect(events.map((event) => [event.type, event.payload])).toEqual([
        [CHARACTER_DELETED_EVENT, { characterId: id }],
      ]);
      expect((await gql(CHARACTER, { id }, alice)).body.data).toEqual({ character: null });
    });

    it('rejects strangers, anonymous callers, unknown and malformed ids without deleting', async () => {
      const id = await create(alice, 'Regdar');
      const before = await rowCount();
      const cases: [string, Identity | undefined, string][] = [
        [id, undefined, 'UNAUTHENTICATED'],
        [id, bob, 'FORBIDDEN'],
        [randomUUID(), alice, 'NOT_FOUND'],
        ['42', alice, 'BAD_USER_INPUT'],
      ];
      for (const [target, identity, code] of cases) {
        const { body } = await gql(DELETE, { id: target }, identity);
        expect(body.errors?.[0]?.extensions?.code).toBe(code);
      }
      expect(await rowCount()).toBe(before);
    });
  });

  describe('character', () => {
    it('is readable by any signed-in user, null when unknown', async () => {
      const id = await create(alice, 'Ember');
      expect((await gql(CHARACTER, { id }, bob)).body.data).toEqual({
        character: { id, name: 'Ember', owner: { id: alice.userId } },
      });
      expect((await gql(CHARACTER, { id: randomUUID() }, bob)).body.data).toEqual({ character: null });
    });

    it('rejects malformed ids and anonymous callers', async () => {
      expect((await gql(CHARACTER, { id: 'nope' }, bob)).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const id = await create(alice, 'Hidden');
      expect((await gql(CHARACTER, { id })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('myCharacters', () => {
    it("pages through 25 characters ten at a time, oldest first, only the viewer's", async () => {
      const carol: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
      const created: string[] = [];
      for (let index = 0; index < 25; index += 1) created.push(await create(carol, `Hero ${index + 1}`));
      await create(bob, "Not Carol's");

      const seen: string[] = [];
      const pages: { size: number; hasNextPage: boolean }[] = [];
      let after: string | null = null;
      do {
        const { body } = await gql(MY_CHARACTERS, { first: 10, after }, carol);
        expect(body.errors).toBeUndefined();
        const connection = body.data!.myCharacters;
        seen.push(...connection.edges.map((edge: { node: { id: string } }) => edge.node.id));
        pages.push({ size: connection.edges.length, hasNextPage: connection.pageInfo.hasNextPage });
        expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      } while (after);

      expect(pages).toEqual([
        { size: 10, hasNextPage: true },
        { size: 10, hasNextPage: true },
        { size: 5, hasNextPage: false },
      ]);
      expect(seen).toEqual(created);
    });

    it('defaults to 20 and validates first and after', async () => {
      const { body } = await gql(MY_CHARACTERS, {}, alice);
      expect(body.data!.myCharacters.edges.length).toBeLessThanOrEqual(20);
      for (const variables of [
        { first: 0 },
        { first: 101 },
        { after: 'garbage' },
        { after: Buffer.from('["x","y"]').toString('base64url') },
      ]) {
        const result = await gql(MY_CHARACTERS, variables, alice);
        expect(result.body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      }
      expect((await gql(MY_CHARACTERS, {})).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('federation', () => {
    it('declares the entity, the User stub and a shareable PageInfo', async () => {
      const { body } = await gql('{ _service { sdl } }');
      const sdl: string = body.data!._service.sdl;
      expect(sdl).toMatch(/type Character\s+@key\(fields: "id"\)/);
      expect(sdl).toMatch(/type User\s+@key\(fields: "id", resolvable: false\)/);
      expect(sdl).toMatch(/type PageInfo\s+@shareable/);
    });

    it('resolves Character representations, null for unknown ids', async () => {
      const id = await create(alice, 'Soveliss');
      const { body } = await gql(ENTITIES, {
        r: [
          { __typename: 'Character', id },
          { __typename: 'Character', id: randomUUID() },
          { __typename: 'Character', id: 'malformed' },
        ],
      });
      expect(body.errors).toBeUndefined();
      expect(body.data!._entities).toEqual([
        { id, name: 'Soveliss', level: 0, owner: { id: alice.userId } },
        null,
        null,
      ]);
    });

    it('batches references: 50 representations cost as many SQL statements as 1', async () => {
      const ids: string[] = [];
      for (let index = 0; index < 50; index += 1) ids.push(await create(bob, `Batch ${index}`));
      const statementsFor = async (representationIds: string[]) => {
        const before = subgraph.database.statementCount();
        const { body } = await gql(ENTITIES, { r: representationIds.map((id) => ({ __typename: 'Character', id })) });
        expect(body.data!._entities).toHaveLength(representationIds.length);
        expect(body.data!._entities.every((entity: unknown) => entity !== null)).toBe(true);
        return subgraph.database.statementCount() - before;
      };
      const one = await statementsFor(ids.slice(0, 1));
      const fifty = await statementsFor(ids);
      expect(one).toBe(1);
      expect(fifty).toBe(one);
    });
  });
});

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms).unref()),
  ]);
}

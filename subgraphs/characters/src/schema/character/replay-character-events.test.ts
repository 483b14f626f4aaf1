import { randomUUID } from 'node:crypto';

import { createEventTransport, type EventTransport, type Identity } from '@grimoire/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createCharacter, FIGHTER, newUser, startTestCharacters, type TestCharacters } from '../test-support.js';

const admin: Identity = { userId: randomUUID(), roles: ['PLAYER', 'ADMIN'] };
// A group no process consumes: what the replay delivers stays there for the test to read.
const GROUP = 'tests.character-replay';
const REPLAY =
  'mutation($input: ReplayAggregateEventsInput!) { replayCharacterEvents(input: $input) { aggregateType aggregateId sequence type payload } }';

describe('replayCharacterEvents (admin): replays a character’s events from the characters outbox', () => {
  let kit: TestCharacters;
  let transport: EventTransport;

  beforeAll(async () => {
    kit = await startTestCharacters('characters_replay');
    const { options } = kit;
    transport = createEventTransport({ redisUrl: options.redisUrl, namespace: options.namespace });
    await transport.ensureGroup(GROUP, ['character']);
  });
  afterAll(async () => {
    await transport?.close();
    await kit?.stop();
  });

  it('redelivers a deleted character’s event to one group; admins only', async () => {
    const owner = newUser();
    const characterId = await createCharacter(kit, FIGHTER, owner);
    await kit.ok('mutation($id: ID!) { deleteCharacter(id: $id) }', { id: characterId }, owner);
    const input = { aggregateType: 'character', aggregateId: characterId, fromSequence: 1, group: GROUP };

    await kit.fails('FORBIDDEN', REPLAY, { input }, owner);
    await kit.fails('UNAUTHENTICATED', REPLAY, { input });

    const replayed = (await kit.ok(REPLAY, { input }, admin)).replayCharacterEvents;
    expect(replayed).toEqual([
      {
        aggregateType: 'character',
        aggregateId: characterId,
        sequence: 1,
        type: 'character.deleted',
        payload: { characterId },
      },
    ]);
    const delivered = await transport.read(GROUP, 'test', {
      aggregateTypes: [],
      count: 10,
      blockMs: 1000,
      claimIdleMs: 60_000,
    });
    expect(delivered.map((delivery) => delivery.event.aggregateId)).toContain(characterId);

    await kit.fails('NOT_FOUND', REPLAY, { input: { ...input, fromSequence: 2 } }, admin);
    await kit.fails('BAD_USER_INPUT', REPLAY, { input: { ...input, group: 'not a group' } }, admin);
  });
});

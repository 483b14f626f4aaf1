import { randomUUID } from 'node:crypto';

import { createEventTransport, enqueueEvents, type EventTransport, type Identity } from '@grimoire/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { outbox } from '../db/tables/index.js';
import { codeOf, ok, useCampaignsSubgraph } from './test-support.js';

const admin: Identity = { userId: randomUUID(), roles: ['PLAYER', 'ADMIN'] };
const gameMaster: Identity = { userId: randomUUID(), roles: ['GAME_MASTER'] };

// A group no process consumes: what the test puts in its dead-letter stream stays there.
const GROUP = 'tests.admin-api';
const LETTERS =
  'query($g: String!, $first: Int, $after: ID) { eventDeadLetters(group: $g, first: $first, after: $after) { id group error attempts event { id type aggregateId sequence payload } } }';
const LETTER = 'query($g: String!, $id: ID!) { eventDeadLetter(group: $g, id: $id) { id event { id } } }';
const REPLAY = 'mutation($g: String!, $id: ID!) { replayEventDeadLetter(group: $g, id: $id) { id event { id } } }';
const DISCARD = 'mutation($g: String!, $id: ID!) { discardEventDeadLetter(group: $g, id: $id) }';
const REPLAY_AGGREGATE =
  'mutation($input: ReplayAggregateEventsInput!) { replayCampaignEvents(input: $input) { id sequence type } }';

describe('event bus admin API (hosted by campaigns)', () => {
  const stack = useCampaignsSubgraph('bus_admin');
  const { gql } = stack;
  let transport: EventTransport;

  beforeAll(async () => {
    transport = createEventTransport({ redisUrl: stack.options.redisUrl, namespace: stack.options.namespace });
    await transport.ensureGroup(GROUP, ['admin-test']);
  });

  afterAll(async () => {
    await transport?.close();
  });

  /** Publishes an event and dead-letters its delivery, as a consumer does after its last attempt. */
  async function deadLetter(aggregateId: string): Promise<string> {
    const event = {
      id: randomUUID(),
      type: 'admin-test.happened',
      aggregateType: 'admin-test',
      aggregateId,
      sequence: 1,
      payload: { n: 1 },
      occurredAt: new Date().toISOString(),
    };
    await transport.publish([event]);
    const [delivery] = await transport.read(GROUP, 'test', {
      aggregateTypes: ['admin-test'],
      count: 1,
      blockMs: 1000,
      claimIdleMs: 60_000,
    });
    expect(delivery?.event.id).toBe(event.id);
    await transport.deadLetter(GROUP, delivery!, { error: 'boom', attempts: 5 });
    return event.id;
  }

  it('is for administrators only: FORBIDDEN for other users, UNAUTHENTICATED without a user', async () => {
    const cases: [string, Record<string, unknown>][] = [
      [LETTERS, { g: GROUP }],
      [LETTER, { g: GROUP, id: '1-0' }],
      [REPLAY, { g: GROUP, id: '1-0' }],
      [DISCARD, { g: GROUP, id: '1-0' }],
      [
        REPLAY_AGGREGATE,
        { input: { aggregateType: 'table-event', aggregateId: randomUUID(), fromSequence: 1, group: GROUP } },
      ],
    ];
    for (const [query, variables] of cases) {
      expect(codeOf(await gql(query, variables, gameMaster)), query).toBe('FORBIDDEN');
      expect(codeOf(await gql(query, variables)), query).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await gql(LETTERS, { g: 'no group' }, admin))).toBe('BAD_USER_INPUT');
  });

  it('lists, inspects, replays and discards dead letters', async () => {
    const firstEvent = await deadLetter('a');
    const secondEvent = await deadLetter('b');
    const letters = ok(await gql(LETTERS, { g: GROUP }, admin)).eventDeadLetters;
    expect(letters.map((letter: { event: { id: string } }) => letter.event.id)).toEqual([firstEvent, secondEvent]);
    expect(letters[0]).toMatchObject({
      group: GROUP,
      error: 'boom',
      attempts: 5,
      event: { type: 'admin-test.happened', sequence: 1, payload: { n: 1 } },
    });
    const paged = ok(await gql(LETTERS, { g: GROUP, first: 1, after: letters[0].id }, admin)).eventDeadLetters;
    expect(paged.map((letter: { id: string }) => letter.id)).toEqual([letters[1].id]);
    expect(ok(await gql(LETTER, { g: GROUP, id: letters[0].id }, admin)).eventDeadLetter.event.id).toBe(firstEvent);

    expect(ok(await gql(REPLAY, { g: GROUP, id: letters[0].id }, admin)).replayEventDeadLetter.event.id).toBe(
      firstEvent,
    );
    // Replayed: back in the group's replay stream, gone from the dead letters.
    const redelivered = await transport.read(GROUP, 'test', {
      aggregateTypes: ['admin-test'],
      count: 10,
      blockMs: 1000,
      claimIdleMs: 60_000,
    });
    expect(redelivered.map((delivery) => delivery.event.id)).toEqual([firstEvent]);
    expect(ok(await gql(DISCARD, { g: GROUP, id: letters[1].id }, admin)).discardEventDeadLetter).toBe(letters[1].id);
    expect(ok(await gql(LETTERS, { g: GROUP }, admin)).eventDeadLetters).toEqual([]);
    expect(codeOf(await gql(REPLAY, { g: GROUP, id: letters[1].id }, admin))).toBe('NOT_FOUND');
    expect(codeOf(await gql(DISCARD, { g: GROUP, id: letters[1].id }, admin))).toBe('NOT_FOUND');
  });

  it("replays an aggregate's events from a position to one group", async () => {
    const aggregateId = randomUUID();
    await stack.subgraph.database.db.transaction((tx) =>
      enqueueEvents(
        tx,
        outbox,
        // An aggregate type the group does not read: only the replay reaches it.
        [1, 2, 3].map((n) => ({
          type: 'admin-replay.step',
          aggregateType: 'admin-replay',
          aggregateId,
          payload: { n },
        })),
      ),
    );
    const input = { aggregateType: 'admin-replay', aggregateId, fromSequence: 2, group: GROUP };
    const replayed = ok(await gql(REPLAY_AGGREGATE, { input }, admin)).replayCampaignEvents;
    expect(replayed.map((event: { sequence: number }) => event.sequence)).toEqual([2, 3]);
    const delivered = await transport.read(GROUP, 'test', {
      aggregateTypes: [],
      count: 10,
      blockMs: 1000,
      claimIdleMs: 60_000,
    });
    expect(
      delivered
        .filter((delivery) => delivery.event.aggregateId === aggregateId)
        .map((delivery) => delivery.event.sequence),
    ).toEqual([2, 3]);
    expect(codeOf(await gql(REPLAY_AGGREGATE, { input: { ...input, fromSequence: 9 } }, admin))).toBe('NOT_FOUND');
    expect(codeOf(await gql(REPLAY_AGGREGATE, { input: { ...input, fromSequence: 0 } }, admin))).toBe('BAD_USER_INPUT');
  });
});

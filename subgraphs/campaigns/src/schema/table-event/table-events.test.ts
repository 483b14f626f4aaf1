import { randomUUID } from 'node:crypto';

import { createEventTransport, createPubSubFor, type Identity, readAggregateEvents } from '@grimoire/platform';
import { describe, expect, it, vi } from 'vitest';

import { outbox } from '../../db/tables/index.js';
import { partyChangedTopic } from '../../domain/publish-party-changed.js';
import { codeOf, ok, useCampaignsSubgraph } from '../test-support.js';

const gm: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
const coGm: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
const player: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
const viewer: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
const stranger: Identity = { userId: randomUUID(), roles: ['PLAYER'] };

const RECORD = `mutation($input: RecordTableEventInput!) {
  recordTableEvent(input: $input) { id kind amount distribution condition conditionOperation quantity customItemName customItemWeight
    currency { gp } ability abilityChangeMode value rest revertedAt targetCharacters { id } recordedBy { id } sessionNote { id } }
}`;
const REVERT = 'mutation($id: ID!) { revertTableEvent(id: $id) { id revertedAt revertedBy { id } } }';
const TABLE_EVENT = 'query($id: ID!) { tableEvent(id: $id) { id kind campaign { id } } }';
const EVENTS_PAGE = `query($id: ID!, $first: Int, $after: String) {
  campaign(id: $id) { tableEvents(first: $first, after: $after) { edges { cursor node { id kind } } pageInfo { hasNextPage endCursor } } }
}`;
const SHEET = `query($id: ID!) { character(id: $id) {
  version hitPoints { max { value } current temp } playState { conditions }
  abilityScores { str { score } } experience { points }
  inventory { entries { id name quantity weight } currency { gp } }
} }`;
const APPLIED = `query($r: [_Any!]!) { _entities(representations: $r) { ... on TableEvent {
  characterVersions { characterId version tableEventId reason }
  characterApplications { status failure character { id } }
} } }`;
const CREATE_NOTE =
  'mutation($c: ID!, $input: SessionNoteInput!) { createSessionNote(campaignId: $c, input: $input) { id number title narrative playedOn presentUsers { id } } }';
const UPDATE_NOTE =
  'mutation($id: ID!, $input: SessionNoteInput!) { updateSessionNote(id: $id, input: $input) { id number title playedOn } }';
const DELETE_NOTE = 'mutation($id: ID!) { deleteSessionNote(id: $id) }';
const NOTES = 'query($id: ID!) { campaign(id: $id) { sessionNotes { id number title tableEvents { id kind } } } }';

describe('table events: recorded in campaigns, applied by characters through the event bus', () => {
  // The real characters subgraph applies the events; all traffic goes over HTTP and the event bus.
  const stack = useCampaignsSubgraph('table_events', { withCharacters: true });
  const { gql, onCharacters } = stack;

  const createCharacter = (owner: Identity, name: string, str = 12): Promise<string> =>
    stack.createCharacter(owner, {
      name,
      classes: [{ class: 'fighter', level: 1 }],
      abilityScores: { method: 'MANUAL', str, dex: 12, con: 14, int: 10, wis: 10, cha: 10 },
    });

  /** An ACTIVE campaign: GM, co-GM, player and viewer members; the GM's and the player's characters in the party. */
  async function table(status: 'ACTIVE' | 'DRAFT' = 'ACTIVE') {
    const campaignId = await stack.table({ gm, coGm, player, viewer, stranger }, { name: 'Sunless' });
    const weak = await createCharacter(gm, 'Weakling', 8);
    const strong = await createCharacter(player, 'Strongarm', 15);
    for (const characterId of [weak, strong]) {
      ok(
        await gql(
          'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id } }',
          { c: campaignId, ch: characterId },
          gm,
        ),
      );
    }
    if (status === 'ACTIVE') {
      ok(
        await gql(
          'mutation($id: ID!) { changeCampaignStatus(id: $id, status: ACTIVE) { id } }',
          { id: campaignId },
          gm,
        ),
      );
    }
    return { campaignId, weak, strong };
  }

  const sheet = async (id: string, owner: Identity) => ok(await onCharacters(SHEET, { id }, owner)).character;

  async function applied(tableEventId: string) {
    const body = await onCharacters(APPLIED, { r: [{ __typename: 'TableEvent', id: tableEventId }] }, gm);
    return ok(body)._entities[0] as {
      characterVersions: { characterId: string; version: number; tableEventId: string; reason: string }[];
      characterApplications: { status: string; failure: string | null; character: { id: string } | null }[];
    };
  }

  /** Records an event and waits until characters has handled every target. */
  async function record(input: Record<string, unknown>, identity: Identity = gm) {
    const event = ok(await gql(RECORD, { input }, identity)).recordTableEvent;
    const targets = (event.targetCharacters as { id: string }[]).length;
    await vi.waitFor(async () => expect((await applied(event.id)).characterApplications).toHaveLength(targets), {
      timeout: 5_000,
    });
    return event as { id: string; [key: string]: unknown };
  }

  const eventsOf = async (campaignId: string): Promise<string[]> =>
    ok(await gql(EVENTS_PAGE, { id: campaignId, first: 100 }, gm)).campaign.tableEvents.edges.map(
      (edge: { node: { id: string } }) => edge.node.id,
    );

  async function revert(id: string) {
    ok(await gql(REVERT, { id }, gm));
    await vi.waitFor(
      async () => {
        const statuses = (await applied(id)).characterApplications.map((application) => application.status);
        expect(statuses.some((status) => status === 'APPLIED')).toBe(false);
      },
      { timeout: 5_000 },
    );
  }

  describe('authorization and validation', () => {
    it('lets the game master and co-game masters record and revert; players, viewers and strangers are FORBIDDEN', async () => {
      const { campaignId } = await table();
      const input = { campaignId, kind: 'HEALING', amount: 1 };
      for (const [identity, code] of [
        [player, 'FORBIDDEN'],
        [viewer, 'FORBIDDEN'],
        [stranger, 'FORBIDDEN'],
        [undefined, 'UNAUTHENTICATED'],
      ] as const) {
        expect(codeOf(await gql(RECORD, { input }, identity)), String(identity?.userId)).toBe(code);
      }
      const byCoGm = await record(input, coGm);
      for (const identity of [player, viewer, stranger]) {
        expect(codeOf(await gql(REVERT, { id: byCoGm.id }, identity))).toBe('FORBIDDEN');
      }
      expect(ok(await gql(REVERT, { id: byCoGm.id }, coGm)).revertTableEvent.revertedBy).toEqual({ id: coGm.userId });
      expect(codeOf(await gql(REVERT, { id: byCoGm.id }, gm))).toBe('CONFLICT');
      expect(codeOf(await gql(REVERT, { id: randomUUID() }, gm))).toBe('NOT_FOUND');
    });

    it('refuses a campaign that is not ACTIVE, targets outside the party and fields of another kind', async () => {
      const draft = await table('DRAFT');
      const refused = await gql(RECORD, { input: { campaignId: draft.campaignId, kind: 'HEALING', amount: 1 } }, gm);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].message).toMatch(/ACTIVE.*DRAFT/);

      const { campaignId } = await table();
      const outsider = await createCharacter(player, 'Outsider');
      for (const [input, message] of [
        [{ kind: 'HEALING', amount: 1, targetCharacterIds: [outsider] }, /not in this campaign's party/],
        [{ kind: 'HEALING', amount: 1, targetCharacterIds: [] }, /at least one party member/],
        [{ kind: 'HEALING' }, /input\.amount: a HEALING event needs it/],
        [{ kind: 'HEALING', amount: 0 }, /input\.amount/],
        [{ kind: 'HEALING', amount: 3, rest: 'LONG' }, /input\.rest: a HEALING event does not take it/],
        [{ kind: 'ITEM_GRANT' }, /catalog item id or a customItemName/],
        [{ kind: 'ITEM_GRANT', itemId: 'rope', customItemWeight: 2 }, /only a custom item has a weight/],
        [
          { kind: 'ITEM_GRANT', customItemName: 'Anvil', customItemWeight: -1 },
          /input\.customItemWeight: must be at least 0/,
        ],
        [{ kind: 'CURRENCY_GRANT', currency: {} }, /at least one coin/],
        [{ kind: 'DAMAGE', amount: 2, damageType: 'sarcasm' }, /input\.damageType/],
        [{ kind: 'ABILITY_CHANGE', ability: 'STR', abilityChangeMode: 'SET', value: 31 }, /input\.value/],
        [{ kind: 'HEALING', amount: 1, sessionNoteId: randomUUID() }, /no session note/],
      ] as const) {
        const body = await gql(RECORD, { input: { campaignId, ...input } }, gm);
        expect(codeOf(body), JSON.stringify(input)).toBe('BAD_USER_INPUT');
        expect(body.errors![0].message).toMatch(message);
      }
    });

    it('lets members read events (newest first, paged) and nobody else', async () => {
      const { campaignId } = await table();
      const first = await record({ campaignId, kind: 'HEALING', amount: 1 });
      const second = await record({ campaignId, kind: 'HEALING', amount: 2 });
      const page1 = ok(await gql(EVENTS_PAGE, { id: campaignId, first: 1 }, viewer)).campaign.tableEvents;
      expect(page1.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([second.id]);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = ok(await gql(EVENTS_PAGE, { id: campaignId, first: 5, after: page1.pageInfo.endCursor }, player))
        .campaign.tableEvents;
      expect(page2.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([first.id]);
      expect(ok(await gql(TABLE_EVENT, { id: first.id }, viewer)).tableEvent.campaign.id).toBe(campaignId);
      expect(codeOf(await gql(TABLE_EVENT, { id: first.id }, stranger))).toBe('FORBIDDEN');
      expect(ok(await gql(TABLE_EVENT, { id: randomUUID() }, gm)).tableEvent).toBeNull();
    });
  });

  describe('each kind applies as a character version linked to the event, and reverts exactly', () => {
    it('EXPERIENCE split among the targets, then taken back', async () => {
      const { campaignId, weak, strong } = await table();
      const event = await record({ campaignId, kind: 'EXPERIENCE', amount: 301, distribution: 'SPLIT' });
      expect((await sheet(weak, gm)).experience.points).toBe(150);
      expect((await sheet(strong, player)).experience.points).toBe(150);
      const { characterVersions } = await applied(event.id);
      expect(characterVersions.map((version) => [version.characterId, version.tableEventId]).sort()).toEqual(
        [
          [weak, event.id],
          [strong, event.id],
        ].sort(),
      );
      await revert(event.id);
      expect((await sheet(weak, gm)).experience.points).toBe(0);
      expect((await applied(event.id)).characterVersions).toHaveLength(4);
    });

    it('DAMAGE, HEALING capped at the maximum and a LONG REST revert only what they changed', async () => {
      const { campaignId, weak } = await table();
      const target = { campaignId, targetCharacterIds: [weak] };
      const max = (await sheet(weak, gm)).hitPoints.max.value as number;
      const damage = await record({ ...target, kind: 'DAMAGE', amount: 7, damageType: 'fire' });
      expect((await sheet(weak, gm)).hitPoints.current).toBe(max - 7);
      const healing = await record({ ...target, kind: 'HEALING', amount: 100 });
      expect((await sheet(weak, gm)).hitPoints.current).toBe(max);
      await revert(healing.id); // took back the 7 it actually healed, not 100
      expect((await sheet(weak, gm)).hitPoints.current).toBe(max - 7);
      const rest = await record({ ...target, kind: 'REST', rest: 'LONG' });
      expect((await sheet(weak, gm)).hitPoints.current).toBe(max);
      await revert(rest.id);
      expect((await sheet(weak, gm)).hitPoints.current).toBe(max - 7);
      await revert(damage.id);
      expect((await sheet(weak, gm)).hitPoints.current).toBe(max);
    });

    it('CONDITION, ITEM_GRANT, CURRENCY_GRANT and ABILITY_CHANGE, each reverted', async () => {
      const { campaignId, strong } = await table();
      const target = { campaignId, targetCharacterIds: [strong] };
      const before = await sheet(strong, player);

      const poisoned = await record({ ...target, kind: 'CONDITION', condition: 'POISONED', conditionOperation: 'ADD' });
      expect((await sheet(strong, player)).playState.conditions).toEqual(['POISONED']);
      const item = await record({
        ...target,
        kind: 'ITEM_GRANT',
        customItemName: 'Moon key',
        customItemWeight: 0.5,
        quantity: 2,
      });
      expect(item).toMatchObject({ customItemName: 'Moon key', customItemWeight: 0.5, quantity: 2 });
      const granted = (await sheet(strong, player)).inventory.entries.filter(
        (entry: { name: string }) => entry.name === 'Moon key',
      );
      expect(granted.map((entry: { quantity: number; weight: number }) => [entry.quantity, entry.weight])).toEqual([
        [2, 0.5],
      ]);
      const coins = await record({ ...target, kind: 'CURRENCY_GRANT', currency: { gp: 50 } });
      expect((await sheet(strong, player)).inventory.currency.gp).toBe(before.inventory.currency.gp + 50);
      const ability = await record({
        ...target,
        kind: 'ABILITY_CHANGE',
        ability: 'STR',
        abilityChangeMode: 'DELTA',
        value: 2,
      });
      expect((await sheet(strong, player)).abilityScores.str.score).toBe(before.abilityScores.str.score + 2);

      for (const event of [poisoned, item, coins, ability]) await revert(event.id);
      const after = await sheet(strong, player);
      expect(after.playState.conditions).toEqual([]);
      expect(after.inventory).toEqual(before.inventory);
      expect(after.abilityScores.str.score).toBe(before.abilityScores.str.score);
      expect(after.version).toBe(before.version + 8);
    });
  });

  describe('delivery', () => {
    it('applies an event delivered twice only once', async () => {
      const { campaignId } = await table();
      const event = await record({ campaignId, kind: 'EXPERIENCE', amount: 100, distribution: 'EACH' });
      const envelopes = await readAggregateEvents({
        db: stack.subgraph.database.db,
        table: outbox,
        aggregateType: 'table-event',
        aggregateId: event.id,
      });
      const transport = createEventTransport({ redisUrl: stack.options.redisUrl, namespace: stack.options.namespace });
      try {
        await transport.redeliver('characters.table-events', envelopes);
        // A later event of the same party proves the redelivery was read (and skipped) by now.
        await record({ campaignId, kind: 'HEALING', amount: 1 });
        await new Promise((resolve) => setTimeout(resolve, 300));
      } finally {
        await transport.close();
      }
      expect((await applied(event.id)).characterVersions).toHaveLength(2);
    });

    it('pushes partyChanged live once characters has applied the event', async () => {
      const { campaignId, weak } = await table();
      const pubsub = createPubSubFor({ redisUrl: stack.options.redisUrl, namespace: stack.options.namespace });
      const iterator = pubsub.subscribe(partyChangedTopic(campaignId));
      try {
        const next = iterator.next();
        if (stack.options.redisUrl) await new Promise((resolve) => setTimeout(resolve, 200)); // SUBSCRIBE is asynchronous
        ok(await gql(RECORD, { input: { campaignId, kind: 'DAMAGE', amount: 1, targetCharacterIds: [weak] } }, gm));
        const pushed = await Promise.race([
          next,
          new Promise((_, reject) => setTimeout(() => reject(new Error('no partyChanged push')), 5_000)),
        ]);
        expect(pushed).toMatchObject({ value: { campaignId } });
        // Pushed after the commit: whoever reloads on it sees the damage.
        const after = await sheet(weak, gm);
        expect(after.hitPoints.current).toBe(after.hitPoints.max.value - 1);
        expect((await applied((await eventsOf(campaignId))[0]!)).characterVersions).toHaveLength(1);
      } finally {
        await iterator.return?.();
        await pubsub.close();
      }
    });

    it('records a character the event cannot apply to as FAILED and applies it to the others', async () => {
      const { campaignId, weak, strong } = await table();
      const event = await record({
        campaignId,
        kind: 'ABILITY_CHANGE',
        ability: 'STR',
        abilityChangeMode: 'DELTA',
        value: -10,
      });
      const { characterApplications, characterVersions } = await applied(event.id);
      const byCharacter = new Map(characterApplications.map((row) => [row.character?.id, row]));
      expect(byCharacter.get(weak)).toMatchObject({
        status: 'FAILED',
        failure: expect.stringMatching(/between 1 and 30/),
      });
      expect(byCharacter.get(strong)).toMatchObject({ status: 'APPLIED', failure: null });
      expect(characterVersions.map((version) => version.characterId)).toEqual([strong]);
      expect((await sheet(strong, player)).abilityScores.str.score).toBe(5);
    });

    it('records a target that no longer exists as FAILED without blocking the others', async () => {
      const { campaignId, weak, strong } = await table();
      // Gone from characters but, for this test, still in the party (its deletion event never sent).
      await stack.characters.database.sql`delete from characters.characters where id = ${weak}`;
      const event = await record({ campaignId, kind: 'HEALING', amount: 1 });
      const byCharacter = new Map(
        (await applied(event.id)).characterApplications.map((row) => [row.character?.id ?? 'gone', row]),
      );
      expect(byCharacter.get('gone')).toMatchObject({
        status: 'FAILED',
        failure: expect.stringMatching(/No character has id/),
      });
      expect(byCharacter.get(strong)?.status).toBe('APPLIED');
    });

    it('marks a revert that can no longer undo the event as REVERT_FAILED, and reverts the others', async () => {
      const { campaignId, weak, strong } = await table();
      const event = await record({ campaignId, kind: 'CURRENCY_GRANT', currency: { gp: 10 } });
      const spent = await onCharacters(
        'mutation($id: ID!) { spendCurrency(id: $id, amount: 10, denomination: GP) { id } }',
        { id: strong },
        player,
      );
      expect(spent.errors).toBeUndefined();
      await revert(event.id);
      const byCharacter = new Map(
        (await applied(event.id)).characterApplications.map((row) => [row.character?.id, row]),
      );
      expect(byCharacter.get(weak)?.status).toBe('REVERTED');
      expect(byCharacter.get(strong)).toMatchObject({
        status: 'REVERT_FAILED',
        failure: expect.stringMatching(/spent/),
      });
    });
  });

  describe('session notes', () => {
    it('game masters write the session log, members read it with its table events, others are refused', async () => {
      const { campaignId } = await table();
      const note = ok(
        await gql(
          CREATE_NOTE,
          {
            c: campaignId,
            input: {
              title: 'Into the citadel',
              narrative: 'Rats.',
              playedOn: '2026-11-20',
              presentUserIds: [player.userId],
            },
          },
          gm,
        ),
      ).createSessionNote;
      expect(note).toMatchObject({
        number: 1,
        title: 'Into the citadel',
        playedOn: '2026-11-20',
        presentUsers: [{ id: player.userId }],
      });
      const second = ok(
        await gql(CREATE_NOTE, { c: campaignId, input: { title: 'The grove' } }, coGm),
      ).createSessionNote;
      expect(second.number).toBe(2);
      expect(codeOf(await gql(CREATE_NOTE, { c: campaignId, input: { title: 'Dup', number: 2 } }, gm))).toBe(
        'CONFLICT',
      );
      expect(
        codeOf(await gql(CREATE_NOTE, { c: campaignId, input: { title: 'x', presentUserIds: [stranger.userId] } }, gm)),
      ).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(CREATE_NOTE, { c: campaignId, input: { title: 'x', playedOn: 'yesterday' } }, gm))).toBe(
        'BAD_USER_INPUT',
      );
      for (const identity of [player, viewer, stranger]) {
        expect(codeOf(await gql(CREATE_NOTE, { c: campaignId, input: { title: 'Mine' } }, identity))).toBe('FORBIDDEN');
        expect(codeOf(await gql(UPDATE_NOTE, { id: note.id, input: { title: 'Mine' } }, identity))).toBe('FORBIDDEN');
        expect(codeOf(await gql(DELETE_NOTE, { id: note.id }, identity))).toBe('FORBIDDEN');
      }

      const event = await record({ campaignId, kind: 'HEALING', amount: 2, sessionNoteId: note.id });
      expect(event.sessionNote).toEqual({ id: note.id });
      expect(
        ok(await gql(UPDATE_NOTE, { id: note.id, input: { title: 'Into the Sunless Citadel', playedOn: null } }, gm))
          .updateSessionNote,
      ).toMatchObject({
        number: 1,
        title: 'Into the Sunless Citadel',
        playedOn: null,
      });
      expect(ok(await gql(NOTES, { id: campaignId }, viewer)).campaign.sessionNotes).toEqual([
        { id: note.id, number: 1, title: 'Into the Sunless Citadel', tableEvents: [{ id: event.id, kind: 'HEALING' }] },
        { id: second.id, number: 2, title: 'The grove', tableEvents: [] },
      ]);
      expect(codeOf(await gql(NOTES, { id: campaignId }, stranger))).toBe('FORBIDDEN');

      expect(ok(await gql(DELETE_NOTE, { id: second.id }, coGm)).deleteSessionNote).toBe(second.id);
      expect(ok(await gql(NOTES, { id: campaignId }, gm)).campaign.sessionNotes).toHaveLength(1);
    });
  });
});

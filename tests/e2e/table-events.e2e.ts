import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { collectEvents, startTestStack, type TestStack, type TestUser } from '../harness/test-stack.js';

/**
 * The game master's session through the router: a session note, a table event that the characters
 * subgraph applies through the event bus (the player sees it live), what it did to each character
 * (fields from both subgraphs on one TableEvent), and its revert.
 */
describe('table events through the router', () => {
  let grimoire: TestStack;
  let gm: TestUser;
  let player: TestUser;
  let characterId: string;
  let campaignId: string;

  beforeAll(async () => {
    grimoire = await startTestStack('table_events');
    gm = await grimoire.signUp('Morgan');
    player = await grimoire.signUp('Bob');
    characterId = (
      await grimoire.ok(
        `mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id } }`,
        {
          input: {
            name: 'Bram',
            classes: [{ class: 'fighter', level: 3 }],
            abilityScores: { method: 'MANUAL', str: 16, dex: 12, con: 14, int: 10, wis: 12, cha: 8 },
          },
        },
        player,
      )
    ).createCharacter.id;
    campaignId = await grimoire.createCampaign(gm, { name: 'Phandelver' }, [player]);
    await grimoire.ok(
      'mutation($c: ID!, $ch: ID!) { joinPartyWithCharacter(campaignId: $c, characterId: $ch) { id } }',
      { c: campaignId, ch: characterId },
      player,
    );
    await grimoire.ok(
      'mutation($id: ID!) { changeCampaignStatus(id: $id, status: ACTIVE) { id } }',
      { id: campaignId },
      gm,
    );
  });

  afterAll(async () => {
    await grimoire?.stop();
  });

  it('records damage in a session, shows it live and per character, and reverts it', async () => {
    const note = (
      await grimoire.ok(
        'mutation($c: ID!) { createSessionNote(campaignId: $c, input: { title: "Goblin ambush", presentUserIds: [] }) { id number } }',
        { c: campaignId },
        gm,
      )
    ).createSessionNote;
    expect(note.number).toBe(1);

    const live = collectEvents(
      grimoire.wsClient(player.accessToken),
      'subscription($id: ID!) { partyChanged(campaignId: $id) { name party { id hitPoints { current max { value } } } } }',
      { id: campaignId },
      1,
    );
    await live.started;
    const recorded = (
      await grimoire.ok(
        `mutation($input: RecordTableEventInput!) { recordTableEvent(input: $input) { id kind amount sessionNote { title } targetCharacters { name } } }`,
        { input: { campaignId, kind: 'DAMAGE', amount: 6, damageType: 'piercing', sessionNoteId: note.id } },
        gm,
      )
    ).recordTableEvent;
    // targetCharacters' names come from the characters subgraph.
    expect(recorded).toMatchObject({
      kind: 'DAMAGE',
      amount: 6,
      sessionNote: { title: 'Goblin ambush' },
      targetCharacters: [{ name: 'Bram' }],
    });

    const [event] = await live.events;
    const member = event!.data!.partyChanged.party[0];
    expect(event!.data!.partyChanged.name).toBe('Phandelver');
    expect(member.hitPoints.current).toBe(member.hitPoints.max.value - 6);

    const WHAT_IT_DID = `query($id: ID!) { tableEvent(id: $id) { kind revertedAt campaign { name }
      characterVersions { characterId tableEventId reason }
      characterApplications { status failure character { name hitPoints { current } } } } }`;
    const applied = (await grimoire.ok(WHAT_IT_DID, { id: recorded.id }, player)).tableEvent;
    expect(applied.campaign.name).toBe('Phandelver');
    expect(applied.characterVersions).toEqual([
      { characterId, tableEventId: recorded.id, reason: 'Table event: took 6 piercing damage' },
    ]);
    expect(applied.characterApplications).toEqual([
      {
        status: 'APPLIED',
        failure: null,
        character: { name: 'Bram', hitPoints: { current: member.hitPoints.max.value - 6 } },
      },
    ]);

    const refused = await grimoire.query(
      'mutation($id: ID!) { revertTableEvent(id: $id) { id } }',
      { id: recorded.id },
      player.accessToken,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await grimoire.ok('mutation($id: ID!) { revertTableEvent(id: $id) { id } }', { id: recorded.id }, gm);
    // The bus applies the revert after the mutation has answered.
    const reverted = await vi.waitFor(
      async () => {
        const tableEvent = (await grimoire.ok(WHAT_IT_DID, { id: recorded.id }, gm)).tableEvent;
        expect(tableEvent.characterApplications[0].status).toBe('REVERTED');
        return tableEvent;
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(reverted.revertedAt).not.toBeNull();
    expect(reverted.characterVersions).toHaveLength(2);
    expect(reverted.characterApplications[0]).toMatchObject({
      status: 'REVERTED',
      character: { hitPoints: { current: member.hitPoints.max.value } },
    });

    const log = (
      await grimoire.ok(
        'query($id: ID!) { campaign(id: $id) { sessionNotes { title tableEvents { id } } } }',
        { id: campaignId },
        player,
      )
    ).campaign.sessionNotes;
    expect(log).toEqual([{ title: 'Goblin ambush', tableEvents: [{ id: recorded.id }] }]);
  });

  it('keeps the event bus admin API to administrators', async () => {
    const result = await grimoire.query(
      'query { eventDeadLetters(group: "characters.table-events") { id } }',
      {},
      gm.accessToken,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

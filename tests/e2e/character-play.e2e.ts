import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { collectEvents, startTestStack, type TestStack } from '../harness/test-stack.js';

/**
 * Play at the table through the router: the game master damages a party member's character, the
 * player watching the sheet sees it live, and the inventory's items carry their catalog names
 * (resolved by the catalog subgraph).
 */
describe('character play through the router', () => {
  let grimoire: TestStack;
  let gm: Awaited<ReturnType<TestStack['signUp']>>;
  let player: Awaited<ReturnType<TestStack['signUp']>>;
  let characterId: string;

  beforeAll(async () => {
    grimoire = await startTestStack('character_play');
    gm = await grimoire.signUp('Morgan');
    player = await grimoire.signUp('Bob');
    const character = await grimoire.query(
      `mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id hitPoints { max { value } current } } }`,
      {
        input: {
          name: 'Bram',
          species: 'human',
          background: 'soldier',
          classes: [{ class: 'fighter', level: 5 }],
          abilityScores: { method: 'MANUAL', str: 16, dex: 12, con: 14, int: 10, wis: 12, cha: 8 },
          equipment: [{ item: 'chain-mail', equipped: true }],
        },
      },
      player.accessToken,
    );
    expect(character.errors).toBeUndefined();
    expect(character.data!.createCharacter.hitPoints).toEqual({ max: { value: 44 }, current: 44 });
    characterId = character.data!.createCharacter.id;

    const campaign = await grimoire.query(
      'mutation { createCampaign(input: { name: "Phandelver" }) { id } }',
      {},
      gm.accessToken,
    );
    const campaignId: string = campaign.data!.createCampaign.id;
    for (const [query, variables] of [
      [
        'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }',
        { c: campaignId, u: player.userId },
      ],
      [
        'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id } }',
        { c: campaignId, ch: characterId },
      ],
    ] as const) {
      const result = await grimoire.query(query, variables, gm.accessToken);
      expect(result.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  it('lets the game master damage a party member; the player sees it through characterChanged', async () => {
    const client = grimoire.wsClient(player.accessToken);
    const subscription = collectEvents(
      client,
      `subscription($id: ID!) { characterChanged(id: $id) {
        id version hitPoints { current temp } playState { conditions } campaigns { name gameMaster { id } } } }`,
      { id: characterId },
      1,
    );
    await subscription.started;
    // The subscription reaches the subgraph a moment after `started` (and Redis subscribes asynchronously).
    await new Promise((resolve) => setTimeout(resolve, 300));

    const damaged = await grimoire.query(
      'mutation($id: ID!) { damageCharacter(id: $id, amount: 12) { id version hitPoints { current } } }',
      { id: characterId },
      gm.accessToken,
    );
    expect(damaged.errors).toBeUndefined();
    expect(damaged.data!.damageCharacter.hitPoints.current).toBe(32);

    const [event] = await subscription.events;
    expect(event!.errors).toBeUndefined();
    expect(event!.data!.characterChanged).toEqual({
      id: characterId,
      version: damaged.data!.damageCharacter.version,
      hitPoints: { current: 32, temp: 0 },
      playState: { conditions: [] },
      campaigns: [{ name: 'Phandelver', gameMaster: { id: gm.userId } }],
    });

    // The game master may not touch anything but play state.
    const renamed = await grimoire.query(
      'mutation($id: ID!) { renameCharacter(id: $id, name: "Mine now") { id } }',
      { id: characterId },
      gm.accessToken,
    );
    expect(renamed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows inventory items with their catalog names', async () => {
    const added = await grimoire.query(
      `mutation($id: ID!) { addInventoryItem(id: $id, input: { item: "wand-of-magic-missiles" }) {
        inventory { entries { name quantity equipped charges { current max }
          item { __typename ... on Item { id name } ... on CustomItem { name } } } carriedWeight } } }`,
      { id: characterId },
      player.accessToken,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addInventoryItem.inventory.entries).toEqual([
      {
        name: 'Chain Mail',
        quantity: 1,
        equipped: true,
        charges: null,
        item: { __typename: 'Armor', id: 'chain-mail', name: 'Chain Mail' },
      },
      {
        name: 'Wand of Magic Missiles',
        quantity: 1,
        equipped: false,
        charges: { current: 7, max: 7 },
        item: { __typename: 'MagicItem', id: 'wand-of-magic-missiles', name: 'Wand of Magic Missiles' },
      },
    ]);
  });
});

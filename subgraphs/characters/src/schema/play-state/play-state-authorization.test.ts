import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createCharacter, FIGHTER, newUser, startTestCharacters, type TestCharacters } from '../test-support.js';

// Who may change what, with a stand-in for the campaigns subgraph answering who runs the character's
// campaigns (the end-to-end test character-play.e2e.ts does it with the real one).
const player = newUser();
const gameMaster = newUser();
/** A player in the same campaign: a member, but not its game master. */
const fellow = newUser();
/** The game master of another campaign the character is not in. */
const otherGameMaster = newUser();
const stranger = newUser();

const PLAY_FIELDS = 'id version hitPoints { current temp }';

/** Every play-state mutation, in an order where each is legal for a fresh level-5 fighter (44 HP). */
const PLAY_SEQUENCE: [string, string, Record<string, unknown>][] = [
  [
    'grantTemporaryHitPoints',
    `mutation($id: ID!) { grantTemporaryHitPoints(id: $id, amount: 5) { ${PLAY_FIELDS} } }`,
    {},
  ],
  ['damageCharacter', `mutation($id: ID!) { damageCharacter(id: $id, amount: 60) { ${PLAY_FIELDS} } }`, {}],
  ['recordDeathSave', `mutation($id: ID!) { recordDeathSave(id: $id, roll: 12) { ${PLAY_FIELDS} } }`, {}],
  ['stabilizeCharacter', `mutation($id: ID!) { stabilizeCharacter(id: $id) { ${PLAY_FIELDS} } }`, {}],
  ['healCharacter', `mutation($id: ID!) { healCharacter(id: $id, amount: 10) { ${PLAY_FIELDS} } }`, {}],
  ['addCondition', `mutation($id: ID!) { addCondition(id: $id, condition: POISONED) { ${PLAY_FIELDS} } }`, {}],
  ['removeCondition', `mutation($id: ID!) { removeCondition(id: $id, condition: POISONED) { ${PLAY_FIELDS} } }`, {}],
  ['setExhaustion', `mutation($id: ID!) { setExhaustion(id: $id, level: 1) { ${PLAY_FIELDS} } }`, {}],
  [
    'spendHitDice',
    `mutation($id: ID!) { spendHitDice(id: $id, hitDice: [{ dieSize: 10, roll: 5 }]) { ${PLAY_FIELDS} } }`,
    {},
  ],
  ['spendResource', `mutation($id: ID!) { spendResource(id: $id, resourceId: "second-wind") { ${PLAY_FIELDS} } }`, {}],
  [
    'restoreResource',
    `mutation($id: ID!) { restoreResource(id: $id, resourceId: "second-wind") { ${PLAY_FIELDS} } }`,
    {},
  ],
  [
    'shortRest',
    `mutation($id: ID!) { shortRest(id: $id, hitDice: [{ dieSize: 10, roll: 3 }]) { ${PLAY_FIELDS} } }`,
    {},
  ],
  ['longRest', `mutation($id: ID!) { longRest(id: $id) { ${PLAY_FIELDS} } }`, {}],
];

/** Every other change to a character: the owner's alone. `$e` is an inventory entry id. */
const OWNER_ONLY: [string, string, Record<string, unknown>][] = [
  ['renameCharacter', 'mutation($id: ID!) { renameCharacter(id: $id, name: "Renamed") { id } }', {}],
  [
    'updateCharacter',
    'mutation($id: ID!, $v: Int!) { updateCharacter(id: $id, expectedVersion: $v, input: { name: "X" }) { id } }',
    {},
  ],
  [
    'levelUp',
    'mutation($id: ID!, $v: Int!) { levelUp(id: $id, expectedVersion: $v, input: { class: "fighter" }) { id } }',
    {},
  ],
  ['undoLevelUp', 'mutation($id: ID!, $v: Int!) { undoLevelUp(id: $id, expectedVersion: $v) { id } }', {}],
  ['setCharacterTemplate', 'mutation($id: ID!) { setCharacterTemplate(id: $id, isTemplate: true) { id } }', {}],
  [
    'restoreCharacterVersion',
    'mutation($id: ID!, $v: Int!) { restoreCharacterVersion(id: $id, version: 1, expectedVersion: $v) { id } }',
    {},
  ],
  [
    'markCharacterMilestone',
    'mutation($id: ID!) { markCharacterMilestone(id: $id, version: 1, name: "Start") { version } }',
    {},
  ],
  ['addInventoryItem', 'mutation($id: ID!) { addInventoryItem(id: $id, input: { item: "rope" }) { id } }', {}],
  ['removeInventoryItem', 'mutation($id: ID!, $e: ID!) { removeInventoryItem(id: $id, entryId: $e) { id } }', {}],
  [
    'moveInventoryItem',
    'mutation($id: ID!, $e: ID!) { moveInventoryItem(id: $id, entryId: $e, containerId: null) { id } }',
    {},
  ],
  ['equipItem', 'mutation($id: ID!, $e: ID!) { equipItem(id: $id, entryId: $e) { id } }', {}],
  ['unequipItem', 'mutation($id: ID!, $e: ID!) { unequipItem(id: $id, entryId: $e) { id } }', {}],
  ['attuneItem', 'mutation($id: ID!, $e: ID!) { attuneItem(id: $id, entryId: $e) { id } }', {}],
  ['unattuneItem', 'mutation($id: ID!, $e: ID!) { unattuneItem(id: $id, entryId: $e) { id } }', {}],
  ['addCurrency', 'mutation($id: ID!) { addCurrency(id: $id, coins: { gp: 1 }) { id } }', {}],
  ['spendCurrency', 'mutation($id: ID!) { spendCurrency(id: $id, amount: 1, denomination: CP) { id } }', {}],
  ['convertCurrency', 'mutation($id: ID!) { convertCurrency(id: $id, from: GP, to: SP, amount: 1) { id } }', {}],
  ['useItemCharge', 'mutation($id: ID!, $e: ID!) { useItemCharge(id: $id, entryId: $e) { id } }', {}],
  ['rechargeItems', 'mutation($id: ID!) { rechargeItems(id: $id, trigger: DAWN) { id } }', {}],
  ['learnSpell', 'mutation($id: ID!) { learnSpell(id: $id, classId: "fighter", spellId: "shield") { id } }', {}],
  ['forgetSpell', 'mutation($id: ID!) { forgetSpell(id: $id, classId: "fighter", spellId: "shield") { id } }', {}],
  ['prepareSpell', 'mutation($id: ID!) { prepareSpell(id: $id, classId: "fighter", spellId: "shield") { id } }', {}],
  [
    'unprepareSpell',
    'mutation($id: ID!) { unprepareSpell(id: $id, classId: "fighter", spellId: "shield") { id } }',
    {},
  ],
  [
    'swapPreparedSpell',
    'mutation($id: ID!) { swapPreparedSpell(id: $id, classId: "fighter", unprepare: "shield", prepare: "sleep") { id } }',
    {},
  ],
  ['castSpell', 'mutation($id: ID!) { castSpell(id: $id, spellId: "shield") { id } }', {}],
  ['endConcentration', 'mutation($id: ID!) { endConcentration(id: $id) { id } }', {}],
  ['deleteCharacter', 'mutation($id: ID!) { deleteCharacter(id: $id) }', {}],
];

describe('who may change a character', () => {
  let kit: TestCharacters;

  beforeAll(async () => {
    kit = await startTestCharacters('characters_authorization', { withCampaigns: true });
  });
  afterAll(async () => {
    await kit?.stop();
  });

  /** A fighter of the player's in a campaign run by `gameMaster` (with `fellow` as another player). */
  async function partyFighter(): Promise<{ id: string; entryId: string }> {
    const id = await createCharacter(kit, FIGHTER, player);
    const added = await kit.ok(
      'mutation($id: ID!) { addInventoryItem(id: $id, input: { item: "rope" }) { inventory { entries { id } } } }',
      { id },
      player,
    );
    kit.campaigns!.campaigns.push(
      { gameMasterId: gameMaster.userId, memberIds: [player.userId, fellow.userId], characterIds: [id] },
      // Another campaign the player is in, run by someone else, without this character.
      { gameMasterId: otherGameMaster.userId, memberIds: [player.userId], characterIds: [] },
    );
    return { id, entryId: added.addInventoryItem.inventory.entries[0].id as string };
  }

  it('lets the owner and the game master of its campaign make every play-state change', async () => {
    for (const actor of [player, gameMaster]) {
      const { id } = await partyFighter();
      const asked = kit.campaigns!.requests;
      for (const [name, query] of PLAY_SEQUENCE) {
        const { body } = await kit.gql(query, { id }, actor);
        expect(body.errors, `${name}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      }
      // The owner's own changes ask campaigns nothing; a game master's ask once per change.
      expect(kit.campaigns!.requests - asked).toBe(actor === player ? 0 : PLAY_SEQUENCE.length);
      const { characterVersion } = await kit.ok(
        'query($id: ID!) { characterVersion(id: $id, version: 4) { reason author { id } } }',
        { id },
        player,
      );
      // The history says who did it.
      expect(characterVersion).toEqual({ reason: 'Took 60 damage', author: { id: actor.userId } });
      expect(await kit.versionCount(id)).toBe(2 + PLAY_SEQUENCE.length);
    }
  });

  it('refuses play-state changes to other players, other game masters and strangers, and to the anonymous', async () => {
    const { id } = await partyFighter();
    for (const [name, query] of PLAY_SEQUENCE) {
      for (const actor of [fellow, otherGameMaster, stranger]) {
        const { body } = await kit.gql(query, { id }, actor);
        expect(body.errors?.[0]?.extensions?.code, `${name}`).toBe('FORBIDDEN');
      }
      const { body } = await kit.gql(query, { id });
      expect(body.errors?.[0]?.extensions?.code, `${name} anonymous`).toBe('UNAUTHENTICATED');
    }
    expect(await kit.versionCount(id)).toBe(2);
  });

  it('refuses every other change to the game master (and to strangers and the anonymous)', async () => {
    const { id, entryId } = await partyFighter();
    for (const [name, query] of OWNER_ONLY) {
      const variables = { id, e: entryId, v: 2 };
      for (const actor of [gameMaster, stranger]) {
        const { body } = await kit.gql(query, variables, actor);
        expect(body.errors?.[0]?.extensions?.code, `${name}: ${JSON.stringify(body.errors)}`).toBe('FORBIDDEN');
      }
      const { body } = await kit.gql(query, variables);
      expect(body.errors?.[0]?.extensions?.code, `${name} anonymous`).toBe('UNAUTHENTICATED');
    }
    expect(await kit.versionCount(id)).toBe(2);
  });
});

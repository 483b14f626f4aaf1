import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createCharacter, FIGHTER, newUser, startTestCharacters, type TestCharacters } from '../test-support.js';

const owner = newUser();

const PLAY = `version hitPoints { max { value } current temp }
  playState { conditions effectiveConditions exhaustion deathSaves { successes failures } stable dead
    hitDice { dieSize total remaining } spellSlots { level total remaining } pactSlots { level total remaining }
    resources { id name max remaining recharge } concentration { spellId } heroicInspiration }`;

const READ = `query($id: ID!) { character(id: $id) { ${PLAY} } }`;
const DAMAGE = `mutation($id: ID!, $a: Int!, $c: Boolean) { damageCharacter(id: $id, amount: $a, critical: $c) { ${PLAY} } }`;
const HEAL = `mutation($id: ID!, $a: Int!) { healCharacter(id: $id, amount: $a) { ${PLAY} } }`;
const TEMP = `mutation($id: ID!, $a: Int!, $k: Boolean) { grantTemporaryHitPoints(id: $id, amount: $a, keepNew: $k) { ${PLAY} } }`;
const ADD_CONDITION = `mutation($id: ID!, $c: CharacterCondition!) { addCondition(id: $id, condition: $c) { ${PLAY} } }`;
const REMOVE_CONDITION = `mutation($id: ID!, $c: CharacterCondition!) { removeCondition(id: $id, condition: $c) { ${PLAY} } }`;
const EXHAUSTION = `mutation($id: ID!, $l: Int!) { setExhaustion(id: $id, level: $l) { ${PLAY} } }`;
const DEATH_SAVE = `mutation($id: ID!, $r: Int!) { recordDeathSave(id: $id, roll: $r) { ${PLAY} } }`;
const STABILIZE = `mutation($id: ID!) { stabilizeCharacter(id: $id) { ${PLAY} } }`;
const SPEND_DICE = `mutation($id: ID!, $d: [HitDieRollInput!]!) { spendHitDice(id: $id, hitDice: $d) { ${PLAY} } }`;
const SHORT_REST = `mutation($id: ID!, $d: [HitDieRollInput!]) { shortRest(id: $id, hitDice: $d) { ${PLAY} } }`;
const LONG_REST = `mutation($id: ID!) { longRest(id: $id) { ${PLAY} } }`;
const SPEND_RESOURCE = `mutation($id: ID!, $r: ID!, $a: Int) { spendResource(id: $id, resourceId: $r, amount: $a) { ${PLAY} } }`;
const RESTORE_RESOURCE = `mutation($id: ID!, $r: ID!, $a: Int) { restoreResource(id: $id, resourceId: $r, amount: $a) { ${PLAY} } }`;

describe('play state', () => {
  let kit: TestCharacters;

  beforeAll(async () => {
    kit = await startTestCharacters('characters_play_state');
  });
  afterAll(async () => {
    await kit?.stop();
  });

  it('starts fresh: full hit points, every hit die, resource and nothing spent', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    const { character } = await kit.ok(READ, { id }, owner);
    expect(character).toEqual({
      version: 1,
      hitPoints: { max: { value: 44 }, current: 44, temp: 0 },
      playState: {
        conditions: [],
        effectiveConditions: [],
        exhaustion: 0,
        deathSaves: { successes: 0, failures: 0 },
        stable: false,
        dead: false,
        hitDice: [{ dieSize: 10, total: 5, remaining: 5 }],
        spellSlots: [],
        pactSlots: null,
        resources: [
          { id: 'second-wind', name: 'Second Wind', max: 3, remaining: 3, recharge: 'LONG_REST' },
          { id: 'action-surge', name: 'Action Surge', max: 1, remaining: 1, recharge: 'SHORT_REST' },
        ],
        concentration: null,
        heroicInspiration: false,
      },
    });
  });

  it('takes damage through temporary hit points, heals, drops to 0, rolls death saves and stabilizes', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    let character = (await kit.ok(TEMP, { id, a: 5 }, owner)).grantTemporaryHitPoints;
    expect(character.hitPoints).toMatchObject({ current: 44, temp: 5 });
    character = (await kit.ok(TEMP, { id, a: 3 }, owner)).grantTemporaryHitPoints;
    expect(character.hitPoints.temp).toBe(5);
    character = (await kit.ok(DAMAGE, { id, a: 8 }, owner)).damageCharacter;
    expect(character.hitPoints).toMatchObject({ current: 41, temp: 0 });
    character = (await kit.ok(HEAL, { id, a: 100 }, owner)).healCharacter;
    expect(character.hitPoints.current).toBe(44);

    character = (await kit.ok(DAMAGE, { id, a: 50 }, owner)).damageCharacter;
    expect(character.hitPoints.current).toBe(0);
    expect(character.playState).toMatchObject({ conditions: ['UNCONSCIOUS', 'PRONE'], dead: false });
    expect(character.playState.effectiveConditions).toEqual(['INCAPACITATED', 'PRONE', 'UNCONSCIOUS']);
    character = (await kit.ok(DAMAGE, { id, a: 1, c: true }, owner)).damageCharacter;
    expect(character.playState.deathSaves).toEqual({ successes: 0, failures: 2 });
    character = (await kit.ok(DEATH_SAVE, { id, r: 12 }, owner)).recordDeathSave;
    expect(character.playState.deathSaves).toEqual({ successes: 1, failures: 2 });
    character = (await kit.ok(STABILIZE, { id }, owner)).stabilizeCharacter;
    expect(character.playState).toMatchObject({ stable: true, deathSaves: { successes: 0, failures: 0 } });
    const notDying = await kit.fails('BAD_USER_INPUT', DEATH_SAVE, { id, r: 12 }, owner);
    expect(notDying.message).toMatch(/Only a character at 0 hit points who is not stable/);
    expect((await kit.fails('BAD_USER_INPUT', DEATH_SAVE, { id, r: 21 }, owner)).extensions.field).toBe('roll');
    expect((await kit.fails('BAD_USER_INPUT', DAMAGE, { id, a: -3 }, owner)).extensions.field).toBe('amount');

    character = (await kit.ok(HEAL, { id, a: 4 }, owner)).healCharacter;
    expect(character.hitPoints.current).toBe(4);
    expect(character.playState.conditions).toEqual(['PRONE']);

    // Massive damage: what is left after 0 reaches the maximum.
    character = (await kit.ok(DAMAGE, { id, a: 48 }, owner)).damageCharacter;
    expect(character.playState.dead).toBe(true);
    expect((await kit.fails('BAD_USER_INPUT', HEAL, { id, a: 5 }, owner)).message).toMatch(/dead/);
  });

  it('keeps conditions as a set, exhaustion by level', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    await kit.ok(ADD_CONDITION, { id, c: 'POISONED' }, owner);
    const again = (await kit.ok(ADD_CONDITION, { id, c: 'POISONED' }, owner)).addCondition;
    expect(again.playState.conditions).toEqual(['POISONED']);
    // Adding a condition already present changes nothing: no version.
    expect(again.version).toBe(2);
    let character = (await kit.ok(ADD_CONDITION, { id, c: 'EXHAUSTION' }, owner)).addCondition;
    expect(character.playState).toMatchObject({ exhaustion: 1, conditions: ['POISONED', 'EXHAUSTION'] });
    character = (await kit.ok(EXHAUSTION, { id, l: 3 }, owner)).setExhaustion;
    expect(character.playState.exhaustion).toBe(3);
    expect((await kit.fails('BAD_USER_INPUT', EXHAUSTION, { id, l: 7 }, owner)).extensions.field).toBe('level');
    character = (await kit.ok(REMOVE_CONDITION, { id, c: 'POISONED' }, owner)).removeCondition;
    expect(character.playState.conditions).toEqual(['EXHAUSTION']);
    character = (await kit.ok(REMOVE_CONDITION, { id, c: 'EXHAUSTION' }, owner)).removeCondition;
    expect(character.playState).toMatchObject({ exhaustion: 0, conditions: [] });
    await kit.fails('BAD_USER_INPUT', ADD_CONDITION, { id, c: 'SLEEPY' }, owner);
  });

  it('spends hit dice and resources, and rests by the 2024 rules', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    await kit.ok(DAMAGE, { id, a: 30 }, owner);
    // Each d10 heals its roll + CON 2.
    let character = (
      await kit.ok(
        SPEND_DICE,
        {
          id,
          d: [
            { dieSize: 10, roll: 6 },
            { dieSize: 10, roll: 1 },
          ],
        },
        owner,
      )
    ).spendHitDice;
    expect(character.hitPoints.current).toBe(14 + 8 + 3);
    expect(character.playState.hitDice).toEqual([{ dieSize: 10, total: 5, remaining: 3 }]);
    const wrongDie = await kit.fails('BAD_USER_INPUT', SPEND_DICE, { id, d: [{ dieSize: 8, roll: 3 }] }, owner);
    expect(wrongDie.message).toMatch(/^hitDice: Only 0 d8 hit dice are left/);
    expect(
      (await kit.fails('BAD_USER_INPUT', SPEND_DICE, { id, d: [{ dieSize: 7, roll: 3 }] }, owner)).extensions.field,
    ).toMatch(/^hitDice/);

    await kit.ok(SPEND_RESOURCE, { id, r: 'second-wind', a: 2 }, owner);
    character = (await kit.ok(SPEND_RESOURCE, { id, r: 'action-surge' }, owner)).spendResource;
    expect(character.playState.resources.map((resource: { remaining: number }) => resource.remaining)).toEqual([1, 0]);
    const noUses = await kit.fails('BAD_USER_INPUT', SPEND_RESOURCE, { id, r: 'action-surge' }, owner);
    expect(noUses).toMatchObject({
      message: 'amount: 0 of 1 uses of action-surge left; 1 asked.',
      extensions: { field: 'amount' },
    });
    expect((await kit.fails('BAD_USER_INPUT', SPEND_RESOURCE, { id, r: 'rage' }, owner)).extensions.field).toBe(
      'resourceId',
    );

    // Short rest: spend one more die; Action Surge back, Second Wind regains one.
    character = (await kit.ok(SHORT_REST, { id, d: [{ dieSize: 10, roll: 5 }] }, owner)).shortRest;
    expect(character.hitPoints.current).toBe(25 + 7);
    expect(character.playState.hitDice[0].remaining).toBe(2);
    expect(character.playState.resources.map((resource: { remaining: number }) => resource.remaining)).toEqual([2, 1]);

    await kit.ok(RESTORE_RESOURCE, { id, r: 'second-wind' }, owner);
    await kit.ok(EXHAUSTION, { id, l: 2 }, owner);
    await kit.ok(TEMP, { id, a: 4 }, owner);
    character = (await kit.ok(LONG_REST, { id }, owner)).longRest;
    expect(character.hitPoints).toMatchObject({ current: 44, temp: 0 });
    expect(character.playState).toMatchObject({
      exhaustion: 1,
      hitDice: [{ dieSize: 10, total: 5, remaining: 5 }],
      resources: [expect.objectContaining({ remaining: 3 }), expect.objectContaining({ remaining: 1 })],
    });
  });

  it('loses nothing under concurrent deltas: 20 × damageCharacter(1) and 10 × addCondition at once', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    const conditions = [
      'BLINDED',
      'CHARMED',
      'DEAFENED',
      'FRIGHTENED',
      'GRAPPLED',
      'INVISIBLE',
      'POISONED',
      'PRONE',
      'RESTRAINED',
      'INCAPACITATED',
    ];
    const results = await Promise.all([
      ...Array.from({ length: 20 }, () => kit.gql(DAMAGE, { id, a: 1 }, owner)),
      ...conditions.map((condition) => kit.gql(ADD_CONDITION, { id, c: condition }, owner)),
    ]);
    for (const { body } of results) expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const { character } = await kit.ok(READ, { id }, owner);
    expect(character.hitPoints.current).toBe(44 - 20);
    expect([...character.playState.conditions].sort()).toEqual([...conditions].sort());
    expect(character.version).toBe(31);
    expect(await kit.versionCount(id)).toBe(31);
    // Every version number was taken once: the row lock serialised the 30 changes.
    const versions = await kit.subgraph.database.sql<{ version: number }[]>`
      select version from characters.character_versions where character_id = ${id} order by version`;
    expect(versions.map((row) => row.version)).toEqual(Array.from({ length: 31 }, (_, index) => index + 1));
  });

  it('records the change list and reason of a play change', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    await kit.ok(DAMAGE, { id, a: 7 }, owner);
    const { characterVersion } = await kit.ok(
      'query($id: ID!) { characterVersion(id: $id, version: 2) { reason author { id } changes { path from to } } }',
      { id },
      owner,
    );
    expect(characterVersion.reason).toBe('Took 7 damage');
    expect(characterVersion.author.id).toBe(owner.userId);
    expect(characterVersion.changes).toEqual([expect.objectContaining({ path: 'playState', from: null })]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createCharacter,
  newUser,
  startTestCharacters,
  type TestCharacters,
  WARLOCK,
  WIZARD,
} from '../test-support.js';

const owner = newUser();
const stranger = newUser();

const SPELLS = `version spells { classId class { id } source cantrips cantripsMax prepared preparedMax
  spells { spellId spell { id } name level prepared alwaysPrepared ritual concentration } }
  playState { spellSlots { level total remaining } pactSlots { level total remaining } concentration { spellId spell { id } } }`;

const READ = `query($id: ID!) { character(id: $id) { ${SPELLS} } }`;
const LEARN = `mutation($id: ID!, $c: ID!, $s: ID!, $p: Boolean) { learnSpell(id: $id, classId: $c, spellId: $s, prepared: $p) { ${SPELLS} } }`;
const FORGET = `mutation($id: ID!, $c: ID!, $s: ID!) { forgetSpell(id: $id, classId: $c, spellId: $s) { ${SPELLS} } }`;
const PREPARE = `mutation($id: ID!, $c: ID!, $s: ID!) { prepareSpell(id: $id, classId: $c, spellId: $s) { ${SPELLS} } }`;
const UNPREPARE = `mutation($id: ID!, $c: ID!, $s: ID!) { unprepareSpell(id: $id, classId: $c, spellId: $s) { ${SPELLS} } }`;
const SWAP = `mutation($id: ID!, $c: ID!, $out: ID!, $in: ID!) { swapPreparedSpell(id: $id, classId: $c, unprepare: $out, prepare: $in) { ${SPELLS} } }`;
const CAST = `mutation($id: ID!, $s: ID!, $l: Int, $r: Boolean) { castSpell(id: $id, spellId: $s, slotLevel: $l, asRitual: $r) { ${SPELLS} } }`;
const END = `mutation($id: ID!) { endConcentration(id: $id) { ${SPELLS} } }`;
const ADD_CONDITION = `mutation($id: ID!, $c: CharacterCondition!) { addCondition(id: $id, condition: $c) { version } }`;

interface SpellList {
  classId: string | null;
  prepared: number;
  spells: { spellId: string; prepared: boolean }[];
}

const wizardList = (character: { spells: SpellList[] }) => character.spells.find((list) => list.classId === 'wizard')!;

describe('spells', () => {
  let kit: TestCharacters;

  beforeAll(async () => {
    kit = await startTestCharacters('characters_spells');
  });
  afterAll(async () => {
    await kit?.stop();
  });

  it('lists spells per class with the limits, and trait spells as always prepared', async () => {
    const id = await createCharacter(kit, WIZARD, owner);
    await kit.ok(LEARN, { id, c: 'wizard', s: 'fire-bolt' }, owner);
    const { learnSpell: character } = await kit.ok(LEARN, { id, c: 'wizard', s: 'magic-missile', p: true }, owner);
    expect(wizardList(character)).toEqual({
      classId: 'wizard',
      class: { id: 'wizard' },
      source: 'Wizard',
      cantrips: 1,
      cantripsMax: 4,
      prepared: 1,
      preparedMax: 9,
      spells: [
        {
          spellId: 'fire-bolt',
          spell: { id: 'fire-bolt' },
          name: 'Fire Bolt',
          level: 0,
          prepared: true,
          alwaysPrepared: false,
          ritual: false,
          concentration: false,
        },
        {
          spellId: 'magic-missile',
          spell: { id: 'magic-missile' },
          name: 'Magic Missile',
          level: 1,
          prepared: true,
          alwaysPrepared: false,
          ritual: false,
          concentration: false,
        },
      ],
    });
    const lineage = character.spells.find((list: SpellList) => list.classId === null);
    expect(lineage.spells.map((spell: { spellId: string }) => spell.spellId)).toEqual(
      expect.arrayContaining(['prestidigitation', 'detect-magic', 'misty-step']),
    );
    expect(lineage.spells.every((spell: { alwaysPrepared: boolean }) => spell.alwaysPrepared)).toBe(true);
  });

  it('checks the class list, the castable level, the class and the prepared count', async () => {
    const id = await createCharacter(kit, WIZARD, owner);
    const tooHigh = await kit.fails('BAD_USER_INPUT', LEARN, { id, c: 'wizard', s: 'cone-of-cold' }, owner);
    expect(tooHigh).toMatchObject({ extensions: { field: 'spellId' } });
    expect(tooHigh.message).toMatch(/^spellId: Cone of Cold is a level 5 spell; Wizard 5 casts up to level 3/);
    const offList = await kit.fails('BAD_USER_INPUT', LEARN, { id, c: 'wizard', s: 'cure-wounds' }, owner);
    expect(offList.message).toMatch(/not on the Wizard spell list/);
    const notTaken = await kit.fails('BAD_USER_INPUT', LEARN, { id, c: 'cleric', s: 'cure-wounds' }, owner);
    expect(notTaken.extensions.field).toBe('classId');
    expect(
      (await kit.fails('BAD_USER_INPUT', LEARN, { id, c: 'wizard', s: 'not a spell' }, owner)).extensions.field,
    ).toBe('spellId');

    const nine = [
      'magic-missile',
      'shield',
      'sleep',
      'mage-armor',
      'burning-hands',
      'feather-fall',
      'misty-step',
      'web',
      'fireball',
    ];
    for (const spell of nine) await kit.ok(LEARN, { id, c: 'wizard', s: spell, p: true }, owner);
    await kit.ok(LEARN, { id, c: 'wizard', s: 'counterspell' }, owner);
    const tenth = await kit.fails('BAD_USER_INPUT', PREPARE, { id, c: 'wizard', s: 'counterspell' }, owner);
    expect(tenth.message).toMatch(/prepares 9 spells; 10 are prepared/);
    const duplicate = await kit.fails('BAD_USER_INPUT', LEARN, { id, c: 'wizard', s: 'fireball' }, owner);
    expect(duplicate.message).toMatch(/already/);

    let character = (await kit.ok(SWAP, { id, c: 'wizard', out: 'sleep', in: 'counterspell' }, owner))
      .swapPreparedSpell;
    expect(wizardList(character).prepared).toBe(9);
    expect(wizardList(character).spells.find((spell) => spell.spellId === 'counterspell')!.prepared).toBe(true);
    expect(wizardList(character).spells.find((spell) => spell.spellId === 'sleep')!.prepared).toBe(false);
    expect(
      (await kit.fails('BAD_USER_INPUT', SWAP, { id, c: 'wizard', out: 'sleep', in: 'fly' }, owner)).extensions.field,
    ).toBe('unprepare');
    character = (await kit.ok(UNPREPARE, { id, c: 'wizard', s: 'shield' }, owner)).unprepareSpell;
    expect(wizardList(character).prepared).toBe(8);
    character = (await kit.ok(FORGET, { id, c: 'wizard', s: 'shield' }, owner)).forgetSpell;
    expect(wizardList(character).spells.map((spell) => spell.spellId)).not.toContain('shield');
    expect((await kit.fails('BAD_USER_INPUT', FORGET, { id, c: 'wizard', s: 'shield' }, owner)).extensions.field).toBe(
      'spellId',
    );
  });

  it('casts: spends a slot of the chosen level, tracks concentration, refuses when no slot is left', async () => {
    const id = await createCharacter(kit, WIZARD, owner);
    for (const spell of ['magic-missile', 'hold-person', 'fireball'])
      await kit.ok(LEARN, { id, c: 'wizard', s: spell, p: true }, owner);
    await kit.ok(LEARN, { id, c: 'wizard', s: 'identify' }, owner);
    await kit.ok(LEARN, { id, c: 'wizard', s: 'fire-bolt' }, owner);

    let character = (await kit.ok(CAST, { id, s: 'fireball' }, owner)).castSpell;
    expect(character.playState.spellSlots).toEqual([
      { level: 1, total: 4, remaining: 4 },
      { level: 2, total: 3, remaining: 3 },
      { level: 3, total: 2, remaining: 1 },
    ]);
    character = (await kit.ok(CAST, { id, s: 'magic-missile', l: 3 }, owner)).castSpell;
    expect(character.playState.spellSlots[2].remaining).toBe(0);
    const none = await kit.fails('BAD_USER_INPUT', CAST, { id, s: 'fireball' }, owner);
    expect(none).toMatchObject({
      message: 'slotLevel: All 2 level 3 spell slots are spent.',
      extensions: { field: 'slotLevel' },
    });
    const tooLow = await kit.fails('BAD_USER_INPUT', CAST, { id, s: 'hold-person', l: 1 }, owner);
    expect(tooLow.extensions.field).toBe('slotLevel');

    // Cantrips and rituals spend nothing; Identify is in the spellbook, not prepared (Ritual Adept).
    const before = character.version;
    expect((await kit.ok(CAST, { id, s: 'fire-bolt' }, owner)).castSpell.version).toBe(before);
    character = (await kit.ok(CAST, { id, s: 'identify', r: true }, owner)).castSpell;
    expect(character.playState.spellSlots[0].remaining).toBe(4);
    expect(character.version).toBe(before);
    expect((await kit.fails('BAD_USER_INPUT', CAST, { id, s: 'identify' }, owner)).message).toMatch(/not prepared/);
    expect((await kit.fails('BAD_USER_INPUT', CAST, { id, s: 'magic-missile', r: true }, owner)).message).toMatch(
      /ritual/,
    );
    expect((await kit.fails('BAD_USER_INPUT', CAST, { id, s: 'cure-wounds' }, owner)).message).toMatch(
      /not among the character's spells/,
    );

    character = (await kit.ok(CAST, { id, s: 'hold-person' }, owner)).castSpell;
    expect(character.playState.concentration).toEqual({ spellId: 'hold-person', spell: { id: 'hold-person' } });
    character = (await kit.ok(END, { id }, owner)).endConcentration;
    expect(character.playState.concentration).toBeNull();
    expect((await kit.fails('BAD_USER_INPUT', END, { id }, owner)).message).toMatch(/not concentrating/);

    await kit.ok(ADD_CONDITION, { id, c: 'STUNNED' }, owner);
    expect((await kit.fails('BAD_USER_INPUT', CAST, { id, s: 'magic-missile' }, owner)).message).toMatch(
      /incapacitated/,
    );
  });

  it('casts a warlock spell with a Pact Magic slot', async () => {
    const id = await createCharacter(kit, WARLOCK, owner);
    await kit.ok(LEARN, { id, c: 'warlock', s: 'hex', p: true }, owner);
    let character = (await kit.ok(CAST, { id, s: 'hex' }, owner)).castSpell;
    expect(character.playState.pactSlots).toEqual({ level: 2, total: 2, remaining: 1 });
    expect(character.playState.concentration.spellId).toBe('hex');
    character = (await kit.ok(CAST, { id, s: 'hex' }, owner)).castSpell;
    expect(character.playState.pactSlots.remaining).toBe(0);
    expect((await kit.fails('BAD_USER_INPUT', CAST, { id, s: 'hex' }, owner)).message).toMatch(
      /No Pact Magic slot is left/,
    );
  });

  it('lets only the owner change spells or cast', async () => {
    const id = await createCharacter(kit, WIZARD, owner);
    await kit.ok(LEARN, { id, c: 'wizard', s: 'magic-missile', p: true }, owner);
    const calls: [string, Record<string, unknown>][] = [
      [LEARN, { id, c: 'wizard', s: 'shield' }],
      [FORGET, { id, c: 'wizard', s: 'magic-missile' }],
      [PREPARE, { id, c: 'wizard', s: 'magic-missile' }],
      [UNPREPARE, { id, c: 'wizard', s: 'magic-missile' }],
      [SWAP, { id, c: 'wizard', out: 'magic-missile', in: 'shield' }],
      [CAST, { id, s: 'magic-missile' }],
      [END, { id }],
    ];
    for (const [query, variables] of calls) {
      await kit.fails('FORBIDDEN', query, variables, stranger);
      await kit.fails('UNAUTHENTICATED', query, variables);
    }
    expect(await kit.versionCount(id)).toBe(2);
    const { character } = await kit.ok(READ, { id }, owner);
    expect(character.version).toBe(2);
  });
});

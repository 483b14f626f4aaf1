import { describe, expect, it } from 'vitest';

import type { CharacterBuild, ClassLevels } from '../model/character-build.js';
import { RULES_2014, RULES_2024 } from '../profiles/rule-profile.js';
import { PACT_MAGIC_BY_LEVEL, spellSlotsForCasterLevel } from '../tables/spell-slots.js';
import { FIXTURE_CATALOG, build, scores } from './__fixtures__/catalog.js';
import { deriveCharacter } from './derive.js';

const LEVELS = Array.from({ length: 20 }, (_, index) => index + 1);
const pad = (slots: number[]): number[] => [...slots, ...new Array<number>(9 - slots.length).fill(0)];

function caster(classes: ClassLevels[], edition: CharacterBuild['edition'] = '2024') {
  return deriveCharacter(
    build({ edition, classes, abilityScores: scores({ str: 13, dex: 13, int: 16, wis: 16, cha: 16 }) }),
    FIXTURE_CATALOG,
    { profile: edition === '2014' ? RULES_2014 : RULES_2024 },
  );
}

describe('single-class spell slots', () => {
  it.each(LEVELS)('full caster (Wizard) level %i uses the full table', (level) => {
    expect(caster([{ classId: 'wizard', level }]).spellSlots).toEqual(spellSlotsForCasterLevel(level));
  });

  // The Paladin column of the 2024 class table, written out.
  const PALADIN_2024 = [
    [2],
    [2],
    [3],
    [3],
    [4, 2],
    [4, 2],
    [4, 3],
    [4, 3],
    [4, 3, 2],
    [4, 3, 2],
    [4, 3, 3],
    [4, 3, 3],
    [4, 3, 3, 1],
    [4, 3, 3, 1],
    [4, 3, 3, 2],
    [4, 3, 3, 2],
    [4, 3, 3, 3, 1],
    [4, 3, 3, 3, 1],
    [4, 3, 3, 3, 2],
    [4, 3, 3, 3, 2],
  ];
  it.each(LEVELS)('half caster (Paladin) level %i, 2024', (level) => {
    expect(caster([{ classId: 'paladin', level }]).spellSlots).toEqual(pad(PALADIN_2024[level - 1]!));
  });
  it.each(LEVELS)('half caster (Ranger) level %i, 2014: nothing at 1, then the class table', (level) => {
    const derived = caster([{ classId: 'ranger', level }], '2014');
    expect(derived.spellSlots).toEqual(level === 1 ? pad([]) : pad(PALADIN_2024[level - 1]!));
    expect(derived.spellcasting.length).toBe(level === 1 ? 0 : 1);
  });

  // A third caster (the 2014 Eldritch Knight column), starting at class level 3.
  const THIRD = [
    [],
    [],
    [2],
    [3],
    [3],
    [3],
    [4, 2],
    [4, 2],
    [4, 2],
    [4, 3],
    [4, 3],
    [4, 3],
    [4, 3, 2],
    [4, 3, 2],
    [4, 3, 2],
    [4, 3, 3],
    [4, 3, 3],
    [4, 3, 3],
    [4, 3, 3, 1],
    [4, 3, 3, 1],
  ];
  it.each(LEVELS)('third caster (homebrew Spellblade) level %i', (level) => {
    expect(caster([{ classId: 'spellblade', level }]).spellSlots).toEqual(pad(THIRD[level - 1]!));
  });

  it.each(LEVELS)('pact caster (Warlock) level %i: Pact Magic, no Spellcasting slots', (level) => {
    const derived = caster([{ classId: 'warlock', level }]);
    expect(derived.pactMagic).toEqual(PACT_MAGIC_BY_LEVEL[level - 1]);
    expect(derived.spellSlots).toEqual(pad([]));
    expect(derived.spellcasting[0]!.maxSpellLevel).toBe(PACT_MAGIC_BY_LEVEL[level - 1]!.slotLevel);
  });
});

describe('multiclass spell slots', () => {
  it('Paladin 2 / Sorcerer 3 has caster level 4 in both editions', () => {
    const classes = [
      { classId: 'paladin', level: 2 },
      { classId: 'sorcerer', level: 3 },
    ];
    for (const edition of ['2024', '2014'] as const) {
      const derived = caster(classes, edition);
      expect(derived.casterLevel.value).toBe(4);
      expect(derived.spellSlots).toEqual(pad([4, 3]));
    }
    expect(caster(classes, '2024').casterLevel.breakdown).toEqual([
      { source: 'Paladin 2 (half, rounded up)', amount: 1 },
      { source: 'Sorcerer 3', amount: 3 },
    ]);
  });
  it('Paladin 3 / Sorcerer 3: 2024 rounds the half caster up (5), 2014 down (4)', () => {
    const classes = [
      { classId: 'paladin', level: 3 },
      { classId: 'sorcerer', level: 3 },
    ];
    expect(caster(classes, '2024').spellSlots).toEqual(pad([4, 3, 2]));
    expect(caster(classes, '2014').spellSlots).toEqual(pad([4, 3]));
    expect(caster(classes, '2014').casterLevel.breakdown[0]).toEqual({
      source: 'Paladin 3 (half, rounded down)',
      amount: 1,
    });
  });
  it('Paladin 1 / Sorcerer 3: a 2014 Paladin 1 does not cast yet', () => {
    const classes = [
      { classId: 'sorcerer', level: 3 },
      { classId: 'paladin', level: 1 },
    ];
    expect(caster(classes, '2024').casterLevel.value).toBe(4);
    expect(caster(classes, '2014').casterLevel.value).toBe(3);
    expect(caster(classes, '2014').spellcasting.map((entry) => entry.classId)).toEqual(['sorcerer']);
  });
  it('Wizard 5 / Cleric 5 has the caster level 10 table, each class casting up to level 3 spells', () => {
    const derived = caster([
      { classId: 'wizard', level: 5 },
      { classId: 'cleric', level: 5 },
    ]);
    expect(derived.spellSlots).toEqual(pad([4, 3, 3, 3, 2]));
    expect(derived.spellcasting.map((entry) => [entry.classId, entry.maxSpellLevel, entry.preparedSpells])).toEqual([
      ['wizard', 3, 9],
      ['cleric', 3, 9],
    ]);
  });
  it.each([1, 5, 19])(
    'Ranger 1 / Fighter %i: the ranger alone uses its class table (2 slots in 2024, none in 2014)',
    (fighter) => {
      const classes = [
        { classId: 'fighter', level: fighter },
        { classId: 'ranger', level: 1 },
      ];
      expect(caster(classes, '2024').spellSlots).toEqual(pad([2]));
      expect(caster(classes, '2014').spellSlots).toEqual(pad([]));
    },
  );
  it('Warlock 5 / Sorcerer 3 keeps Pact Magic apart from the sorcerer slots', () => {
    const derived = caster([
      { classId: 'warlock', level: 5 },
      { classId: 'sorcerer', level: 3 },
    ]);
    expect(derived.spellSlots).toEqual(pad([4, 2]));
    expect(derived.pactMagic).toEqual({ slots: 2, slotLevel: 3 });
    expect(derived.casterLevel.value).toBe(3);
  });
  it('Spellblade 9 / Wizard 1 rounds the third caster down (3 + 1)', () => {
    const derived = caster([
      { classId: 'spellblade', level: 9 },
      { classId: 'wizard', level: 1 },
    ]);
    expect(derived.casterLevel.value).toBe(4);
    expect(derived.spellSlots).toEqual(pad([4, 3]));
  });
});

describe('spellcasting numbers', () => {
  it('save DC 8 + PB + mod + bonuses and attack PB + mod + bonuses', () => {
    const derived = deriveCharacter(
      build({
        classes: [{ classId: 'warlock', level: 5 }],
        abilityScores: scores({ cha: 18 }),
        equipment: [{ itemId: 'rod-of-the-pact-keeper-1', quantity: 1, equipped: true, attuned: true }],
      }),
      FIXTURE_CATALOG,
    );
    const [warlock] = derived.spellcasting;
    expect(warlock!.saveDC).toEqual({
      value: 16,
      breakdown: [
        { source: 'Base', amount: 8 },
        { source: 'Proficiency bonus', amount: 3 },
        { source: 'CHA', amount: 4 },
        { source: 'Rod of the Pact Keeper, +1', amount: 1 },
      ],
    });
    expect(warlock!.attackBonus.value).toBe(8);
    expect(warlock!.cantripsKnown).toBe(3);
    expect(warlock!.preparedSpells).toBe(9); // the fixture's full-caster column at level 5
  });
  it('adds bonus cantrips of a chosen feature option (Thaumaturge)', () => {
    const cleric = (option: string) =>
      deriveCharacter(
        build({ classes: [{ classId: 'cleric', level: 1 }], featureOptions: { 'cleric-divine-order': option } }),
        FIXTURE_CATALOG,
      );
    expect(cleric('thaumaturge').spellcasting[0]!.cantripsKnown).toBe(4);
    expect(cleric('protector').spellcasting[0]!.cantripsKnown).toBe(3);
    expect(cleric('protector').proficiencies.armor).toContain('heavy');
    expect(cleric('thaumaturge').proficiencies.armor).not.toContain('heavy');
  });
});

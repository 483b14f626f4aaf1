import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { POINT_BUY_BUDGET, POINT_BUY_COSTS, STANDARD_ARRAY, abilityModifier, pointBuyCost } from './abilities.js';
import { CARRYING_SIZE_MULTIPLIER, nextSize } from './carrying.js';
import { XP_THRESHOLDS, experienceForNextLevel, levelForExperience } from './experience.js';
import { fixedHitPointsPerLevel } from './hit-points.js';
import { proficiencyBonus } from './proficiency.js';
import {
  PACT_MAGIC_BY_LEVEL,
  SPELL_SLOTS_BY_CASTER_LEVEL,
  highestSlotLevel,
  pactMagicForLevel,
  spellSlotsForCasterLevel,
} from './spell-slots.js';

describe('proficiency bonus', () => {
  const expected = [2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6];
  it.each(expected.map((bonus, index) => [index + 1, bonus]))('level %i → +%i', (level, bonus) => {
    expect(proficiencyBonus(level)).toBe(bonus);
  });
  it('clamps levels outside 1–20', () => {
    expect(proficiencyBonus(0)).toBe(2);
    expect(proficiencyBonus(25)).toBe(6);
  });
});

describe('ability modifier', () => {
  const cases: [number, number][] = [
    [1, -5],
    [2, -4],
    [3, -4],
    [7, -2],
    [8, -1],
    [9, -1],
    [10, 0],
    [11, 0],
    [12, 1],
    [13, 1],
    [14, 2],
    [15, 2],
    [16, 3],
    [18, 4],
    [19, 4],
    [20, 5],
    [21, 5],
    [24, 7],
    [29, 9],
    [30, 10],
  ];
  it.each(cases)('score %i → %i', (score, modifier) => {
    expect(abilityModifier(score)).toBe(modifier);
  });
});

describe('ability score methods', () => {
  it('has the 2024 standard array', () => {
    expect([...STANDARD_ARRAY]).toEqual([15, 14, 13, 12, 10, 8]);
  });
  it('prices point buy 8–15 with a 27-point budget', () => {
    expect(POINT_BUY_COSTS).toEqual({ 8: 0, 9: 1, 10: 2, 11: 3, 12: 4, 13: 5, 14: 7, 15: 9 });
    expect(POINT_BUY_BUDGET).toBe(27);
    expect(pointBuyCost({ str: 15, dex: 15, con: 15, int: 8, wis: 8, cha: 8 })).toBe(27);
    expect(pointBuyCost({ str: 15, dex: 14, con: 13, int: 12, wis: 10, cha: 8 })).toBe(27);
    expect(pointBuyCost({ str: 16, dex: 8, con: 8, int: 8, wis: 8, cha: 8 })).toBeNull();
    expect(pointBuyCost({ str: 7, dex: 8, con: 8, int: 8, wis: 8, cha: 8 })).toBeNull();
  });
});

describe('experience (2024)', () => {
  it('has the thresholds of levels 1–20', () => {
    expect(XP_THRESHOLDS).toEqual([
      0, 300, 900, 2700, 6500, 14000, 23000, 34000, 48000, 64000, 85000, 100000, 120000, 140000, 165000, 195000, 225000,
      265000, 305000, 355000,
    ]);
  });
  it.each([
    [-5, 1],
    [0, 1],
    [299, 1],
    [300, 2],
    [899, 2],
    [900, 3],
    [6500, 5],
    [354999, 19],
    [355000, 20],
    [10_000_000, 20],
  ])('%i XP → level %i', (xp, level) => {
    expect(levelForExperience(xp)).toBe(level);
  });
  it('tells the XP for the next level', () => {
    expect(experienceForNextLevel(1)).toBe(300);
    expect(experienceForNextLevel(19)).toBe(355000);
    expect(experienceForNextLevel(20)).toBeNull();
  });
});

describe('hit points per level (fixed)', () => {
  it.each([
    [6, 4],
    [8, 5],
    [10, 6],
    [12, 7],
  ])('d%i → %i', (die, hp) => {
    expect(fixedHitPointsPerLevel(die)).toBe(hp);
  });
});

describe('carrying capacity', () => {
  it('multiplies by size', () => {
    expect(CARRYING_SIZE_MULTIPLIER).toEqual({ tiny: 0.5, small: 1, medium: 1, large: 2, huge: 4, gargantuan: 8 });
  });
  it('moves one size up for Powerful Build, and stops at gargantuan', () => {
    expect(nextSize('medium')).toBe('large');
    expect(nextSize('small')).toBe('medium');
    expect(nextSize('gargantuan')).toBe('gargantuan');
  });
});

describe('spell slot tables', () => {
  it('has the full-caster/multiclass table', () => {
    expect(spellSlotsForCasterLevel(1)).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(spellSlotsForCasterLevel(3)).toEqual([4, 2, 0, 0, 0, 0, 0, 0, 0]);
    expect(spellSlotsForCasterLevel(5)).toEqual([4, 3, 2, 0, 0, 0, 0, 0, 0]);
    expect(spellSlotsForCasterLevel(9)).toEqual([4, 3, 3, 3, 1, 0, 0, 0, 0]);
    expect(spellSlotsForCasterLevel(11)).toEqual([4, 3, 3, 3, 2, 1, 0, 0, 0]);
    expect(spellSlotsForCasterLevel(17)).toEqual([4, 3, 3, 3, 2, 1, 1, 1, 1]);
    expect(spellSlotsForCasterLevel(18)).toEqual([4, 3, 3, 3, 3, 1, 1, 1, 1]);
    expect(spellSlotsForCasterLevel(19)).toEqual([4, 3, 3, 3, 3, 2, 1, 1, 1]);
    expect(spellSlotsForCasterLevel(20)).toEqual([4, 3, 3, 3, 3, 2, 2, 1, 1]);
    expect(spellSlotsForCasterLevel(0)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(spellSlotsForCasterLevel(25)).toEqual(spellSlotsForCasterLevel(20));
  });
  it('never loses a slot as the caster level rises', () => {
    for (let level = 1; level <= 20; level++)
      for (let slot = 0; slot < 9; slot++)
        expect(SPELL_SLOTS_BY_CASTER_LEVEL[level]![slot]).toBeGreaterThanOrEqual(
          SPELL_SLOTS_BY_CASTER_LEVEL[level - 1]![slot]!,
        );
  });
  it('finds the highest slot level', () => {
    expect(highestSlotLevel(spellSlotsForCasterLevel(0))).toBe(0);
    expect(highestSlotLevel(spellSlotsForCasterLevel(4))).toBe(2);
    expect(highestSlotLevel(spellSlotsForCasterLevel(17))).toBe(9);
  });
  it('has the pact magic table', () => {
    expect(pactMagicForLevel(0)).toBeNull();
    expect(pactMagicForLevel(1)).toEqual({ slots: 1, slotLevel: 1 });
    expect(pactMagicForLevel(2)).toEqual({ slots: 2, slotLevel: 1 });
    expect(pactMagicForLevel(3)).toEqual({ slots: 2, slotLevel: 2 });
    expect(pactMagicForLevel(5)).toEqual({ slots: 2, slotLevel: 3 });
    expect(pactMagicForLevel(7)).toEqual({ slots: 2, slotLevel: 4 });
    expect(pactMagicForLevel(9)).toEqual({ slots: 2, slotLevel: 5 });
    expect(pactMagicForLevel(11)).toEqual({ slots: 3, slotLevel: 5 });
    expect(pactMagicForLevel(17)).toEqual({ slots: 4, slotLevel: 5 });
    expect(pactMagicForLevel(20)).toEqual({ slots: 4, slotLevel: 5 });
  });
});

// Checked record by record against the 5e-database class level tables when the SRD folder exists.
const srdDir = resolve(import.meta.dirname, '../../../../../shared/srd');
const levelsFile = resolve(srdDir, '5e-database/src/2024/en/5e-SRD-Levels.json');
const haveSrd = existsSync(levelsFile);

describe.skipIf(!haveSrd)(
  `spell slots match the SRD class tables (${haveSrd ? levelsFile : `skipped: ${levelsFile} not found`})`,
  () => {
    interface LevelRecord {
      class: { index: string };
      level: number;
      subclass?: unknown;
      prof_bonus?: number;
      spellcasting?: Record<string, number>;
    }
    const records = haveSrd
      ? (JSON.parse(readFileSync(levelsFile, 'utf8')) as LevelRecord[]).filter((record) => !record.subclass)
      : [];
    const slotsOf = (record: LevelRecord): number[] =>
      Array.from({ length: 9 }, (_, index) => record.spellcasting?.[`spell_slots_level_${index + 1}`] ?? 0);
    const of = (classId: string): LevelRecord[] =>
      records.filter((record) => record.class.index === classId).sort((a, b) => a.level - b.level);

    it('proficiency bonus by level', () => {
      for (const record of of('fighter'))
        expect(proficiencyBonus(record.level), `level ${record.level}`).toBe(record.prof_bonus);
    });
    it.each(['wizard', 'cleric', 'druid', 'bard', 'sorcerer'])('full caster %s', (classId) => {
      const levels = of(classId);
      expect(levels).toHaveLength(20);
      for (const record of levels)
        expect(spellSlotsForCasterLevel(record.level), `${classId} ${record.level}`).toEqual(slotsOf(record));
    });
    it.each(['paladin', 'ranger'])('half caster %s (2024: caster level rounds up from level 1)', (classId) => {
      const levels = of(classId);
      expect(levels).toHaveLength(20);
      for (const record of levels)
        expect(spellSlotsForCasterLevel(Math.ceil(record.level / 2)), `${classId} ${record.level}`).toEqual(
          slotsOf(record),
        );
    });
    it('pact magic (warlock)', () => {
      const levels = of('warlock');
      expect(levels).toHaveLength(20);
      for (const record of levels) {
        const slots = slotsOf(record);
        const slotLevel = slots.findIndex((count) => count > 0) + 1;
        expect({ slots: slots[slotLevel - 1], slotLevel }, `warlock ${record.level}`).toEqual(
          PACT_MAGIC_BY_LEVEL[record.level - 1],
        );
      }
    });
  },
);

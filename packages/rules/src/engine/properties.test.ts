import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ABILITIES, SKILL_IDS, type AbilityScores } from '../model/basics.js';
import type { CharacterBuild, ClassLevels, EquipmentEntry } from '../model/character-build.js';
import type { Armor } from '../model/content.js';
import { RULES_2014, RULES_2024 } from '../profiles/rule-profile.js';
import { POINT_BUY_BUDGET, POINT_BUY_COSTS, abilityModifier } from '../tables/abilities.js';
import { proficiencyBonus } from '../tables/proficiency.js';
import { CLASSES, EQUIPMENT, FEATS, FIXTURE_CATALOG, MAGIC_ITEMS, SPELLS } from './__fixtures__/catalog.js';
import { deriveCharacter } from './derive.js';
import type { Stat } from './stat.js';
import { validateCharacter } from './validate.js';

const RUNS = { numRuns: 300 };

/** Every `{ value, breakdown }` in a derived sheet, with its path. */
function stats(value: unknown, path = '', found: [string, Stat][] = []): [string, Stat][] {
  if (value && typeof value === 'object') {
    if ('value' in value && 'breakdown' in value && Array.isArray(value.breakdown)) found.push([path, value as Stat]);
    for (const [key, child] of Object.entries(value)) stats(child, `${path}.${key}`, found);
  }
  return found;
}

const abilityScores = (min: number, max: number) =>
  fc.record(
    Object.fromEntries(ABILITIES.map((ability) => [ability, fc.integer({ min, max })])) as Record<
      keyof AbilityScores,
      fc.Arbitrary<number>
    >,
  );

/** Distinct classes with levels that add up to 1–20. */
const classLevels: fc.Arbitrary<ClassLevels[]> = fc
  .uniqueArray(fc.constantFrom(...CLASSES.map((entry) => entry.id)), { minLength: 1, maxLength: 4 })
  .chain((ids) =>
    fc.tuple(...ids.map(() => fc.integer({ min: 1, max: 20 }))).map((levels) => {
      let remaining = 20;
      return ids.flatMap((classId, index) => {
        const level = Math.min(levels[index]!, remaining - (ids.length - index - 1));
        remaining -= level;
        if (level < 1) return [];
        const subclassId = classId === 'sorcerer' && level >= 3 ? 'draconic-sorcery' : undefined;
        return [{ classId, level, subclassId, hitPointRolls: [] }];
      });
    }),
  );

const itemIds = [...EQUIPMENT.map((entry) => entry.id), ...MAGIC_ITEMS.map((entry) => entry.id)];
const equipment: fc.Arbitrary<EquipmentEntry[]> = fc.array(
  fc.record({
    itemId: fc.constantFrom(...itemIds),
    quantity: fc.integer({ min: 1, max: 5 }),
    equipped: fc.boolean(),
    attuned: fc.boolean(),
    typeId: fc.option(fc.constantFrom('hill', 'storm'), { nil: undefined }),
    used: fc.option(fc.boolean(), { nil: undefined }),
  }),
  { maxLength: 12 },
);

/** Builds made only of catalog content, with sensible numbers (legal or not by the validator's rules). */
const validBuild: fc.Arbitrary<CharacterBuild> = fc.record({
  edition: fc.constantFrom('2024' as const, '2014' as const),
  speciesId: fc.constantFrom('human', 'dwarf', 'goliath', 'elf'),
  backgroundId: fc.constantFrom('soldier', 'sage', 'criminal'),
  classes: classLevels,
  abilityScores: fc.record({ method: fc.constant('manual' as const), base: abilityScores(3, 20) }),
  backgroundIncreases: fc.constantFrom({ str: 2, dex: 1 }, { con: 1, int: 1, wis: 1 }, undefined),
  skillProficiencies: fc.uniqueArray(fc.constantFrom(...SKILL_IDS), { maxLength: 6 }),
  skillExpertise: fc.uniqueArray(fc.constantFrom(...SKILL_IDS), { maxLength: 2 }),
  featureOptions: fc.constantFrom(
    undefined,
    { 'cleric-divine-order': 'protector' },
    { 'cleric-divine-order': 'thaumaturge' },
  ),
  feats: fc.array(
    fc.record({
      featId: fc.constantFrom(...FEATS.map((feat) => feat.id)),
      source: fc.constant({ kind: 'other' as const }),
      abilityIncreases: fc.option(fc.constantFrom({ str: 1 }, { con: 2 }, { dex: 1, wis: 1 }), { nil: undefined }),
    }),
    { maxLength: 5 },
  ),
  equipment,
  spells: fc.array(
    fc.record({
      classId: fc.constantFrom('wizard', 'cleric', 'warlock', 'paladin'),
      spellId: fc.constantFrom(...SPELLS.map((spell) => spell.id)),
      prepared: fc.boolean(),
    }),
    { maxLength: 8 },
  ),
});

describe('derived sheets (property-based)', () => {
  it('every breakdown adds up to its value', () => {
    fc.assert(
      fc.property(validBuild, (character) => {
        const found = stats(deriveCharacter(character, FIXTURE_CATALOG));
        expect(found.length).toBeGreaterThan(40);
        for (const [path, stat] of found) {
          const sum = stat.breakdown.reduce((total, part) => total + part.amount, 0);
          if (sum !== stat.value) throw new Error(`${path}: breakdown adds up to ${sum}, value is ${stat.value}`);
          for (const part of stat.breakdown)
            if (!Number.isFinite(part.amount) || part.source.length === 0) throw new Error(`${path}: bad part`);
        }
      }),
      RUNS,
    );
  });

  it('AC is at least 10 + DEX without armor, and at least the armor with its capped DEX in armor', () => {
    fc.assert(
      fc.property(validBuild, (character) => {
        const derived = deriveCharacter(character, FIXTURE_CATALOG);
        const dex = derived.abilities.dex.modifier.value;
        const armor = character.equipment
          .filter((entry) => entry.equipped)
          .map(
            (entry) =>
              FIXTURE_CATALOG.equipment.get(entry.itemId) ??
              FIXTURE_CATALOG.equipment.get(FIXTURE_CATALOG.magicItems.get(entry.itemId)?.baseItemId ?? ''),
          )
          .find((entry): entry is Armor => entry?.kind === 'armor' && entry.category !== 'shield');
        const floor = armor
          ? armor.armorClass + (armor.dexBonus ? Math.min(dex, armor.maxDexBonus ?? dex) : 0)
          : 10 + dex;
        expect(derived.armorClass.value).toBeGreaterThanOrEqual(floor);
      }),
      RUNS,
    );
  });

  it('proficiency bonus never drops as the level rises, from +2 to +6', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 19 }), (level) => {
        expect(proficiencyBonus(level + 1)).toBeGreaterThanOrEqual(proficiencyBonus(level));
        expect(proficiencyBonus(level)).toBeGreaterThanOrEqual(2);
        expect(proficiencyBonus(level + 1)).toBeLessThanOrEqual(6);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 19 }), (level) => {
        const at = (value: number) =>
          deriveCharacter({ ...baseBuild, classes: [{ classId: 'wizard', level: value }] }, FIXTURE_CATALOG)
            .proficiencyBonus.value;
        expect(at(level + 1)).toBeGreaterThanOrEqual(at(level));
      }),
    );
  });

  it('max HP is at least one per level and the modifiers follow the scores', () => {
    fc.assert(
      fc.property(validBuild, (character) => {
        const derived = deriveCharacter(character, FIXTURE_CATALOG);
        expect(derived.maxHitPoints.value).toBeGreaterThanOrEqual(derived.level.value);
        for (const ability of ABILITIES)
          expect(derived.abilities[ability].modifier.value).toBe(
            abilityModifier(derived.abilities[ability].score.value),
          );
      }),
      RUNS,
    );
  });
});

const baseBuild: CharacterBuild = {
  edition: '2024',
  classes: [{ classId: 'wizard', level: 1 }],
  abilityScores: { method: 'point-buy', base: { str: 8, dex: 8, con: 8, int: 8, wis: 8, cha: 8 } },
  skillProficiencies: [],
  skillExpertise: [],
  feats: [],
  equipment: [],
  spells: [],
};

describe('point-buy validation (property-based)', () => {
  it('accepts exactly the arrays within 8–15 that cost at most 27 points', () => {
    fc.assert(
      fc.property(abilityScores(6, 17), (base) => {
        const legal =
          ABILITIES.every((ability) => base[ability] >= 8 && base[ability] <= 15) &&
          ABILITIES.reduce((total, ability) => total + POINT_BUY_COSTS[base[ability]]!, 0) <= POINT_BUY_BUDGET;
        const report = validateCharacter(
          { ...baseBuild, abilityScores: { method: 'point-buy', base } },
          FIXTURE_CATALOG,
        );
        const rejected = report.issues.some(
          (issue) => issue.ruleId.startsWith('ability-scores.point-buy') && issue.severity === 'error',
        );
        expect(rejected).toBe(!legal);
      }),
      { numRuns: 1000 },
    );
  });
});

// Anything at all in the fields, shaped like a build only loosely.
const anything = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
);
const arbitraryBuild = fc.record({
  edition: fc.oneof(fc.constantFrom('2024', '2014'), fc.string()),
  speciesId: fc.oneof(fc.constantFrom('human', 'elf', 'goliath'), fc.string(), fc.constant(undefined)),
  lineageId: fc.oneof(
    fc.constantFrom('elven-lineage-drow', 'goliath-stone-giant'),
    fc.string(),
    fc.constant(undefined),
  ),
  size: fc.oneof(fc.constantFrom('small', 'medium', 'large', 'tiny'), fc.constant(undefined)),
  backgroundId: fc.oneof(fc.constantFrom('soldier', 'sage'), fc.string(), fc.constant(undefined)),
  classes: fc.array(
    fc.record({
      classId: fc.oneof(fc.constantFrom(...CLASSES.map((entry) => entry.id)), fc.string()),
      level: fc.oneof(fc.integer({ min: -5, max: 40 }), fc.double()),
      subclassId: fc.oneof(fc.constantFrom('draconic-sorcery', 'champion'), fc.string(), fc.constant(undefined)),
      hitPointRolls: fc.option(fc.array(fc.oneof(fc.integer({ min: -3, max: 30 }), fc.double())), { nil: undefined }),
    }),
    { maxLength: 5 },
  ),
  abilityScores: fc.record({
    method: fc.oneof(fc.constantFrom('standard-array', 'point-buy', 'rolled', 'manual'), fc.string()),
    base: fc.record(
      Object.fromEntries(ABILITIES.map((ability) => [ability, fc.oneof(fc.integer({ min: -10, max: 40 }), anything)])),
    ),
  }),
  backgroundIncreases: fc.option(
    fc.dictionary(fc.constantFrom(...ABILITIES), fc.oneof(fc.integer({ min: -3, max: 5 }), fc.double())),
    { nil: undefined },
  ),
  skillProficiencies: fc.array(fc.oneof(fc.constantFrom(...SKILL_IDS), fc.string())),
  skillExpertise: fc.array(fc.oneof(fc.constantFrom(...SKILL_IDS), fc.string())),
  featureOptions: fc.option(fc.dictionary(fc.string(), fc.string()), { nil: undefined }),
  feats: fc.array(
    fc.record({
      featId: fc.oneof(fc.constantFrom(...FEATS.map((feat) => feat.id)), fc.string()),
      source: fc.oneof(
        fc.constant({ kind: 'background' }),
        fc.record({ kind: fc.constant('class-level'), classId: fc.string(), level: fc.integer({ min: -2, max: 25 }) }),
        fc.constant({ kind: 'species' }),
        fc.constant({ kind: 'other' }),
      ),
      abilityIncreases: fc.option(fc.dictionary(fc.constantFrom(...ABILITIES), fc.integer({ min: -5, max: 10 })), {
        nil: undefined,
      }),
      skills: fc.option(fc.array(fc.string()), { nil: undefined }),
    }),
    { maxLength: 6 },
  ),
  equipment: fc.array(
    fc.record({
      itemId: fc.oneof(fc.constantFrom(...itemIds), fc.string()),
      quantity: fc.oneof(fc.integer({ min: -3, max: 1000 }), fc.double()),
      equipped: fc.boolean(),
      attuned: fc.boolean(),
      typeId: fc.option(fc.string(), { nil: undefined }),
      used: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { maxLength: 10 },
  ),
  spells: fc.array(
    fc.record({
      classId: fc.string(),
      spellId: fc.oneof(fc.constantFrom(...SPELLS.map((spell) => spell.id)), fc.string()),
      prepared: fc.boolean(),
    }),
  ),
}) as unknown as fc.Arbitrary<CharacterBuild>;

describe('robustness (property-based)', () => {
  it('derive and validate never throw, whatever the build holds, in either edition', () => {
    fc.assert(
      fc.property(arbitraryBuild, fc.constantFrom(RULES_2024, RULES_2014), (character, profile) => {
        const derived = deriveCharacter(character, FIXTURE_CATALOG, { profile });
        for (const [path, stat] of stats(derived)) {
          const sum = stat.breakdown.reduce((total, part) => total + part.amount, 0);
          if (!(sum === stat.value || (Number.isNaN(sum) && Number.isNaN(stat.value))))
            throw new Error(`${path}: ${sum} ≠ ${stat.value}`);
        }
        const report = validateCharacter(character, FIXTURE_CATALOG, {
          profile,
          campaign: {
            allowedSources: ['srd'],
            allowedClasses: ['wizard'],
            levelRange: { min: 1, max: 5 },
            bannedItems: ['longsword'],
          },
        });
        expect(report.valid).toBe(!report.issues.some((issue) => issue.severity === 'error'));
      }),
      { numRuns: 500 },
    );
  });
  it('an empty object does not throw either', () => {
    expect(() => deriveCharacter({} as CharacterBuild, FIXTURE_CATALOG)).not.toThrow();
    expect(validateCharacter({} as CharacterBuild, FIXTURE_CATALOG).valid).toBe(false);
  });
});

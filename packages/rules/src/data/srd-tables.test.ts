import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SKILL_IDS } from '../model/basics.js';
import type { ClassFeature } from '../model/content.js';
import type { Effect } from '../model/effects.js';
import { SRD_BACKGROUNDS } from './backgrounds.js';
import { SRD_CLASSES, SRD_SUBCLASSES } from './classes/index.js';
import { byClassLevel } from './classes/shared.js';
import { SRD_FEATS } from './feats.js';
import { SRD_SPECIES } from './species.js';

// Invariants of the class and origin tables that hold with or without ../shared/srd.

const LEVELS = Array.from({ length: 20 }, (_, index) => index + 1);
const duplicates = (values: readonly string[]): string[] =>
  values.filter((value, index) => values.indexOf(value) !== index);
const isNonDecreasing = (values: readonly number[]): boolean =>
  values.every((value, index) => index === 0 || value >= values[index - 1]!);

function allEffects(feature: ClassFeature): Effect[] {
  return [
    ...feature.effects,
    ...(feature.options ?? []).flatMap((option) => option.effects),
    ...(feature.scaling ?? []).flatMap((step) => step.effects),
  ];
}

describe('SRD class tables', () => {
  it('have unique class and subclass ids, one subclass per class, each pointing at its class', () => {
    expect(duplicates(SRD_CLASSES.map((entry) => entry.id))).toEqual([]);
    expect(duplicates(SRD_SUBCLASSES.map((entry) => entry.id))).toEqual([]);
    for (const subclass of SRD_SUBCLASSES) expect(SRD_CLASSES.map((entry) => entry.id)).toContain(subclass.classId);
    expect(SRD_SUBCLASSES.map((entry) => entry.classId).sort()).toEqual(SRD_CLASSES.map((entry) => entry.id).sort());
  });

  describe.each(SRD_CLASSES.map((entry) => [entry.id, entry] as const))('%s', (id, ours) => {
    const subclass = SRD_SUBCLASSES.find((entry) => entry.classId === id)!;

    it('places every feature at a level 1-20, each (id, level) once, subclass features from the subclass level', () => {
      for (const feature of [...ours.features, ...subclass.features]) {
        expect(LEVELS, feature.id).toContain(feature.level);
        for (const step of feature.scaling ?? []) expect(step.level, feature.id).toBeGreaterThan(feature.level);
      }
      expect(duplicates(ours.features.map((feature) => `${feature.id}@${feature.level}`))).toEqual([]);
      expect(duplicates(subclass.features.map((feature) => `${feature.id}@${feature.level}`))).toEqual([]);
      for (const feature of subclass.features) expect(feature.level).toBeGreaterThanOrEqual(ours.subclassLevel);
      // The class table marks each level where the subclass grants features.
      const subclassLevels = ours.features
        .filter((feature) => feature.id === `${id}-subclass`)
        .map((feature) => feature.level);
      expect([...new Set(subclass.features.map((feature) => feature.level))].sort((a, b) => a - b)).toEqual(
        subclassLevels,
      );
    });

    it('lists as feat levels exactly the levels of its feat-granting features, with the epic boon at 19', () => {
      const granting = ours.features.filter((feature) => feature.grantsFeatChoice).map((feature) => feature.level);
      expect([...ours.featLevels]).toEqual(granting.sort((a, b) => a - b));
      expect(ours.featLevels).toContain(19);
      expect(ours.features.find((feature) => feature.grantsEpicBoon)?.level).toBe(19);
      expect(ours.featLevels.filter((level) => level < 19).length).toBeGreaterThanOrEqual(4);
    });

    it('has per-level tables of 20 entries that never go down', () => {
      for (const resource of ours.resources) {
        expect(resource.byLevel, resource.id).toHaveLength(20);
        expect(isNonDecreasing(resource.byLevel), resource.id).toBe(true);
      }
      expect(duplicates(ours.resources.map((resource) => resource.id))).toEqual([]);
      for (const column of ours.columns ?? []) {
        expect(column.byLevel, column.id).toHaveLength(20);
        expect(isNonDecreasing(column.byLevel), column.id).toBe(true);
      }
      if (ours.spellcasting) {
        expect(ours.spellcasting.cantripsKnown).toHaveLength(20);
        expect(ours.spellcasting.preparedSpells).toHaveLength(20);
        expect(isNonDecreasing(ours.spellcasting.cantripsKnown)).toBe(true);
        expect(isNonDecreasing(ours.spellcasting.preparedSpells)).toBe(true);
        expect(ours.spellcasting.spellList).toBe(id);
      }
    });

    it('has skill choices from the 18 skills and a satisfiable multiclass prerequisite', () => {
      expect(ours.skillChoices.count).toBeLessThanOrEqual(ours.skillChoices.from.length);
      for (const skill of ours.skillChoices.from) expect(SKILL_IDS).toContain(skill);
      expect(ours.multiclass.allOf.length + (ours.multiclass.anyOf?.length ?? 0)).toBeGreaterThan(0);
      // A multiclass never gains more than the class itself grants at level 1.
      for (const armor of ours.multiclass.armor) expect(ours.armor).toContain(armor);
      for (const weapon of ours.multiclass.weapons) expect(ours.weapons).toContain(weapon);
      for (const item of ours.multiclass.items) expect(ours.items).toContain(item);
    });

    it('refers only to feat categories that have feats', () => {
      for (const feature of [...ours.features, ...subclass.features]) {
        if (feature.grantsFeatCategory) {
          expect(SRD_FEATS.some((feat) => feat.category === feature.grantsFeatCategory)).toBe(true);
        }
      }
    });

    it('keeps a class hit-point bonus tied to its own class', () => {
      for (const feature of [...ours.features, ...subclass.features]) {
        for (const effect of allEffects(feature)) {
          if (effect.kind === 'hit-points-per-level' && effect.perClassLevel) expect(effect.perClassLevel).toBe(id);
        }
      }
    });
  });

  it('model the effects the sheet needs from the headline features', () => {
    const feature = (classId: string, featureId: string): ClassFeature =>
      [
        ...SRD_CLASSES.find((entry) => entry.id === classId)!.features,
        ...SRD_SUBCLASSES.flatMap((entry) => entry.features),
      ].find((entry) => entry.id === featureId)!;
    expect(feature('barbarian', 'barbarian-unarmored-defense').effects).toContainEqual(
      expect.objectContaining({ kind: 'armor-class-formula', abilities: ['dex', 'con'], allowsShield: true }),
    );
    expect(feature('monk', 'monk-unarmored-defense').effects).toContainEqual(
      expect.objectContaining({ kind: 'armor-class-formula', abilities: ['dex', 'wis'], allowsShield: false }),
    );
    expect(feature('sorcerer', 'draconic-sorcery-draconic-resilience').effects).toEqual(
      expect.arrayContaining([
        { kind: 'hit-points-per-level', amount: 1, perClassLevel: 'sorcerer' },
        expect.objectContaining({ kind: 'armor-class-formula', abilities: ['dex', 'cha'] }),
      ]),
    );
    expect(feature('barbarian', 'barbarian-fast-movement').effects).toEqual([
      { kind: 'speed-bonus', amount: 10, requires: 'no-heavy-armor' },
    ]);
    const movement = feature('monk', 'monk-unarmored-movement');
    expect(
      [movement.effects, ...(movement.scaling ?? []).map((step) => step.effects)]
        .flat()
        .map((effect) => (effect.kind === 'speed-bonus' ? effect.amount : 0)),
    ).toEqual([10, 15, 20, 25, 30]);
    expect(feature('bard', 'bard-jack-of-all-trades').effects).toEqual([{ kind: 'half-proficiency-on-checks' }]);
    expect(feature('fighter', 'fighter-fighting-style').grantsFeatCategory).toBe('fighting-style');
    expect(feature('barbarian', 'barbarian-primal-champion').effects).toContainEqual({
      kind: 'ability-score-increase',
      ability: 'str',
      amount: 4,
      max: 25,
    });
    expect(feature('paladin', 'paladin-aura-of-protection').effects).toEqual([
      { kind: 'saving-throw-bonus', amount: 0, abilityModifier: 'cha', minimum: 1 },
    ]);
  });
});

describe('SRD species, backgrounds and feats', () => {
  it('have unique ids across species, lineages, backgrounds and feats', () => {
    expect(duplicates(SRD_SPECIES.map((entry) => entry.id))).toEqual([]);
    expect(duplicates(SRD_SPECIES.flatMap((entry) => entry.lineages.map((lineage) => lineage.id)))).toEqual([]);
    expect(duplicates(SRD_BACKGROUNDS.map((entry) => entry.id))).toEqual([]);
    expect(duplicates(SRD_FEATS.map((entry) => entry.id))).toEqual([]);
  });

  it('point every lineage at the species that holds it, and require one where there are any', () => {
    for (const species of SRD_SPECIES) {
      for (const lineage of species.lineages) expect(lineage.speciesId).toBe(species.id);
      expect(species.lineageRequired).toBe(species.lineages.length > 0);
      expect(species.sizes.length).toBeGreaterThan(0);
      const traitIds = species.traits.map((entry) => entry.id);
      expect(duplicates(traitIds)).toEqual([]);
      for (const lineage of species.lineages)
        expect(duplicates([...traitIds, ...lineage.traits.map((entry) => entry.id)])).toEqual([]);
    }
  });

  it('give every trait a character level of 1-20', () => {
    for (const trait of SRD_SPECIES.flatMap((entry) => [
      ...entry.traits,
      ...entry.lineages.flatMap((lineage) => lineage.traits),
    ])) {
      expect(LEVELS).toContain(trait.level ?? 1);
    }
  });

  it('grant each background an origin feat that exists, and three distinct abilities', () => {
    for (const background of SRD_BACKGROUNDS) {
      const feat = SRD_FEATS.find((entry) => entry.id === background.featId);
      expect(feat?.category, background.id).toBe('origin');
      expect(new Set(background.abilityScores).size).toBe(3);
      expect(background.skills).toHaveLength(2);
      expect(background.goldAlternative).toBe(50);
    }
  });

  it('keep feat prerequisites consistent with their categories', () => {
    for (const feat of SRD_FEATS) {
      if (feat.category === 'epic-boon') {
        expect(feat.prerequisites.minimumLevel).toBe(19);
        expect(feat.abilityIncrease?.max).toBe(30);
      }
      if (feat.category === 'general') expect(feat.prerequisites.minimumLevel).toBe(4);
      if (feat.category === 'fighting-style') expect(feat.prerequisites.feature).toBe('fighting-style');
      if (feat.category === 'origin') expect(feat.prerequisites).toEqual({});
    }
    expect(SRD_FEATS.find((feat) => feat.id === 'alert')?.effects).toEqual([
      { kind: 'initiative-bonus', amount: 'proficiency-bonus' },
    ]);
    expect(SRD_FEATS.find((feat) => feat.id === 'defense')?.effects).toEqual([
      { kind: 'armor-class-bonus', amount: 1, requires: 'armor' },
    ]);
    expect(SRD_FEATS.find((feat) => feat.id === 'ability-score-improvement')).toMatchObject({
      repeatable: true,
      abilityIncrease: { amount: 2, max: 20 },
    });
  });
});

describe('byClassLevel', () => {
  it('builds a 20-level column that holds each value from its level until the next step', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 1, max: 20 }).map(String), fc.integer({ min: 0, max: 50 })),
        (raw) => {
          const steps: Record<number, number> = Object.fromEntries(
            Object.entries(raw).map(([level, value]) => [Number(level), value]),
          );
          const column = byClassLevel(steps);
          expect(column).toHaveLength(20);
          for (const level of LEVELS) {
            const lastStep = Math.max(
              0,
              ...Object.keys(steps)
                .map(Number)
                .filter((step) => step <= level),
            );
            expect(column[level - 1]).toBe(lastStep === 0 ? 0 : steps[lastStep]);
          }
        },
      ),
    );
  });
});

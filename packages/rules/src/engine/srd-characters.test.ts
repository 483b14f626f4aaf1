import { describe, expect, it } from 'vitest';

import { SRD_CATALOG } from '../data/index.js';
import type { CharacterBuild, EquipmentEntry } from '../model/character-build.js';
import { deriveCharacter } from './derive.js';
import { validateCharacter, validateWithDerived } from './validate.js';

// Real characters from the SRD 5.2 tables (packages/rules/src/data): the engine and the data agree.

const equipped = (itemId: string, extra: Partial<EquipmentEntry> = {}): EquipmentEntry => ({
  itemId,
  quantity: 1,
  equipped: true,
  attuned: false,
  ...extra,
});

function character(overrides: Partial<CharacterBuild>): CharacterBuild {
  return {
    edition: '2024',
    speciesId: 'human',
    backgroundId: 'soldier',
    classes: [{ classId: 'fighter', level: 1 }],
    abilityScores: { method: 'standard-array', base: { str: 15, dex: 14, con: 13, int: 12, wis: 10, cha: 8 } },
    backgroundIncreases: { str: 2, con: 1 },
    skillProficiencies: [],
    skillExpertise: [],
    feats: [{ featId: 'savage-attacker', source: { kind: 'background' } }],
    equipment: [],
    spells: [],
    ...overrides,
  };
}

describe('SRD characters', () => {
  it('the catalog is filled', () => {
    expect(SRD_CATALOG.classes.size).toBe(12);
    expect(SRD_CATALOG.species.size).toBe(9);
  });

  it('a level-1 Human Wizard (Sage) built by the rules is valid with no issues at all', () => {
    const { report, derived } = validateWithDerived(
      character({
        backgroundId: 'sage',
        classes: [{ classId: 'wizard', level: 1 }],
        abilityScores: { method: 'standard-array', base: { str: 10, dex: 13, con: 14, int: 15, wis: 12, cha: 8 } },
        backgroundIncreases: { int: 2, con: 1 },
        skillProficiencies: ['investigation', 'insight', 'perception'],
        feats: [
          { featId: 'magic-initiate', source: { kind: 'background' } },
          { featId: 'skilled', source: { kind: 'species' }, skills: ['stealth', 'athletics', 'survival'] },
        ],
        equipment: [equipped('quarterstaff'), { itemId: 'dagger', quantity: 2, equipped: false, attuned: false }],
        spells: ['fire-bolt', 'light', 'mage-hand', 'magic-missile', 'shield', 'sleep', 'detect-magic'].map(
          (spellId) => ({
            classId: 'wizard',
            spellId,
            prepared: true,
          }),
        ),
      }),
      SRD_CATALOG,
    );
    expect(report).toEqual({ valid: true, issues: [] });
    expect(derived.maxHitPoints.value).toBe(8);
    expect(derived.armorClass.value).toBe(11);
    expect(derived.spellcasting[0]).toMatchObject({
      classId: 'wizard',
      cantripsKnown: 3,
      preparedSpells: 4,
      maxSpellLevel: 1,
    });
    expect(derived.spellcasting[0]!.saveDC.value).toBe(13);
    expect(derived.spellSlots).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(derived.skills.find((skill) => skill.skill === 'stealth')!.proficiency).toBe('proficient');
  });

  it('Human Fighter 5 (Champion) in chain mail with a shield', () => {
    const derived = deriveCharacter(
      character({
        classes: [{ classId: 'fighter', level: 5, subclassId: 'champion' }],
        equipment: [equipped('chain-mail'), equipped('shield'), equipped('longsword')],
      }),
      SRD_CATALOG,
    );
    expect(derived.armorClass.value).toBe(18);
    expect(derived.maxHitPoints.value).toBe(10 + 4 * 6 + 5 * 2);
    expect(derived.speed.value).toBe(30);
    expect(derived.proficiencyBonus.value).toBe(3);
    expect(derived.savingThrows.filter((save) => save.proficient).map((save) => save.ability)).toEqual(['str', 'con']);
    expect(derived.carrying.carriedWeight.value).toBe(55 + 6 + 3);
  });

  it('Dwarf Barbarian 3 without armor: Unarmored Defense and Dwarven Toughness', () => {
    const derived = deriveCharacter(
      character({
        speciesId: 'dwarf',
        classes: [{ classId: 'barbarian', level: 3 }],
        abilityScores: { method: 'manual', base: { str: 16, dex: 14, con: 16, int: 8, wis: 10, cha: 8 } },
        backgroundIncreases: undefined,
      }),
      SRD_CATALOG,
    );
    expect(derived.armorClass.value).toBe(15);
    expect(derived.armorClassFormula).toBe('Unarmored Defense');
    expect(derived.maxHitPoints.value).toBe(12 + 2 * 7 + 3 * 3 + 3);
    expect(derived.darkvision.value).toBe(120);
    expect(derived.resistances).toContain('poison');
    expect(derived.resources.find((resource) => resource.id === 'rage')?.max.value).toBe(3);
  });

  it('Monk 5 with Bracers of Defense: AC 19 = 10 + 2 DEX + 5 WIS + 2', () => {
    const derived = deriveCharacter(
      character({
        classes: [{ classId: 'monk', level: 5 }],
        abilityScores: { method: 'manual', base: { str: 10, dex: 14, con: 12, int: 10, wis: 20, cha: 8 } },
        backgroundIncreases: undefined,
        equipment: [equipped('bracers-of-defense', { attuned: true })],
      }),
      SRD_CATALOG,
    );
    expect(derived.armorClass.breakdown.map((part) => part.amount)).toEqual([10, 2, 5, 2]);
    expect(derived.armorClass.value).toBe(19);
    expect(derived.speed.value).toBe(40);
  });

  it('Armor +1 recorded as chain mail, and Shield +1', () => {
    const derived = deriveCharacter(
      character({ equipment: [equipped('armor-1', { baseItemId: 'chain-mail' }), equipped('shield-1')] }),
      SRD_CATALOG,
    );
    expect(derived.armorClass.breakdown).toEqual([
      { source: 'Chain Mail', amount: 16 },
      { source: 'Shield', amount: 2 },
      { source: 'Armor +1', amount: 1 },
      { source: 'Shield +1', amount: 1 },
    ]);
  });

  it('Draconic Sorcerer 3: 10 + DEX + CHA in 2024, 13 + DEX in 2014, +1 HP per sorcerer level', () => {
    const sorcerer = character({
      classes: [{ classId: 'sorcerer', level: 3, subclassId: 'draconic-sorcery' }],
      abilityScores: { method: 'manual', base: { str: 8, dex: 14, con: 14, int: 10, wis: 10, cha: 18 } },
      backgroundIncreases: undefined,
    });
    const modern = deriveCharacter(sorcerer, SRD_CATALOG);
    expect(modern.armorClass.value).toBe(16);
    expect(modern.maxHitPoints.value).toBe(6 + 2 * 4 + 3 * 2 + 3);
    expect(deriveCharacter({ ...sorcerer, edition: '2014' }, SRD_CATALOG).armorClass.value).toBe(15);
  });

  it('Bard 2 with Alert: +PB in 2024; +5 and Jack of All Trades in 2014', () => {
    const bard = character({
      backgroundId: 'criminal',
      classes: [{ classId: 'bard', level: 2 }],
      abilityScores: { method: 'manual', base: { str: 8, dex: 14, con: 12, int: 10, wis: 10, cha: 16 } },
      backgroundIncreases: undefined,
      feats: [{ featId: 'alert', source: { kind: 'background' } }],
    });
    expect(deriveCharacter(bard, SRD_CATALOG).initiative.value).toBe(2 + 2);
    expect(deriveCharacter({ ...bard, edition: '2014' }, SRD_CATALOG).initiative.value).toBe(2 + 5 + 1);
    const arcana = deriveCharacter(bard, SRD_CATALOG).skills.find((skill) => skill.skill === 'arcana')!;
    expect(arcana.proficiency).toBe('half');
  });

  it('multiclass slots with the SRD classes', () => {
    const slots = (classes: CharacterBuild['classes'], edition: CharacterBuild['edition'] = '2024') =>
      deriveCharacter(
        character({
          edition,
          classes,
          abilityScores: { method: 'manual', base: { str: 13, dex: 13, con: 12, int: 13, wis: 13, cha: 13 } },
          backgroundIncreases: undefined,
        }),
        SRD_CATALOG,
      );
    expect(
      slots([
        { classId: 'paladin', level: 2 },
        { classId: 'sorcerer', level: 3 },
      ]).spellSlots,
    ).toEqual([4, 3, 0, 0, 0, 0, 0, 0, 0]);
    expect(
      slots(
        [
          { classId: 'paladin', level: 3 },
          { classId: 'sorcerer', level: 3 },
        ],
        '2014',
      ).spellSlots,
    ).toEqual([4, 3, 0, 0, 0, 0, 0, 0, 0]);
    expect(
      slots([
        { classId: 'wizard', level: 5 },
        { classId: 'cleric', level: 5 },
      ]).spellSlots,
    ).toEqual([4, 3, 3, 3, 2, 0, 0, 0, 0]);
    expect(
      slots([
        { classId: 'fighter', level: 3 },
        { classId: 'ranger', level: 1 },
      ]).spellSlots,
    ).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0]);
    const pact = slots([
      { classId: 'warlock', level: 5 },
      { classId: 'sorcerer', level: 3 },
    ]);
    expect(pact.spellSlots).toEqual([4, 2, 0, 0, 0, 0, 0, 0, 0]);
    expect(pact.pactMagic).toEqual({ slots: 2, slotLevel: 3 });
  });

  it('Goliath carrying capacity counts one size up', () => {
    const derived = deriveCharacter(
      character({
        speciesId: 'goliath',
        lineageId: 'giant-ancestry-stones-endurance',
        abilityScores: { method: 'manual', base: { str: 16, dex: 10, con: 10, int: 10, wis: 10, cha: 10 } },
        backgroundIncreases: undefined,
      }),
      SRD_CATALOG,
    );
    expect(derived.carrying.capacity.value).toBe(16 * 15 * 2);
    expect(derived.speed.value).toBe(35);
  });

  it('validates SRD rules: an epic boon below 19 and a spell off the list', () => {
    const report = validateCharacter(
      character({
        classes: [{ classId: 'wizard', level: 4 }],
        abilityScores: { method: 'manual', base: { str: 10, dex: 14, con: 14, int: 16, wis: 12, cha: 8 } },
        backgroundIncreases: undefined,
        feats: [
          { featId: 'savage-attacker', source: { kind: 'background' } },
          { featId: 'boon-of-fate', source: { kind: 'class-level', classId: 'wizard', level: 4 } },
        ],
        spells: [{ classId: 'wizard', spellId: 'cure-wounds', prepared: true }],
      }),
      SRD_CATALOG,
    );
    expect(report.issues.map((issue) => issue.ruleId)).toEqual(
      expect.arrayContaining(['feats.epic-boon.level', 'spells.class-list']),
    );
  });
});

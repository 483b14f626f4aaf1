import { describe, expect, it } from 'vitest';

import type { EquipmentEntry } from '../model/character-build.js';
import { RULES_2014 } from '../profiles/rule-profile.js';
import { FIXTURE_CATALOG, build, scores } from './__fixtures__/catalog.js';
import { deriveCharacter } from './derive.js';

const worn = (itemId: string, extra: Partial<EquipmentEntry> = {}): EquipmentEntry => ({
  itemId,
  quantity: 1,
  equipped: true,
  attuned: false,
  ...extra,
});
const attuned = (itemId: string): EquipmentEntry => worn(itemId, { attuned: true });
const carried = (itemId: string, quantity = 1): EquipmentEntry => ({
  itemId,
  quantity,
  equipped: false,
  attuned: false,
});

describe('armor class', () => {
  const barbarian = (equipment: EquipmentEntry[]) =>
    deriveCharacter(
      build({
        classes: [{ classId: 'barbarian', level: 3 }],
        abilityScores: scores({ str: 16, dex: 14, con: 16 }),
        equipment,
      }),
      FIXTURE_CATALOG,
    );

  it('Barbarian without armor: Unarmored Defense 10 + DEX + CON', () => {
    const derived = barbarian([]);
    expect(derived.armorClass).toEqual({
      value: 15,
      breakdown: [
        { source: 'Base (Unarmored Defense)', amount: 10 },
        { source: 'DEX', amount: 2 },
        { source: 'CON', amount: 3 },
      ],
    });
    expect(derived.armorClassFormula).toBe('Unarmored Defense');
  });
  it('Barbarian with a shield keeps Unarmored Defense (+2)', () => {
    expect(barbarian([worn('shield')]).armorClass.value).toBe(17);
  });
  it('Barbarian in armor uses the armor (medium caps DEX at 2)', () => {
    const derived = barbarian([worn('breastplate'), worn('shield')]);
    expect(derived.armorClass.value).toBe(18);
    expect(derived.armorClassFormula).toBe('Breastplate');
  });
  it('Barbarian in armor that is worse still wears it: formulas without armor do not apply', () => {
    expect(barbarian([worn('leather-armor')]).armorClass.value).toBe(13);
  });
  it('carried (not equipped) armor does not count', () => {
    expect(barbarian([carried('chain-mail')]).armorClass.value).toBe(15);
  });

  const monk = (equipment: EquipmentEntry[]) =>
    deriveCharacter(
      build({ classes: [{ classId: 'monk', level: 5 }], abilityScores: scores({ dex: 14, wis: 20 }), equipment }),
      FIXTURE_CATALOG,
    );
  it('Monk: AC 19 = 10 base + 2 DEX + 5 WIS + 2 Bracers of Defense', () => {
    expect(monk([attuned('bracers-of-defense')]).armorClass).toEqual({
      value: 19,
      breakdown: [
        { source: 'Base (Unarmored Defense)', amount: 10 },
        { source: 'DEX', amount: 2 },
        { source: 'WIS', amount: 5 },
        { source: 'Bracers of Defense', amount: 2 },
      ],
    });
  });
  it('Monk with a shield loses Unarmored Defense and the Bracers', () => {
    const derived = monk([attuned('bracers-of-defense'), worn('shield')]);
    expect(derived.armorClass.value).toBe(14);
    expect(derived.armorClassFormula).toBe('Unarmored');
  });
  it('Bracers of Defense need attunement, and do nothing in armor', () => {
    expect(monk([worn('bracers-of-defense')]).armorClass.value).toBe(17);
    expect(monk([attuned('bracers-of-defense'), worn('leather-armor')]).armorClass.value).toBe(13);
  });

  const wizard = (equipment: EquipmentEntry[]) =>
    deriveCharacter(
      build({ classes: [{ classId: 'wizard', level: 1 }], abilityScores: scores({ dex: 16 }), equipment }),
      FIXTURE_CATALOG,
    );
  it('a Mage-Armor-like formula (13 + DEX) beats natural AC, and allows a shield', () => {
    expect(wizard([]).armorClass.value).toBe(13);
    expect(wizard([attuned('robe-of-warding')]).armorClass.value).toBe(16);
    expect(wizard([attuned('robe-of-warding'), worn('shield')]).armorClass.value).toBe(18);
  });
  it('the Mage-Armor-like formula does not apply under armor', () => {
    const derived = wizard([attuned('robe-of-warding'), worn('leather-armor')]);
    expect(derived.armorClass.value).toBe(14);
    expect(derived.armorClassFormula).toBe('Leather Armor');
  });
  it('heavy armor ignores DEX; magic armor and shields add their bonus; Defense needs armor', () => {
    const fighter = deriveCharacter(
      build({
        abilityScores: scores({ str: 16, dex: 16 }),
        feats: [{ featId: 'defense', source: { kind: 'class-level', classId: 'fighter', level: 1 } }],
        equipment: [worn('armor-1-chain-mail'), worn('shield-1'), attuned('cloak-of-protection')],
      }),
      FIXTURE_CATALOG,
    );
    expect(fighter.armorClass.breakdown).toEqual([
      { source: 'Chain Mail', amount: 16 },
      { source: 'Shield', amount: 2 },
      { source: 'Defense', amount: 1 },
      { source: '+1 Chain Mail', amount: 1 },
      { source: '+1 Shield', amount: 1 },
      { source: 'Cloak of Protection', amount: 1 },
    ]);
    expect(fighter.armorClass.value).toBe(22);
  });
  it('2014 Draconic Resilience is 13 + DEX; 2024 is 10 + DEX + CHA', () => {
    const sorcerer = build({
      classes: [{ classId: 'sorcerer', level: 3, subclassId: 'draconic-sorcery' }],
      abilityScores: scores({ dex: 14, cha: 18 }),
    });
    expect(deriveCharacter(sorcerer, FIXTURE_CATALOG).armorClass.value).toBe(16);
    expect(deriveCharacter({ ...sorcerer, edition: '2014' }, FIXTURE_CATALOG).armorClass.value).toBe(15);
  });
});

describe('hit points', () => {
  it('fixed: level 1 takes the die maximum, later levels die/2 + 1, CON each level', () => {
    const derived = deriveCharacter(
      build({ classes: [{ classId: 'fighter', level: 5 }], abilityScores: scores({ con: 14 }) }),
      FIXTURE_CATALOG,
    );
    expect(derived.maxHitPoints).toEqual({
      value: 44,
      breakdown: [
        { source: 'Fighter level 1 (d10 maximum)', amount: 10 },
        { source: 'Fighter: 4 levels at 6 (d10 fixed)', amount: 24 },
        { source: 'CON +2 × 5 levels', amount: 10 },
      ],
    });
  });
  it('rolled: recorded rolls replace the fixed value; missing rolls fall back to it', () => {
    const derived = deriveCharacter(
      build({
        classes: [{ classId: 'fighter', level: 5, hitPointRolls: [10, 1, 5] }],
        abilityScores: scores({ con: 14 }),
      }),
      FIXTURE_CATALOG,
    );
    expect(derived.maxHitPoints.value).toBe(10 + 10 + 1 + 5 + 6 + 10);
  });
  it('CON 8 takes 1 per level; a very low CON still leaves at least 1 HP per level', () => {
    const wizard = (con: number) =>
      deriveCharacter(
        build({ classes: [{ classId: 'wizard', level: 3 }], abilityScores: scores({ con }) }),
        FIXTURE_CATALOG,
      ).maxHitPoints;
    expect(wizard(8).value).toBe(6 + 4 + 4 - 3);
    const low = wizard(3);
    expect(low.value).toBe(2 + 1 + 1);
    expect(low.breakdown.at(-1)!.source).toBe('CON −4 × 3 levels (at least 1 HP per level)');
  });
  it('multiclass: only the starting class takes the maximum at level 1', () => {
    const derived = deriveCharacter(
      build({
        classes: [
          { classId: 'wizard', level: 1 },
          { classId: 'barbarian', level: 2 },
        ],
        abilityScores: scores({ con: 10 }),
      }),
      FIXTURE_CATALOG,
    );
    expect(derived.maxHitPoints.value).toBe(6 + 7 + 7);
    expect(derived.hitDice).toEqual([
      { die: 12, count: 2 },
      { die: 6, count: 1 },
    ]);
  });
  it('Tough adds 2 per character level; Dwarven Toughness 1', () => {
    const derived = deriveCharacter(
      build({
        speciesId: 'dwarf',
        classes: [{ classId: 'fighter', level: 4 }],
        abilityScores: scores({ con: 10 }),
        feats: [{ featId: 'tough', source: { kind: 'background' } }],
      }),
      FIXTURE_CATALOG,
    );
    expect(derived.maxHitPoints.value).toBe(10 + 18 + 8 + 4);
    expect(derived.maxHitPoints.breakdown.slice(-2)).toEqual([
      { source: 'Dwarven Toughness (1 × 4 levels)', amount: 4 },
      { source: 'Tough (2 × 4 levels)', amount: 8 },
    ]);
  });
  it('Draconic Resilience counts sorcerer levels only', () => {
    const derived = deriveCharacter(
      build({
        classes: [
          { classId: 'fighter', level: 2 },
          { classId: 'sorcerer', level: 3, subclassId: 'draconic-sorcery' },
        ],
        abilityScores: scores({ con: 10 }),
      }),
      FIXTURE_CATALOG,
    );
    expect(derived.maxHitPoints.breakdown.at(-1)).toEqual({ source: 'Draconic Resilience (1 × 3 levels)', amount: 3 });
  });
});

describe('ability scores', () => {
  it('adds background increases and feat choices, with a breakdown', () => {
    const derived = deriveCharacter(
      build({
        classes: [{ classId: 'fighter', level: 4 }],
        feats: [
          { featId: 'savage-attacker', source: { kind: 'background' } },
          {
            featId: 'ability-score-improvement',
            source: { kind: 'class-level', classId: 'fighter', level: 4 },
            abilityIncreases: { str: 1, dex: 1 },
          },
        ],
      }),
      FIXTURE_CATALOG,
    );
    expect(derived.abilities.str.score).toEqual({
      value: 18,
      breakdown: [
        { source: 'Base score', amount: 15 },
        { source: 'Background (Soldier)', amount: 2 },
        { source: 'Ability Score Improvement', amount: 1 },
      ],
    });
    expect(derived.abilities.str.modifier.value).toBe(4);
    expect(derived.abilities.dex.score.value).toBe(15);
  });
  it('caps increases at 20 and says so', () => {
    const derived = deriveCharacter(
      build({
        abilityScores: scores({ str: 19 }),
        backgroundIncreases: { str: 2, con: 1 },
      }),
      FIXTURE_CATALOG,
    );
    expect(derived.abilities.str.score.value).toBe(20);
    expect(derived.abilities.str.score.breakdown[1]).toEqual({
      source: 'Background (Soldier) (+2, capped at 20)',
      amount: 1,
    });
  });
  it('epic boons raise a score to 30 in 2024; the 2014 profile caps at 20', () => {
    const boon = build({
      classes: [{ classId: 'fighter', level: 20 }],
      abilityScores: scores({ str: 20 }),
      backgroundIncreases: undefined,
      feats: [
        {
          featId: 'boon-of-fortitude',
          source: { kind: 'class-level', classId: 'fighter', level: 19 },
          abilityIncreases: { str: 1 },
        },
      ],
    });
    expect(deriveCharacter(boon, FIXTURE_CATALOG).abilities.str.score.value).toBe(21);
    expect(deriveCharacter(boon, FIXTURE_CATALOG, { profile: RULES_2014 }).abilities.str.score.value).toBe(20);
  });
  it('an item that sets a score wins only when higher; the chosen type decides the value', () => {
    const belt = (type: string, str: number) =>
      deriveCharacter(
        build({ abilityScores: scores({ str }), equipment: [{ ...attuned('belt-of-giant-strength'), typeId: type }] }),
        FIXTURE_CATALOG,
      ).abilities.str.score;
    expect(belt('hill', 16)).toEqual({
      value: 21,
      breakdown: [
        { source: 'Base score', amount: 16 },
        { source: 'Belt of Giant Strength (Hill)', amount: 5 },
      ],
    });
    expect(belt('hill', 22).value).toBe(22);
    expect(belt('storm', 16).value).toBe(29);
  });
  it('a used Manual raises CON and its cap by 2', () => {
    const derived = deriveCharacter(
      build({ abilityScores: scores({ con: 20 }), equipment: [{ ...carried('manual-of-bodily-health'), used: true }] }),
      FIXTURE_CATALOG,
    );
    expect(derived.abilities.con.score.value).toBe(22);
    const unread = deriveCharacter(
      build({ abilityScores: scores({ con: 20 }), equipment: [worn('manual-of-bodily-health')] }),
      FIXTURE_CATALOG,
    );
    expect(unread.abilities.con.score.value).toBe(20);
  });
});

describe('proficiency, saves, skills, passives, initiative', () => {
  it('level and proficiency bonus come from all classes', () => {
    const derived = deriveCharacter(
      build({
        classes: [
          { classId: 'fighter', level: 3 },
          { classId: 'rogue', level: 2 },
        ],
      }),
      FIXTURE_CATALOG,
    );
    expect(derived.level).toEqual({
      value: 5,
      breakdown: [
        { source: 'Fighter 3', amount: 3 },
        { source: 'Rogue 2', amount: 2 },
      ],
    });
    expect(derived.proficiencyBonus.value).toBe(3);
  });
  it('saving throws: the starting class only, plus effects and bonuses', () => {
    const derived = deriveCharacter(
      build({
        classes: [
          { classId: 'fighter', level: 3 },
          { classId: 'rogue', level: 2 },
        ],
        abilityScores: scores({ str: 16, dex: 14 }),
        equipment: [attuned('cloak-of-protection')],
      }),
      FIXTURE_CATALOG,
    );
    const save = (ability: string) => derived.savingThrows.find((entry) => entry.ability === ability)!;
    expect(save('str')).toEqual({
      ability: 'str',
      proficient: true,
      bonus: {
        value: 7,
        breakdown: [
          { source: 'STR', amount: 3 },
          { source: 'Proficiency bonus', amount: 3 },
          { source: 'Cloak of Protection', amount: 1 },
        ],
      },
    });
    expect(save('dex').proficient).toBe(false);
    expect(save('dex').bonus.value).toBe(3);
  });
  it('Aura of Protection adds the CHA modifier (minimum 1) to every save', () => {
    const paladin = (cha: number) =>
      deriveCharacter(
        build({ classes: [{ classId: 'paladin', level: 6 }], abilityScores: scores({ cha }) }),
        FIXTURE_CATALOG,
      ).savingThrows[2]!.bonus;
    expect(paladin(18).breakdown.at(-1)).toEqual({ source: 'Aura of Protection', amount: 4 });
    expect(paladin(8).breakdown.at(-1)).toEqual({ source: 'Aura of Protection', amount: 1 });
  });
  it('skills: proficient, expertise, and Jack of All Trades half proficiency rounded down', () => {
    const derived = deriveCharacter(
      build({
        classes: [
          { classId: 'bard', level: 2 },
          { classId: 'rogue', level: 1 },
        ],
        abilityScores: scores({ dex: 16, wis: 12 }),
        skillProficiencies: ['stealth', 'perception'],
        skillExpertise: ['stealth'],
      }),
      FIXTURE_CATALOG,
    );
    const skill = (id: string) => derived.skills.find((entry) => entry.skill === id)!;
    expect(skill('stealth').proficiency).toBe('expertise');
    expect(skill('stealth').bonus.value).toBe(3 + 4);
    expect(skill('perception').proficiency).toBe('proficient');
    expect(skill('perception').bonus.value).toBe(1 + 2);
    expect(skill('athletics').proficiency).toBe('proficient'); // Soldier background
    expect(skill('arcana').proficiency).toBe('half');
    expect(skill('arcana').bonus).toEqual({
      value: 1,
      breakdown: [
        { source: 'INT', amount: 0 },
        { source: 'Jack of All Trades (half proficiency, rounded down)', amount: 1 },
      ],
    });
    expect(derived.skills).toHaveLength(18);
    expect(derived.passivePerception.value).toBe(13);
    expect(derived.passiveInsight.value).toBe(10 + 1 + 1);
    expect(derived.passiveInvestigation.value).toBe(11);
  });
  it('initiative: Alert adds PB in 2024 and +5 in 2014; Jack of All Trades counts only in 2014', () => {
    const alertBard = build({
      classes: [{ classId: 'bard', level: 5 }],
      abilityScores: scores({ dex: 14 }),
      feats: [{ featId: 'alert', source: { kind: 'background' } }],
    });
    expect(deriveCharacter(alertBard, FIXTURE_CATALOG).initiative).toEqual({
      value: 5,
      breakdown: [
        { source: 'DEX', amount: 2 },
        { source: 'Alert', amount: 3 },
      ],
    });
    expect(deriveCharacter({ ...alertBard, edition: '2014' }, FIXTURE_CATALOG).initiative).toEqual({
      value: 8,
      breakdown: [
        { source: 'DEX', amount: 2 },
        { source: 'Alert', amount: 5 },
        { source: 'Jack of All Trades (half proficiency, rounded down)', amount: 1 },
      ],
    });
  });
});

describe('speed, carrying, senses, resources, attunement', () => {
  it('heavy armor without its STR costs 10 ft; with it, nothing', () => {
    const fighter = (str: number) =>
      deriveCharacter(build({ abilityScores: scores({ str }), equipment: [worn('chain-mail')] }), FIXTURE_CATALOG)
        .speed;
    expect(fighter(12)).toEqual({
      value: 20,
      breakdown: [
        { source: 'Human', amount: 30 },
        { source: 'Chain Mail (needs STR 13)', amount: -10 },
      ],
    });
    expect(fighter(13).value).toBe(30);
  });
  it('Fast Movement is off in heavy armor; Unarmored Movement scales and needs no armor or shield', () => {
    const barbarian = (equipment: EquipmentEntry[]) =>
      deriveCharacter(
        build({ classes: [{ classId: 'barbarian', level: 5 }], abilityScores: scores({ str: 15 }), equipment }),
        FIXTURE_CATALOG,
      ).speed.value;
    expect(barbarian([])).toBe(40);
    expect(barbarian([worn('plate-armor')])).toBe(30);
    const monk = (level: number, equipment: EquipmentEntry[] = []) =>
      deriveCharacter(build({ classes: [{ classId: 'monk', level }], equipment }), FIXTURE_CATALOG).speed.value;
    expect(monk(1)).toBe(30);
    expect(monk(2)).toBe(40);
    expect(monk(6)).toBe(45);
    expect(monk(6, [worn('shield')])).toBe(30);
  });
  it('carrying capacity is STR × 15, doubled by Powerful Build; carried weight sets the encumbrance band', () => {
    const goliath = deriveCharacter(
      build({
        speciesId: 'goliath',
        lineageId: 'goliath-stone-giant',
        abilityScores: scores({ str: 10 }),
        equipment: [carried('rope', 4), worn('chain-mail')],
      }),
      FIXTURE_CATALOG,
    );
    expect(goliath.carrying.capacity).toEqual({
      value: 300,
      breakdown: [
        { source: 'STR 10 × 15 lb', amount: 150 },
        { source: 'Powerful Build (counts as large) (×2)', amount: 150 },
      ],
    });
    expect(goliath.carrying.carriedWeight.value).toBe(75);
    expect(goliath.carrying.state).toBe('unencumbered');
    const human = deriveCharacter(
      build({ abilityScores: scores({ str: 10 }), equipment: [carried('rations', 55)] }),
      FIXTURE_CATALOG,
    );
    expect(human.carrying.capacity.value).toBe(150);
    expect(human.carrying.state).toBe('heavily-encumbered');
    const loaded = deriveCharacter(
      build({ abilityScores: scores({ str: 10 }), equipment: [carried('rations', 76)] }),
      FIXTURE_CATALOG,
    );
    expect(loaded.carrying.state).toBe('over-capacity');
  });
  it('darkvision takes the longest range; resistances and proficiencies collect from every source', () => {
    const drow = deriveCharacter(build({ speciesId: 'elf', lineageId: 'elven-lineage-drow' }), FIXTURE_CATALOG);
    expect(drow.darkvision).toEqual({ value: 120, breakdown: [{ source: 'Superior Darkvision', amount: 120 }] });
    const dwarf = deriveCharacter(
      build({
        speciesId: 'dwarf',
        classes: [
          { classId: 'fighter', level: 1 },
          { classId: 'rogue', level: 1 },
        ],
      }),
      FIXTURE_CATALOG,
    );
    expect(dwarf.resistances).toEqual(['poison']);
    expect(dwarf.proficiencies.armor.sort()).toEqual(['heavy', 'light', 'medium', 'shield']);
    expect(dwarf.proficiencies.items.sort()).toEqual(['playing-card-set', 'thieves-tools']);
    expect(dwarf.proficiencies.savingThrows).toEqual(['str', 'con']);
  });
  it('class resources at their current maximum; Bardic Inspiration uses the CHA modifier', () => {
    const derived = deriveCharacter(
      build({
        classes: [
          { classId: 'barbarian', level: 6 },
          { classId: 'bard', level: 1 },
        ],
        abilityScores: scores({ str: 13, cha: 16 }),
      }),
      FIXTURE_CATALOG,
    );
    expect(derived.resources).toEqual([
      {
        id: 'rage',
        name: 'Rage',
        max: { value: 4, breakdown: [{ source: 'Barbarian 6', amount: 4 }] },
        recharge: 'long-rest',
      },
      {
        id: 'bardic-inspiration',
        name: 'Bardic Inspiration',
        max: { value: 3, breakdown: [{ source: 'CHA modifier (minimum 1)', amount: 3 }] },
        recharge: 'long-rest',
      },
    ]);
  });
  it('counts attuned items against a maximum of 3', () => {
    const derived = deriveCharacter(
      build({ equipment: [attuned('cloak-of-protection'), attuned('ring-of-protection'), carried('rope')] }),
      FIXTURE_CATALOG,
    );
    expect(derived.attunement).toEqual({ count: 2, max: 3 });
  });
});

describe('unknown content', () => {
  it('derives what it can without throwing', () => {
    const derived = deriveCharacter(
      build({
        speciesId: 'nope',
        lineageId: 'nope',
        backgroundId: 'nope',
        classes: [
          { classId: 'nope', level: 3, subclassId: 'nope' },
          { classId: 'fighter', level: 2 },
        ],
        feats: [{ featId: 'nope', source: { kind: 'other' }, abilityIncreases: { str: 1 } }],
        equipment: [worn('nope'), attuned('nope-2')],
        spells: [{ classId: 'nope', spellId: 'nope', prepared: true }],
      }),
      FIXTURE_CATALOG,
    );
    expect(derived.level.value).toBe(5);
    expect(derived.speed.value).toBe(30);
    // The unknown starting class adds nothing; the fighter's two levels are later levels (6 each).
    expect(derived.maxHitPoints.value).toBe(6 + 6 + 2 + 2);
  });
});

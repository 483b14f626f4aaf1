import type { CatalogContent, ClassDefinition, Feat, MagicItem, Species, Spell } from '@grimoire/rules';
import { SRD_CONTENT } from '@grimoire/rules';
import { describe, expect, it } from 'vitest';

import { verdictFor } from './power-score.js';
import { scoreClass, scoreFeat, scoreMagicItem, scoreSpecies, scoreSpell } from './score-homebrew-power.js';

const source = { kind: 'homebrew', ownerId: 'u1' } as const;
const srdSource = { kind: 'srd', edition: '2024' } as const;
const EMPTY: CatalogContent = {};

const feat = (overrides: Partial<Feat>): Feat => ({
  id: 'hb-x',
  name: 'Test',
  source,
  category: 'general',
  prerequisites: {},
  repeatable: false,
  effects: [],
  ...overrides,
});

const spell = (overrides: Partial<Spell>): Spell => ({
  id: 'hb-s',
  name: 'Bolt',
  source,
  level: 1,
  school: 'evocation',
  classes: ['wizard'],
  ritual: false,
  concentration: false,
  castingTime: 'Action',
  range: '60 feet',
  components: { verbal: true, somatic: true, material: null },
  duration: 'Instantaneous',
  ...overrides,
});

const item = (overrides: Partial<MagicItem>): MagicItem => ({
  id: 'hb-i',
  name: 'Trinket',
  source,
  kind: 'magic-item',
  category: 'Wondrous Item',
  rarity: 'uncommon',
  requiresAttunement: true,
  effects: [],
  ...overrides,
});

describe('power scores', () => {
  it('maps scores to verdict bands', () => {
    expect([0.5, 1, 1.5, 2].map(verdictFor)).toEqual(['underpowered', 'balanced', 'strong', 'overpowered']);
  });

  it('scores a half feat as balanced and a pile of bonuses as overpowered', () => {
    const halfFeat = feat({
      abilityIncrease: { amount: 1, from: ['str', 'dex'], max: 20 },
      effects: [
        { kind: 'skill-proficiency', skill: 'athletics' },
        { kind: 'speed-bonus', amount: 10 },
      ],
    });
    expect(scoreFeat(halfFeat, EMPTY).verdict).toBe('balanced');
    const broken = feat({
      effects: [
        { kind: 'armor-class-bonus', amount: 5 },
        { kind: 'saving-throw-bonus', amount: 5 },
        { kind: 'resistance', damageType: 'slashing' },
      ],
    });
    const score = scoreFeat(broken, EMPTY);
    expect(score.verdict).toBe('overpowered');
    expect(score.reasons.join('\n')).toMatch(/armor-class-bonus \+5/);
    expect(
      scoreFeat(feat({ effects: [{ kind: 'passive-bonus', skill: 'perception', amount: 1 }] }), EMPTY).verdict,
    ).toBe('underpowered');
  });

  it('compares a feat with the SRD feats of its category when there are enough of them', () => {
    const srd: CatalogContent = {
      feats: [4, 5, 6].map((amount, index) =>
        feat({
          id: `f${index}`,
          source: srdSource,
          effects: [{ kind: 'ability-score-increase', ability: 'str', amount }],
        }),
      ),
    };
    const score = scoreFeat(feat({ effects: [{ kind: 'ability-score-increase', ability: 'str', amount: 4 }] }), srd);
    expect(score.score).toBeCloseTo(0.8);
    expect(score.reasons.some((reason) => reason.includes('median of 3 SRD general feats'))).toBe(true);
  });

  it('scores spell damage against its level: 3d6 at level 1 is fine, 10d10 is not', () => {
    const fair = scoreSpell(spell({ damage: { dice: { count: 3, sides: 6 }, type: 'fire', area: false } }), EMPTY);
    expect(fair.verdict).toBe('balanced');
    const huge = scoreSpell(
      spell({ damage: { dice: { count: 10, sides: 10 }, type: 'fire', area: false } }),
      SRD_CONTENT,
    );
    expect(huge.verdict).toBe('overpowered');
    const weak = scoreSpell(
      spell({ level: 5, damage: { dice: { count: 2, sides: 6 }, type: 'fire', area: false } }),
      EMPTY,
    );
    expect(weak.verdict).toBe('underpowered');
  });

  it('penalises lasting damage without concentration and damaging rituals', () => {
    const plain = scoreSpell(
      spell({
        duration: '1 minute',
        concentration: true,
        damage: { dice: { count: 3, sides: 6 }, type: 'fire', area: false },
      }),
      EMPTY,
    );
    const free = scoreSpell(
      spell({
        duration: '1 minute',
        ritual: true,
        damage: { dice: { count: 3, sides: 6 }, type: 'fire', area: false },
      }),
      EMPTY,
    );
    expect(free.score).toBeGreaterThan(plain.score);
    expect(free.reasons.join('\n')).toMatch(/without concentration/);
  });

  it('scores magic items by rarity: +3 AC is too much for a common item, +1 AC fits an uncommon one', () => {
    expect(
      scoreMagicItem(item({ rarity: 'common', effects: [{ kind: 'armor-class-bonus', amount: 3 }] }), EMPTY).verdict,
    ).toBe('overpowered');
    const cloak = item({
      effects: [
        { kind: 'armor-class-bonus', amount: 1 },
        { kind: 'saving-throw-bonus', amount: 1 },
      ],
    });
    expect(['balanced', 'strong']).toContain(scoreMagicItem(cloak, EMPTY).verdict);
    const free = scoreMagicItem({ ...cloak, requiresAttunement: false }, EMPTY);
    expect(free.reasons.join('\n')).toMatch(/no attunement/);
  });

  it('flags ability increases and trait counts on species', () => {
    const species: Species = {
      id: 'hb-sp',
      name: 'Giant-kin',
      source,
      sizes: ['large'],
      speed: 40,
      lineageRequired: false,
      lineages: [],
      traits: [
        { id: 't1', name: 'Mighty', effects: [{ kind: 'ability-score-increase', ability: 'str', amount: 4 }] },
        {
          id: 't2',
          name: 'Tough',
          effects: [
            { kind: 'hit-points-per-level', amount: 3 },
            { kind: 'darkvision', range: 120 },
          ],
        },
      ],
    };
    const score = scoreSpecies(species, EMPTY);
    expect(score.verdict).toBe('overpowered');
    expect(score.reasons.join('\n')).toMatch(/no ability score increases/);
  });

  it('scores classes by hit die, armor and casting', () => {
    const base: ClassDefinition = {
      id: 'hb-c',
      name: 'Tester',
      source,
      hitDie: 8,
      primaryAbilities: ['int'],
      savingThrows: ['int', 'wis'],
      armor: [],
      weapons: ['simple'],
      items: [],
      skillChoices: { count: 2, from: ['arcana', 'history'] },
      multiclass: { allOf: [{ ability: 'int', minimum: 13 }], armor: [], weapons: [], items: [] },
      subclassLevel: 3,
      features: [{ id: 'f', name: 'Spark', level: 1, effects: [] }],
      resources: [],
      featLevels: [4, 8, 12, 16, 19],
    };
    const tank = scoreClass(
      {
        ...base,
        hitDie: 12,
        armor: ['light', 'medium', 'heavy', 'shield'],
        spellcasting: {
          ability: 'int',
          progression: 'full',
          startsAtLevel: 1,
          cantripsKnown: Array<number>(20).fill(3),
          preparedSpells: Array<number>(20).fill(10),
          spellList: 'hb-c',
          ritualCasting: true,
        },
      },
      EMPTY,
    );
    const weakling = scoreClass({ ...base, hitDie: 6 }, EMPTY);
    expect(tank.verdict).toBe('overpowered');
    expect(weakling.verdict).toBe('underpowered');
    expect(tank.reasons.join('\n')).toMatch(/heavy armor training/);
  });
});

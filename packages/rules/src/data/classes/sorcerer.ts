import type { DamageType } from '../../model/basics.js';
import type { ClassDefinition, ClassFeatureOption, Subclass } from '../../model/content.js';
import { SRD_2024, abilityScoreImprovement, byClassLevel, epicBoon, subclassFeatures } from './shared.js';

export const SORCERER: ClassDefinition = {
  id: 'sorcerer',
  name: 'Sorcerer',
  source: SRD_2024,
  hitDie: 6,
  primaryAbilities: ['cha'],
  savingThrows: ['con', 'cha'],
  armor: [],
  weapons: ['simple'],
  items: [],
  skillChoices: { count: 2, from: ['arcana', 'deception', 'insight', 'intimidation', 'persuasion', 'religion'] },
  multiclass: {
    allOf: [{ ability: 'cha', minimum: 13 }],
    armor: [],
    weapons: [],
    items: [],
  },
  subclassLevel: 3,
  featLevels: [4, 8, 12, 16, 19],
  spellcasting: {
    ability: 'cha',
    progression: 'full',
    startsAtLevel: 1,
    cantripsKnown: byClassLevel({ 1: 4, 4: 5, 10: 6 }),
    // Sorcerers prepare fewer spells early than the other full casters.
    preparedSpells: [2, 4, 6, 7, 9, 10, 11, 12, 14, 15, 16, 16, 17, 17, 18, 18, 19, 20, 21, 22],
    spellList: 'sorcerer',
    // 2024 rules glossary: any caster may cast a prepared spell with the Ritual tag as a Ritual.
    ritualCasting: true,
  },
  features: [
    { id: 'sorcerer-spellcasting', name: 'Spellcasting', level: 1, effects: [] },
    // +1 spell save DC only while active (a Bonus Action for 1 minute): not a standing number.
    { id: 'sorcerer-innate-sorcery', name: 'Innate Sorcery', level: 1, effects: [] },
    { id: 'sorcerer-font-of-magic', name: 'Font of Magic', level: 2, effects: [] },
    { id: 'sorcerer-metamagic', name: 'Metamagic', level: 2, effects: [] },
    ...subclassFeatures('sorcerer', 'Sorcerer', [3, 6, 14, 18]),
    abilityScoreImprovement('sorcerer', 4),
    { id: 'sorcerer-sorcerous-restoration', name: 'Sorcerous Restoration', level: 5, effects: [] },
    { id: 'sorcerer-sorcery-incarnate', name: 'Sorcery Incarnate', level: 7, effects: [] },
    abilityScoreImprovement('sorcerer', 8),
    { id: 'sorcerer-metamagic', name: 'Metamagic', level: 10, effects: [] },
    abilityScoreImprovement('sorcerer', 12),
    abilityScoreImprovement('sorcerer', 16),
    { id: 'sorcerer-metamagic', name: 'Metamagic', level: 17, effects: [] },
    epicBoon('sorcerer'),
    { id: 'sorcerer-arcane-apotheosis', name: 'Arcane Apotheosis', level: 20, effects: [] },
  ],
  resources: [
    { id: 'innate-sorcery', name: 'Innate Sorcery', byLevel: byClassLevel({ 1: 2 }), recharge: 'long-rest' },
    {
      id: 'sorcery-points',
      name: 'Sorcery Points',
      byLevel: [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
      recharge: 'long-rest',
    },
    {
      id: 'sorcerous-restoration',
      name: 'Sorcerous Restoration',
      byLevel: byClassLevel({ 5: 1 }),
      recharge: 'long-rest',
    },
  ],
};

const ELEMENTAL_AFFINITY_TYPES: readonly DamageType[] = ['acid', 'cold', 'fire', 'lightning', 'poison'];

export const DRACONIC_SORCERY: Subclass = {
  id: 'draconic-sorcery',
  name: 'Draconic Sorcery',
  source: SRD_2024,
  classId: 'sorcerer',
  features: [
    {
      id: 'draconic-sorcery-draconic-resilience',
      name: 'Draconic Resilience',
      level: 3,
      // +3 HP at Sorcerer 3 and +1 per later Sorcerer level: one per Sorcerer level, not per character level.
      effects: [
        { kind: 'hit-points-per-level', amount: 1, perClassLevel: 'sorcerer' },
        {
          kind: 'armor-class-formula',
          name: 'Draconic Resilience',
          base: 10,
          abilities: ['dex', 'cha'],
          allowsArmor: false,
          allowsShield: true,
        },
      ],
    },
    { id: 'draconic-sorcery-draconic-spells', name: 'Draconic Spells', level: 3, effects: [] },
    {
      id: 'draconic-sorcery-elemental-affinity',
      name: 'Elemental Affinity',
      level: 6,
      effects: [],
      options: ELEMENTAL_AFFINITY_TYPES.map((damageType): ClassFeatureOption => ({
        id: damageType,
        name: damageType[0].toUpperCase() + damageType.slice(1),
        effects: [{ kind: 'resistance', damageType }],
      })),
    },
    // A 60 ft Fly Speed for an hour after a Bonus Action: not a standing speed.
    {
      id: 'draconic-sorcery-dragon-wings',
      name: 'Dragon Wings',
      level: 14,
      effects: [{ kind: 'resource', id: 'dragon-wings', name: 'Dragon Wings', uses: 1, recharge: 'long-rest' }],
    },
    {
      id: 'draconic-sorcery-dragon-companion',
      name: 'Dragon Companion',
      level: 18,
      effects: [{ kind: 'resource', id: 'dragon-companion', name: 'Dragon Companion', uses: 1, recharge: 'long-rest' }],
    },
  ],
};

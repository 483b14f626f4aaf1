import type { SkillId } from '../../model/basics.js';
import type { ClassDefinition, Subclass } from '../../model/content.js';
import { SRD_2024, abilityScoreImprovement, epicBoon, subclassFeatures } from './shared.js';

const BARBARIAN_SKILLS: readonly SkillId[] = [
  'animal-handling',
  'athletics',
  'intimidation',
  'nature',
  'perception',
  'survival',
];

export const BARBARIAN: ClassDefinition = {
  id: 'barbarian',
  name: 'Barbarian',
  source: SRD_2024,
  hitDie: 12,
  primaryAbilities: ['str'],
  savingThrows: ['str', 'con'],
  armor: ['light', 'medium', 'shield'],
  weapons: ['simple', 'martial'],
  items: [],
  skillChoices: { count: 2, from: BARBARIAN_SKILLS },
  multiclass: {
    allOf: [{ ability: 'str', minimum: 13 }],
    armor: ['shield'],
    weapons: ['martial'],
    items: [],
  },
  subclassLevel: 3,
  featLevels: [4, 8, 12, 16, 19],
  features: [
    // Rage's resistances and damage bonus apply only while raging: not a standing sheet number.
    { id: 'barbarian-rage', name: 'Rage', level: 1, effects: [] },
    {
      id: 'barbarian-unarmored-defense',
      name: 'Unarmored Defense',
      level: 1,
      effects: [
        {
          kind: 'armor-class-formula',
          name: 'Unarmored Defense',
          base: 10,
          abilities: ['dex', 'con'],
          allowsArmor: false,
          allowsShield: true,
        },
      ],
    },
    { id: 'barbarian-weapon-mastery', name: 'Weapon Mastery', level: 1, effects: [] },
    { id: 'barbarian-danger-sense', name: 'Danger Sense', level: 2, effects: [] },
    { id: 'barbarian-reckless-attack', name: 'Reckless Attack', level: 2, effects: [] },
    ...subclassFeatures('barbarian', 'Barbarian', [3, 6, 10, 14]),
    {
      id: 'barbarian-primal-knowledge',
      name: 'Primal Knowledge',
      level: 3,
      effects: [],
      skillChoices: { count: 1, from: BARBARIAN_SKILLS },
    },
    abilityScoreImprovement('barbarian', 4),
    { id: 'barbarian-extra-attack', name: 'Extra Attack', level: 5, effects: [] },
    {
      id: 'barbarian-fast-movement',
      name: 'Fast Movement',
      level: 5,
      effects: [{ kind: 'speed-bonus', amount: 10, requires: 'no-heavy-armor' }],
    },
    // Advantage on Initiative rolls: a roll mode, not a number.
    { id: 'barbarian-feral-instinct', name: 'Feral Instinct', level: 7, effects: [] },
    { id: 'barbarian-instinctive-pounce', name: 'Instinctive Pounce', level: 7, effects: [] },
    abilityScoreImprovement('barbarian', 8),
    { id: 'barbarian-brutal-strike', name: 'Brutal Strike', level: 9, effects: [] },
    { id: 'barbarian-relentless-rage', name: 'Relentless Rage', level: 11, effects: [] },
    abilityScoreImprovement('barbarian', 12),
    { id: 'barbarian-improved-brutal-strike-1', name: 'Improved Brutal Strike', level: 13, effects: [] },
    { id: 'barbarian-persistent-rage', name: 'Persistent Rage', level: 15, effects: [] },
    abilityScoreImprovement('barbarian', 16),
    { id: 'barbarian-improved-brutal-strike-2', name: 'Improved Brutal Strike', level: 17, effects: [] },
    { id: 'barbarian-indomitable-might', name: 'Indomitable Might', level: 18, effects: [] },
    epicBoon('barbarian'),
    {
      id: 'barbarian-primal-champion',
      name: 'Primal Champion',
      level: 20,
      effects: [
        { kind: 'ability-score-max', ability: 'str', max: 25 },
        { kind: 'ability-score-max', ability: 'con', max: 25 },
        { kind: 'ability-score-increase', ability: 'str', amount: 4, max: 25 },
        { kind: 'ability-score-increase', ability: 'con', amount: 4, max: 25 },
      ],
    },
  ],
  resources: [
    {
      id: 'rage',
      name: 'Rage',
      byLevel: [2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6],
      recharge: 'long-rest',
      shortRestRegain: 1,
    },
  ],
  columns: [
    {
      id: 'rage-damage',
      name: 'Rage Damage',
      byLevel: [2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4],
      format: 'bonus',
    },
    {
      id: 'weapon-mastery',
      name: 'Weapon Mastery',
      byLevel: [2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
      format: 'number',
    },
  ],
};

export const PATH_OF_THE_BERSERKER: Subclass = {
  id: 'path-of-the-berserker',
  name: 'Path of the Berserker',
  source: SRD_2024,
  classId: 'barbarian',
  features: [
    { id: 'berserker-frenzy', name: 'Frenzy', level: 3, effects: [] },
    // Immunity to Charmed and Frightened only while raging.
    { id: 'berserker-mindless-rage', name: 'Mindless Rage', level: 6, effects: [] },
    { id: 'berserker-retaliation', name: 'Retaliation', level: 10, effects: [] },
    {
      id: 'berserker-intimidating-presence',
      name: 'Intimidating Presence',
      level: 14,
      effects: [
        {
          kind: 'resource',
          id: 'intimidating-presence',
          name: 'Intimidating Presence',
          uses: 1,
          recharge: 'long-rest',
        },
      ],
    },
  ],
};

import type { ClassDefinition, Subclass } from '../../model/content.js';
import { SRD_2024, abilityScoreImprovement, byClassLevel, epicBoon, subclassFeatures } from './shared.js';

export const FIGHTER: ClassDefinition = {
  id: 'fighter',
  name: 'Fighter',
  source: SRD_2024,
  hitDie: 10,
  // Strength or Dexterity: either serves as the primary ability.
  primaryAbilities: ['str', 'dex'],
  savingThrows: ['str', 'con'],
  armor: ['light', 'medium', 'heavy', 'shield'],
  weapons: ['simple', 'martial'],
  items: [],
  skillChoices: {
    count: 2,
    from: [
      'acrobatics',
      'animal-handling',
      'athletics',
      'history',
      'insight',
      'intimidation',
      'perception',
      'survival',
    ],
  },
  multiclass: {
    allOf: [],
    anyOf: [
      { ability: 'str', minimum: 13 },
      { ability: 'dex', minimum: 13 },
    ],
    armor: ['light', 'medium', 'shield'],
    weapons: ['martial'],
    items: [],
  },
  subclassLevel: 3,
  featLevels: [4, 6, 8, 12, 14, 16, 19],
  features: [
    // Grants a Fighting Style feat (Defense, Archery, …) the player picks.
    {
      id: 'fighter-fighting-style',
      name: 'Fighting Style',
      level: 1,
      effects: [],
      grantsFeatCategory: 'fighting-style',
    },
    { id: 'fighter-second-wind', name: 'Second Wind', level: 1, effects: [] },
    { id: 'fighter-weapon-mastery', name: 'Weapon Mastery', level: 1, effects: [] },
    { id: 'fighter-action-surge', name: 'Action Surge', level: 2, effects: [] },
    { id: 'fighter-tactical-mind', name: 'Tactical Mind', level: 2, effects: [] },
    ...subclassFeatures('fighter', 'Fighter', [3, 7, 10, 15, 18]),
    abilityScoreImprovement('fighter', 4),
    { id: 'fighter-extra-attack', name: 'Extra Attack', level: 5, effects: [] },
    { id: 'fighter-tactical-shift', name: 'Tactical Shift', level: 5, effects: [] },
    abilityScoreImprovement('fighter', 6),
    abilityScoreImprovement('fighter', 8),
    { id: 'fighter-indomitable', name: 'Indomitable', level: 9, effects: [] },
    { id: 'fighter-tactical-master', name: 'Tactical Master', level: 9, effects: [] },
    { id: 'fighter-two-extra-attacks', name: 'Two Extra Attacks', level: 11, effects: [] },
    abilityScoreImprovement('fighter', 12),
    { id: 'fighter-indomitable', name: 'Indomitable', level: 13, effects: [] },
    { id: 'fighter-studied-attacks', name: 'Studied Attacks', level: 13, effects: [] },
    abilityScoreImprovement('fighter', 14),
    abilityScoreImprovement('fighter', 16),
    { id: 'fighter-action-surge', name: 'Action Surge', level: 17, effects: [] },
    { id: 'fighter-indomitable', name: 'Indomitable', level: 17, effects: [] },
    epicBoon('fighter'),
    { id: 'fighter-three-extra-attacks', name: 'Three Extra Attacks', level: 20, effects: [] },
  ],
  resources: [
    {
      id: 'second-wind',
      name: 'Second Wind',
      byLevel: byClassLevel({ 1: 2, 4: 3, 10: 4 }),
      recharge: 'long-rest',
      shortRestRegain: 1,
    },
    { id: 'action-surge', name: 'Action Surge', byLevel: byClassLevel({ 2: 1, 17: 2 }), recharge: 'short-rest' },
    { id: 'indomitable', name: 'Indomitable', byLevel: byClassLevel({ 9: 1, 13: 2, 17: 3 }), recharge: 'long-rest' },
  ],
  columns: [
    {
      id: 'weapon-mastery',
      name: 'Weapon Mastery',
      byLevel: byClassLevel({ 1: 3, 4: 4, 10: 5, 16: 6 }),
      format: 'number',
    },
  ],
};

export const CHAMPION: Subclass = {
  id: 'champion',
  name: 'Champion',
  source: SRD_2024,
  classId: 'fighter',
  features: [
    { id: 'champion-improved-critical', name: 'Improved Critical', level: 3, effects: [] },
    // Advantage on Initiative and Athletics: roll modes, not numbers.
    { id: 'champion-remarkable-athlete', name: 'Remarkable Athlete', level: 3, effects: [] },
    {
      id: 'champion-additional-fighting-style',
      name: 'Additional Fighting Style',
      level: 7,
      effects: [],
      grantsFeatCategory: 'fighting-style',
    },
    { id: 'champion-heroic-warrior', name: 'Heroic Warrior', level: 10, effects: [] },
    { id: 'champion-superior-critical', name: 'Superior Critical', level: 15, effects: [] },
    { id: 'champion-survivor', name: 'Survivor', level: 18, effects: [] },
  ],
};

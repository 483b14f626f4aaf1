import type { ClassDefinition, Subclass } from '../../model/content.js';
import type { Effect } from '../../model/effects.js';
import { ABILITIES } from '../../model/basics.js';
import {
  ARTISANS_TOOLS,
  MUSICAL_INSTRUMENTS,
  SRD_2024,
  abilityScoreImprovement,
  byClassLevel,
  epicBoon,
  subclassFeatures,
} from './shared.js';

function unarmoredMovement(amount: number): Effect[] {
  return [{ kind: 'speed-bonus', amount, requires: 'no-armor-no-shield' }];
}

export const MONK: ClassDefinition = {
  id: 'monk',
  name: 'Monk',
  source: SRD_2024,
  hitDie: 8,
  primaryAbilities: ['dex', 'wis'],
  savingThrows: ['str', 'dex'],
  armor: [],
  weapons: ['simple'],
  // Martial weapons with the Light property.
  items: ['scimitar', 'shortsword', 'hand-crossbow'],
  skillChoices: { count: 2, from: ['acrobatics', 'athletics', 'history', 'insight', 'religion', 'stealth'] },
  // One type of artisan's tools or one musical instrument.
  itemChoices: { count: 1, from: [...ARTISANS_TOOLS, ...MUSICAL_INSTRUMENTS] },
  multiclass: {
    allOf: [
      { ability: 'dex', minimum: 13 },
      { ability: 'wis', minimum: 13 },
    ],
    armor: [],
    weapons: [],
    items: [],
  },
  subclassLevel: 3,
  featLevels: [4, 8, 12, 16, 19],
  features: [
    { id: 'monk-martial-arts', name: 'Martial Arts', level: 1, effects: [] },
    {
      id: 'monk-unarmored-defense',
      name: 'Unarmored Defense',
      level: 1,
      effects: [
        {
          kind: 'armor-class-formula',
          name: 'Unarmored Defense',
          base: 10,
          abilities: ['dex', 'wis'],
          allowsArmor: false,
          allowsShield: false,
        },
      ],
    },
    { id: 'monk-monks-focus', name: "Monk's Focus", level: 2, effects: [] },
    {
      id: 'monk-unarmored-movement',
      name: 'Unarmored Movement',
      level: 2,
      effects: unarmoredMovement(10),
      scaling: [
        { level: 6, effects: unarmoredMovement(15) },
        { level: 10, effects: unarmoredMovement(20) },
        { level: 14, effects: unarmoredMovement(25) },
        { level: 18, effects: unarmoredMovement(30) },
      ],
    },
    { id: 'monk-uncanny-metabolism', name: 'Uncanny Metabolism', level: 2, effects: [] },
    { id: 'monk-deflect-attacks', name: 'Deflect Attacks', level: 3, effects: [] },
    ...subclassFeatures('monk', 'Monk', [3, 6, 11, 17]),
    abilityScoreImprovement('monk', 4),
    { id: 'monk-slow-fall', name: 'Slow Fall', level: 4, effects: [] },
    { id: 'monk-extra-attack', name: 'Extra Attack', level: 5, effects: [] },
    { id: 'monk-stunning-strike', name: 'Stunning Strike', level: 5, effects: [] },
    { id: 'monk-empowered-strikes', name: 'Empowered Strikes', level: 6, effects: [] },
    { id: 'monk-evasion', name: 'Evasion', level: 7, effects: [] },
    abilityScoreImprovement('monk', 8),
    { id: 'monk-acrobatic-movement', name: 'Acrobatic Movement', level: 9, effects: [] },
    { id: 'monk-heightened-focus', name: 'Heightened Focus', level: 10, effects: [] },
    { id: 'monk-self-restoration', name: 'Self-Restoration', level: 10, effects: [] },
    abilityScoreImprovement('monk', 12),
    { id: 'monk-deflect-energy', name: 'Deflect Energy', level: 13, effects: [] },
    {
      id: 'monk-disciplined-survivor',
      name: 'Disciplined Survivor',
      level: 14,
      effects: ABILITIES.map((ability): Effect => ({ kind: 'saving-throw-proficiency', ability })),
    },
    { id: 'monk-perfect-focus', name: 'Perfect Focus', level: 15, effects: [] },
    abilityScoreImprovement('monk', 16),
    { id: 'monk-superior-defense', name: 'Superior Defense', level: 18, effects: [] },
    epicBoon('monk'),
    {
      id: 'monk-body-and-mind',
      name: 'Body and Mind',
      level: 20,
      effects: [
        { kind: 'ability-score-max', ability: 'dex', max: 25 },
        { kind: 'ability-score-max', ability: 'wis', max: 25 },
        { kind: 'ability-score-increase', ability: 'dex', amount: 4, max: 25 },
        { kind: 'ability-score-increase', ability: 'wis', amount: 4, max: 25 },
      ],
    },
  ],
  resources: [
    // Focus Points all return on a Short or Long Rest.
    {
      id: 'focus-points',
      name: 'Focus Points',
      byLevel: [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
      recharge: 'short-rest',
    },
    { id: 'uncanny-metabolism', name: 'Uncanny Metabolism', byLevel: byClassLevel({ 2: 1 }), recharge: 'long-rest' },
  ],
  columns: [
    { id: 'martial-arts', name: 'Martial Arts', byLevel: byClassLevel({ 1: 6, 5: 8, 11: 10, 17: 12 }), format: 'die' },
    {
      id: 'unarmored-movement',
      name: 'Unarmored Movement',
      byLevel: byClassLevel({ 2: 10, 6: 15, 10: 20, 14: 25, 18: 30 }),
      format: 'bonus',
    },
  ],
};

export const WARRIOR_OF_THE_OPEN_HAND: Subclass = {
  id: 'warrior-of-the-open-hand',
  name: 'Warrior of the Open Hand',
  source: SRD_2024,
  classId: 'monk',
  features: [
    { id: 'open-hand-technique', name: 'Open Hand Technique', level: 3, effects: [] },
    // Uses equal the WIS modifier (min 1) per Long Rest; the `resource` Effect counts only fixed
    // numbers or the proficiency bonus, so the count is left to the feature text.
    { id: 'open-hand-wholeness-of-body', name: 'Wholeness of Body', level: 6, effects: [] },
    { id: 'open-hand-fleet-step', name: 'Fleet Step', level: 11, effects: [] },
    { id: 'open-hand-quivering-palm', name: 'Quivering Palm', level: 17, effects: [] },
  ],
};

import type { SkillId } from '../../model/basics.js';
import type { ClassDefinition, Subclass } from '../../model/content.js';
import {
  HALF_CASTER_PREPARED,
  NO_CANTRIPS,
  SRD_2024,
  abilityScoreImprovement,
  byClassLevel,
  epicBoon,
  subclassFeatures,
} from './shared.js';

const RANGER_SKILLS: readonly SkillId[] = [
  'animal-handling',
  'athletics',
  'insight',
  'investigation',
  'nature',
  'perception',
  'stealth',
  'survival',
];

export const RANGER: ClassDefinition = {
  id: 'ranger',
  name: 'Ranger',
  source: SRD_2024,
  hitDie: 10,
  primaryAbilities: ['dex', 'wis'],
  savingThrows: ['str', 'dex'],
  armor: ['light', 'medium', 'shield'],
  weapons: ['simple', 'martial'],
  items: [],
  skillChoices: { count: 3, from: RANGER_SKILLS },
  multiclass: {
    allOf: [
      { ability: 'dex', minimum: 13 },
      { ability: 'wis', minimum: 13 },
    ],
    armor: ['light', 'medium', 'shield'],
    weapons: ['martial'],
    items: [],
    skillChoices: { count: 1, from: RANGER_SKILLS },
  },
  subclassLevel: 3,
  featLevels: [4, 8, 12, 16, 19],
  spellcasting: {
    ability: 'wis',
    progression: 'half',
    startsAtLevel: 1,
    cantripsKnown: NO_CANTRIPS,
    preparedSpells: HALF_CASTER_PREPARED,
    spellList: 'ranger',
    // 2024 rules glossary: any caster may cast a prepared spell with the Ritual tag as a Ritual.
    ritualCasting: true,
  },
  features: [
    { id: 'ranger-favored-enemy', name: 'Favored Enemy', level: 1, effects: [] },
    { id: 'ranger-spellcasting', name: 'Spellcasting', level: 1, effects: [] },
    { id: 'ranger-weapon-mastery', name: 'Weapon Mastery', level: 1, effects: [] },
    // Expertise in one skill the player picks (and two languages).
    { id: 'ranger-deft-explorer', name: 'Deft Explorer', level: 2, effects: [], expertiseChoices: { count: 1 } },
    // A Fighting Style feat, or instead the Druidic Warrior option (two Druid cantrips that count
    // as Ranger spells): a validator must accept either.
    {
      id: 'ranger-fighting-style',
      name: 'Fighting Style',
      level: 2,
      effects: [],
      grantsFeatCategory: 'fighting-style',
    },
    ...subclassFeatures('ranger', 'Ranger', [3, 7, 11, 15]),
    abilityScoreImprovement('ranger', 4),
    { id: 'ranger-extra-attack', name: 'Extra Attack', level: 5, effects: [] },
    {
      id: 'ranger-roving',
      name: 'Roving',
      level: 6,
      effects: [
        { kind: 'speed-bonus', amount: 10, requires: 'no-heavy-armor' },
        { kind: 'movement', mode: 'climb', speed: 'walk' },
        { kind: 'movement', mode: 'swim', speed: 'walk' },
      ],
    },
    abilityScoreImprovement('ranger', 8),
    { id: 'ranger-expertise', name: 'Expertise', level: 9, effects: [], expertiseChoices: { count: 2 } },
    { id: 'ranger-tireless', name: 'Tireless', level: 10, effects: [] },
    abilityScoreImprovement('ranger', 12),
    { id: 'ranger-relentless-hunter', name: 'Relentless Hunter', level: 13, effects: [] },
    { id: 'ranger-natures-veil', name: "Nature's Veil", level: 14, effects: [] },
    abilityScoreImprovement('ranger', 16),
    { id: 'ranger-precise-hunter', name: 'Precise Hunter', level: 17, effects: [] },
    // Blindsight 30 ft: a sense the Effect union does not model yet.
    { id: 'ranger-feral-senses', name: 'Feral Senses', level: 18, effects: [] },
    epicBoon('ranger'),
    { id: 'ranger-foe-slayer', name: 'Foe Slayer', level: 20, effects: [] },
  ],
  resources: [
    // Free castings of Hunter's Mark: the Favored Enemy column.
    {
      id: 'favored-enemy',
      name: 'Favored Enemy',
      byLevel: byClassLevel({ 1: 2, 5: 3, 9: 4, 13: 5, 17: 6 }),
      recharge: 'long-rest',
    },
    {
      id: 'tireless',
      name: 'Tireless',
      byLevel: byClassLevel({ 10: 1 }),
      usesAbilityModifier: 'wis',
      recharge: 'long-rest',
    },
    {
      id: 'natures-veil',
      name: "Nature's Veil",
      byLevel: byClassLevel({ 14: 1 }),
      usesAbilityModifier: 'wis',
      recharge: 'long-rest',
    },
  ],
};

export const HUNTER: Subclass = {
  id: 'hunter',
  name: 'Hunter',
  source: SRD_2024,
  classId: 'ranger',
  features: [
    { id: 'hunter-hunters-lore', name: "Hunter's Lore", level: 3, effects: [] },
    { id: 'hunter-hunters-prey', name: "Hunter's Prey", level: 3, effects: [] },
    { id: 'hunter-defensive-tactics', name: 'Defensive Tactics', level: 7, effects: [] },
    { id: 'hunter-superior-hunters-prey', name: "Superior Hunter's Prey", level: 11, effects: [] },
    { id: 'hunter-superior-hunters-defense', name: "Superior Hunter's Defense", level: 15, effects: [] },
  ],
};

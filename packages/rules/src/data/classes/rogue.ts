import type { SkillId } from '../../model/basics.js';
import type { ClassDefinition, Subclass } from '../../model/content.js';
import { SRD_2024, abilityScoreImprovement, byClassLevel, epicBoon, subclassFeatures } from './shared.js';

const ROGUE_SKILLS: readonly SkillId[] = [
  'acrobatics',
  'athletics',
  'deception',
  'insight',
  'intimidation',
  'investigation',
  'perception',
  'performance',
  'persuasion',
  'sleight-of-hand',
  'stealth',
];

export const ROGUE: ClassDefinition = {
  id: 'rogue',
  name: 'Rogue',
  source: SRD_2024,
  hitDie: 8,
  primaryAbilities: ['dex'],
  savingThrows: ['dex', 'int'],
  armor: ['light'],
  weapons: ['simple'],
  // 2024: Martial weapons with the Finesse or Light property, and Thieves' Tools.
  items: ['rapier', 'scimitar', 'shortsword', 'whip', 'hand-crossbow', 'thieves-tools'],
  skillChoices: { count: 4, from: ROGUE_SKILLS },
  multiclass: {
    allOf: [{ ability: 'dex', minimum: 13 }],
    armor: ['light'],
    weapons: [],
    items: ['thieves-tools'],
    skillChoices: { count: 1, from: ROGUE_SKILLS },
  },
  subclassLevel: 3,
  featLevels: [4, 8, 10, 12, 16, 19],
  features: [
    // Expertise goes to skills the player picks (Sleight of Hand and Stealth are recommended).
    { id: 'rogue-expertise', name: 'Expertise', level: 1, effects: [], expertiseChoices: { count: 2 } },
    { id: 'rogue-sneak-attack', name: 'Sneak Attack', level: 1, effects: [] },
    { id: 'rogue-thieves-cant', name: "Thieves' Cant", level: 1, effects: [] },
    { id: 'rogue-weapon-mastery', name: 'Weapon Mastery', level: 1, effects: [] },
    { id: 'rogue-cunning-action', name: 'Cunning Action', level: 2, effects: [] },
    ...subclassFeatures('rogue', 'Rogue', [3, 9, 13, 17]),
    { id: 'rogue-steady-aim', name: 'Steady Aim', level: 3, effects: [] },
    abilityScoreImprovement('rogue', 4),
    { id: 'rogue-cunning-strike', name: 'Cunning Strike', level: 5, effects: [] },
    { id: 'rogue-uncanny-dodge', name: 'Uncanny Dodge', level: 5, effects: [] },
    { id: 'rogue-expertise', name: 'Expertise', level: 6, effects: [], expertiseChoices: { count: 2 } },
    { id: 'rogue-evasion', name: 'Evasion', level: 7, effects: [] },
    // Treat a d20 of 9 or lower as 10 on proficient checks: changes rolls, not a sheet number.
    { id: 'rogue-reliable-talent', name: 'Reliable Talent', level: 7, effects: [] },
    abilityScoreImprovement('rogue', 8),
    abilityScoreImprovement('rogue', 10),
    { id: 'rogue-improved-cunning-strike', name: 'Improved Cunning Strike', level: 11, effects: [] },
    abilityScoreImprovement('rogue', 12),
    { id: 'rogue-devious-strikes', name: 'Devious Strikes', level: 14, effects: [] },
    {
      id: 'rogue-slippery-mind',
      name: 'Slippery Mind',
      level: 15,
      effects: [
        { kind: 'saving-throw-proficiency', ability: 'wis' },
        { kind: 'saving-throw-proficiency', ability: 'cha' },
      ],
    },
    abilityScoreImprovement('rogue', 16),
    { id: 'rogue-elusive', name: 'Elusive', level: 18, effects: [] },
    epicBoon('rogue'),
    { id: 'rogue-stroke-of-luck', name: 'Stroke of Luck', level: 20, effects: [] },
  ],
  resources: [
    { id: 'stroke-of-luck', name: 'Stroke of Luck', byLevel: byClassLevel({ 20: 1 }), recharge: 'short-rest' },
  ],
  columns: [
    {
      id: 'sneak-attack',
      name: 'Sneak Attack',
      byLevel: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10],
      format: 'dice',
      sides: 6,
    },
  ],
};

export const THIEF: Subclass = {
  id: 'thief',
  name: 'Thief',
  source: SRD_2024,
  classId: 'rogue',
  features: [
    { id: 'thief-fast-hands', name: 'Fast Hands', level: 3, effects: [] },
    {
      id: 'thief-second-story-work',
      name: 'Second-Story Work',
      level: 3,
      effects: [{ kind: 'movement', mode: 'climb', speed: 'walk' }],
    },
    { id: 'thief-supreme-sneak', name: 'Supreme Sneak', level: 9, effects: [] },
    // Raises the attunement limit to 4: the Effect union has no attunement kind yet.
    { id: 'thief-use-magic-device', name: 'Use Magic Device', level: 13, effects: [] },
    { id: 'thief-thiefs-reflexes', name: "Thief's Reflexes", level: 17, effects: [] },
  ],
};

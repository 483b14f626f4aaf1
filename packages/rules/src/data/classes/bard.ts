import { SKILL_IDS } from '../../model/basics.js';
import type { ClassDefinition, Subclass } from '../../model/content.js';
import {
  FULL_CASTER_PREPARED,
  MUSICAL_INSTRUMENTS,
  SRD_2024,
  abilityScoreImprovement,
  epicBoon,
  subclassFeatures,
} from './shared.js';

export const BARD: ClassDefinition = {
  id: 'bard',
  name: 'Bard',
  source: SRD_2024,
  hitDie: 8,
  primaryAbilities: ['cha'],
  savingThrows: ['dex', 'cha'],
  armor: ['light'],
  weapons: ['simple'],
  items: [],
  skillChoices: { count: 3, from: SKILL_IDS },
  itemChoices: { count: 3, from: MUSICAL_INSTRUMENTS },
  multiclass: {
    allOf: [{ ability: 'cha', minimum: 13 }],
    armor: ['light'],
    weapons: [],
    items: [],
    skillChoices: { count: 1, from: SKILL_IDS },
    itemChoices: { count: 1, from: MUSICAL_INSTRUMENTS },
  },
  subclassLevel: 3,
  featLevels: [4, 8, 12, 16, 19],
  spellcasting: {
    ability: 'cha',
    progression: 'full',
    startsAtLevel: 1,
    cantripsKnown: [2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
    preparedSpells: FULL_CASTER_PREPARED,
    spellList: 'bard',
    // 2024 rules glossary: any caster may cast a prepared spell with the Ritual tag as a Ritual.
    ritualCasting: true,
  },
  features: [
    // The uses are the CHA modifier, not a table number: see the `bardic-inspiration` resource.
    { id: 'bard-bardic-inspiration', name: 'Bardic Inspiration', level: 1, effects: [] },
    { id: 'bard-spellcasting', name: 'Spellcasting', level: 1, effects: [] },
    // Expertise goes to skills the player picks, so it is a choice, not a fixed effect.
    { id: 'bard-expertise', name: 'Expertise', level: 2, effects: [], expertiseChoices: { count: 2 } },
    {
      id: 'bard-jack-of-all-trades',
      name: 'Jack of All Trades',
      level: 2,
      effects: [{ kind: 'half-proficiency-on-checks' }],
    },
    ...subclassFeatures('bard', 'Bard', [3, 6, 14]),
    abilityScoreImprovement('bard', 4),
    // Uses return on a Short Rest from here on: `shortRestFromLevel` of the resource.
    { id: 'bard-font-of-inspiration', name: 'Font of Inspiration', level: 5, effects: [] },
    { id: 'bard-countercharm', name: 'Countercharm', level: 7, effects: [] },
    abilityScoreImprovement('bard', 8),
    { id: 'bard-expertise', name: 'Expertise', level: 9, effects: [], expertiseChoices: { count: 2 } },
    { id: 'bard-magical-secrets', name: 'Magical Secrets', level: 10, effects: [] },
    abilityScoreImprovement('bard', 12),
    abilityScoreImprovement('bard', 16),
    { id: 'bard-superior-inspiration', name: 'Superior Inspiration', level: 18, effects: [] },
    epicBoon('bard'),
    { id: 'bard-words-of-creation', name: 'Words of Creation', level: 20, effects: [] },
  ],
  resources: [
    {
      id: 'bardic-inspiration',
      name: 'Bardic Inspiration',
      byLevel: Array.from({ length: 20 }, () => 1),
      usesAbilityModifier: 'cha',
      recharge: 'long-rest',
      shortRestFromLevel: 5,
    },
  ],
  columns: [
    {
      id: 'bardic-die',
      name: 'Bardic Die',
      byLevel: [6, 6, 6, 6, 8, 8, 8, 8, 8, 10, 10, 10, 10, 10, 12, 12, 12, 12, 12, 12],
      format: 'die',
    },
  ],
};

export const COLLEGE_OF_LORE: Subclass = {
  id: 'college-of-lore',
  name: 'College of Lore',
  source: SRD_2024,
  classId: 'bard',
  features: [
    {
      id: 'lore-bonus-proficiencies',
      name: 'Bonus Proficiencies',
      level: 3,
      effects: [],
      skillChoices: { count: 3, from: SKILL_IDS },
    },
    { id: 'lore-cutting-words', name: 'Cutting Words', level: 3, effects: [] },
    { id: 'lore-magical-discoveries', name: 'Magical Discoveries', level: 6, effects: [] },
    { id: 'lore-peerless-skill', name: 'Peerless Skill', level: 14, effects: [] },
  ],
};

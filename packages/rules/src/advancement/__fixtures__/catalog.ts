import { createCatalog } from '../../catalog.js';
import { ABILITIES, SKILL_IDS, type SkillId } from '../../model/basics.js';
import type {
  Background,
  ClassDefinition,
  ClassFeature,
  Equipment,
  Feat,
  Species,
  Spell,
  Subclass,
} from '../../model/content.js';

// A hand-written catalog for the advancement tests. It follows the 2024 rules where the tests
// lean on them (hit dice, feat levels, multiclass minimums, subclass level 3, Fighting Style,
// Expertise, Divine Order) but stays independent of the SRD tables being written alongside.
const srd = { kind: 'srd', edition: '2024' } as const;

function feature(id: string, level: number, extra: Partial<ClassFeature> = {}): ClassFeature {
  return { id, name: id, level, effects: [], ...extra };
}

function asi(levels: readonly number[]): ClassFeature[] {
  return levels.map((level) => feature(`ability-score-improvement-${level}`, level, { grantsFeatChoice: true }));
}

const STANDARD_FEAT_LEVELS = [4, 8, 12, 16, 19];

function klass(
  definition: Partial<ClassDefinition> & Pick<ClassDefinition, 'id' | 'hitDie' | 'multiclass' | 'skillChoices'>,
): ClassDefinition {
  const featLevels = definition.featLevels ?? STANDARD_FEAT_LEVELS;
  return {
    name: definition.id[0].toUpperCase() + definition.id.slice(1),
    source: srd,
    primaryAbilities: ['str'],
    savingThrows: ['str', 'con'],
    armor: [],
    weapons: ['simple'],
    items: [],
    subclassLevel: 3,
    resources: [],
    ...definition,
    featLevels,
    features: [...(definition.features ?? []), ...asi(featLevels)],
  };
}

const fullCaster = (ability: 'int' | 'wis' | 'cha', list: string) => ({
  ability,
  progression: 'full' as const,
  startsAtLevel: 1,
  cantripsKnown: Array(20).fill(3) as number[],
  preparedSpells: Array.from({ length: 20 }, (_, i) => i + 4),
  spellList: list,
  ritualCasting: true,
});

const classes: ClassDefinition[] = [
  klass({
    id: 'fighter',
    hitDie: 10,
    armor: ['light', 'medium', 'heavy', 'shield'],
    weapons: ['simple', 'martial'],
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
    featLevels: [4, 6, 8, 12, 14, 16, 19],
    features: [
      feature('fighting-style', 1, { grantsFeatCategory: 'fighting-style' }),
      feature('second-wind', 1),
      feature('action-surge', 2),
    ],
    startingEquipment: [
      { items: { 'chain-mail': 1, greatsword: 1, 'dungeoneers-pack': 1 }, gold: 4 },
      { items: { 'studded-leather-armor': 1, longbow: 1, arrows: 1 }, gold: 11 },
      { items: {}, gold: 155 },
    ],
  }),
  klass({
    id: 'wizard',
    hitDie: 6,
    primaryAbilities: ['int'],
    savingThrows: ['int', 'wis'],
    skillChoices: { count: 2, from: ['arcana', 'history', 'insight', 'investigation', 'medicine', 'religion'] },
    multiclass: { allOf: [{ ability: 'int', minimum: 13 }], armor: [], weapons: [], items: [] },
    spellcasting: fullCaster('int', 'wizard'),
    startingEquipment: [
      { items: { quarterstaff: 1, spellbook: 1 }, gold: 5, choices: [{ category: 'arcane-focus', count: 1 }] },
      { items: {}, gold: 55 },
    ],
  }),
  klass({
    id: 'rogue',
    hitDie: 8,
    primaryAbilities: ['dex'],
    skillChoices: {
      count: 4,
      from: [
        'acrobatics',
        'athletics',
        'deception',
        'insight',
        'intimidation',
        'investigation',
        'perception',
        'persuasion',
        'sleight-of-hand',
        'stealth',
      ],
    },
    multiclass: {
      allOf: [{ ability: 'dex', minimum: 13 }],
      armor: ['light'],
      weapons: [],
      items: ['thieves-tools'],
      skillChoices: {
        count: 1,
        from: [
          'acrobatics',
          'athletics',
          'deception',
          'insight',
          'intimidation',
          'investigation',
          'perception',
          'persuasion',
          'sleight-of-hand',
          'stealth',
        ],
      },
    },
    featLevels: [4, 8, 10, 12, 16, 19],
    features: [
      feature('expertise-1', 1, { expertiseChoices: { count: 2 } }),
      feature('expertise-6', 6, { expertiseChoices: { count: 2 } }),
    ],
    startingEquipment: [{ items: {}, gold: 100 }],
  }),
  klass({
    id: 'cleric',
    hitDie: 8,
    primaryAbilities: ['wis'],
    skillChoices: { count: 2, from: ['history', 'insight', 'medicine', 'persuasion', 'religion'] },
    multiclass: {
      allOf: [{ ability: 'wis', minimum: 13 }],
      armor: ['light', 'medium', 'shield'],
      weapons: [],
      items: [],
    },
    spellcasting: fullCaster('wis', 'cleric'),
    features: [
      feature('divine-order', 1, {
        options: [
          { id: 'protector', name: 'Protector', effects: [{ kind: 'armor-proficiency', category: 'heavy' }] },
          { id: 'thaumaturge', name: 'Thaumaturge', effects: [], bonusCantrips: 1 },
        ],
      }),
    ],
    startingEquipment: [{ items: {}, gold: 110 }],
  }),
];

const subclasses: Subclass[] = [
  { id: 'champion', name: 'Champion', source: srd, classId: 'fighter', features: [feature('improved-critical', 3)] },
  { id: 'evoker', name: 'Evoker', source: srd, classId: 'wizard', features: [feature('potent-cantrip', 6)] },
  { id: 'thief', name: 'Thief', source: srd, classId: 'rogue', features: [] },
  { id: 'life-domain', name: 'Life Domain', source: srd, classId: 'cleric', features: [] },
];

const species: Species[] = [
  {
    id: 'human',
    name: 'Human',
    source: srd,
    sizes: ['medium', 'small'],
    speed: 30,
    lineages: [],
    lineageRequired: false,
    traits: [
      { id: 'skillful', name: 'Skillful', effects: [], skillChoices: { count: 1, from: SKILL_IDS } },
      { id: 'versatile', name: 'Versatile', effects: [], grantsOriginFeat: true },
    ],
  },
  {
    id: 'elf',
    name: 'Elf',
    source: srd,
    sizes: ['medium'],
    speed: 30,
    lineageRequired: true,
    traits: [
      {
        id: 'keen-senses',
        name: 'Keen Senses',
        effects: [],
        skillChoices: { count: 1, from: ['insight', 'perception', 'survival'] },
      },
    ],
    lineages: [
      { id: 'elven-lineage-drow', name: 'Drow', source: srd, speciesId: 'elf', traits: [] },
      { id: 'elven-lineage-high-elf', name: 'High Elf', source: srd, speciesId: 'elf', traits: [] },
    ],
  },
  {
    id: 'dwarf',
    name: 'Dwarf',
    source: srd,
    sizes: ['medium'],
    speed: 30,
    lineages: [],
    lineageRequired: false,
    traits: [],
  },
];

const backgrounds: Background[] = [
  {
    id: 'soldier',
    name: 'Soldier',
    source: srd,
    abilityScores: ['str', 'dex', 'con'],
    featId: 'savage-attacker',
    skills: ['athletics', 'intimidation'],
    tools: { count: 1, from: ['dice-set', 'playing-card-set'] },
    equipment: { items: { spear: 1, shortbow: 1, arrows: 1 }, gold: 14 },
    goldAlternative: 50,
  },
  {
    id: 'sage',
    name: 'Sage',
    source: srd,
    abilityScores: ['con', 'int', 'wis'],
    featId: 'magic-initiate',
    skills: ['arcana', 'history'],
    tools: ['calligraphers-supplies'],
    equipment: { items: { quarterstaff: 1, 'book-of-lore': 1 }, gold: 8 },
    goldAlternative: 50,
  },
];

function feat(id: string, category: Feat['category'], extra: Partial<Feat> = {}): Feat {
  return { id, name: id, source: srd, category, prerequisites: {}, repeatable: false, effects: [], ...extra };
}

const feats: Feat[] = [
  feat('alert', 'origin'),
  feat('savage-attacker', 'origin'),
  feat('magic-initiate', 'origin', { repeatable: true }),
  feat('skilled', 'origin', { repeatable: true }),
  feat('ability-score-improvement', 'general', {
    prerequisites: { minimumLevel: 4 },
    repeatable: true,
    abilityIncrease: { amount: 2, from: ABILITIES, max: 20 },
  }),
  feat('grappler', 'general', {
    prerequisites: {
      minimumLevel: 4,
      abilities: [
        { ability: 'str', minimum: 13 },
        { ability: 'dex', minimum: 13 },
      ],
    },
    abilityIncrease: { amount: 1, from: ['str', 'dex'], max: 20 },
  }),
  feat('heavily-armored', 'general', {
    prerequisites: { minimumLevel: 4, feature: 'medium-armor' },
    abilityIncrease: { amount: 1, from: ['con', 'str'], max: 20 },
  }),
  feat('archery', 'fighting-style', { prerequisites: { feature: 'fighting-style' } }),
  feat('defense', 'fighting-style', { prerequisites: { feature: 'fighting-style' } }),
  feat('boon-of-combat-prowess', 'epic-boon', {
    prerequisites: { minimumLevel: 19 },
    abilityIncrease: { amount: 1, from: ABILITIES, max: 30 },
  }),
];

const gear = (id: string, weight = 1): Equipment => ({ id, name: id, source: srd, kind: 'gear', weight, cost: null });
const equipment: Equipment[] = [
  'chain-mail',
  'greatsword',
  'dungeoneers-pack',
  'studded-leather-armor',
  'longbow',
  'arrows',
  'quarterstaff',
  'spellbook',
  'crystal',
  'spear',
  'shortbow',
  'book-of-lore',
].map((id) => gear(id));

function spell(id: string, level: number, classList: string[]): Spell {
  return {
    id,
    name: id,
    source: srd,
    level,
    school: 'evocation',
    classes: classList,
    ritual: false,
    concentration: false,
    castingTime: 'Action',
    range: '60 feet',
    components: { verbal: true, somatic: true, material: null },
    duration: 'Instantaneous',
  };
}

const spells: Spell[] = [
  spell('fire-bolt', 0, ['wizard', 'sorcerer']),
  spell('light', 0, ['wizard', 'cleric']),
  spell('magic-missile', 1, ['wizard', 'sorcerer']),
  spell('shield', 1, ['wizard', 'sorcerer']),
  spell('misty-step', 2, ['wizard', 'sorcerer']),
  spell('fireball', 3, ['wizard', 'sorcerer']),
  spell('cure-wounds', 1, ['cleric']),
];

export const ADVANCEMENT_CATALOG = createCatalog({
  classes,
  subclasses,
  species,
  backgrounds,
  feats,
  equipment,
  spells,
});

/** Skills outside any fixture list, for negative tests. */
export const NOT_A_CLASS_SKILL: SkillId = 'nature';

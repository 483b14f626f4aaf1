/**
 * A small hand-written catalog for engine tests: enough classes, species, feats and items to
 * exercise every formula without depending on the SRD tables. Numbers follow the 2024 rules.
 */
import { createCatalog } from '../../catalog.js';
import { SKILL_IDS, type Ability, type AbilityScores, type ContentSource } from '../../model/basics.js';
import type { CharacterBuild } from '../../model/character-build.js';
import type {
  Armor,
  CasterProgression,
  ClassDefinition,
  ClassFeature,
  ClassSpellcasting,
  Feat,
  Gear,
  MagicItem,
  Spell,
  Weapon,
} from '../../model/content.js';

const SRD: ContentSource = { kind: 'srd', edition: '2024' };
const HOMEBREW: ContentSource = { kind: 'homebrew', ownerId: 'user-1' };

const FULL_PREPARED = [4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 16, 17, 17, 18, 18, 19, 20, 21, 22];
const HALF_PREPARED = [2, 3, 4, 5, 6, 6, 7, 7, 9, 9, 10, 10, 11, 11, 12, 12, 14, 14, 15, 15];
const CANTRIPS_3 = [3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];

function casting(ability: Ability, progression: CasterProgression, spellList: string): ClassSpellcasting {
  return {
    ability,
    progression,
    startsAtLevel: 1,
    cantripsKnown: progression === 'half' ? new Array<number>(20).fill(0) : CANTRIPS_3,
    preparedSpells: progression === 'half' ? HALF_PREPARED : FULL_PREPARED,
    spellList,
    ritualCasting: true,
  };
}

function asi(classId: string, levels: number[]): ClassFeature[] {
  return levels.map((level) => ({
    id: `${classId}-ability-score-improvement`,
    name: 'Ability Score Improvement',
    level,
    effects: [],
    grantsFeatChoice: true,
  }));
}

function klass(
  id: string,
  hitDie: ClassDefinition['hitDie'],
  savingThrows: [Ability, Ability],
  multiclass: Ability[],
  extra: Partial<ClassDefinition> = {},
): ClassDefinition {
  const featLevels = extra.featLevels ?? [4, 8, 12, 16, 19];
  return {
    id,
    name: id[0].toUpperCase() + id.slice(1),
    source: SRD,
    hitDie,
    primaryAbilities: [multiclass[0]],
    savingThrows,
    armor: [],
    weapons: ['simple'],
    items: [],
    skillChoices: { count: 2, from: ['athletics', 'perception', 'survival', 'intimidation', 'history', 'insight'] },
    multiclass: { allOf: multiclass.map((ability) => ({ ability, minimum: 13 })), armor: [], weapons: [], items: [] },
    subclassLevel: 3,
    resources: [],
    ...extra,
    featLevels,
    features: [
      ...(extra.features ?? []),
      ...asi(
        id,
        featLevels.filter((level) => level !== 19),
      ),
      {
        id: `${id}-epic-boon`,
        name: 'Epic Boon',
        level: 19,
        effects: [],
        grantsFeatChoice: true,
        grantsEpicBoon: true,
      },
    ],
  };
}

export const BARBARIAN = klass('barbarian', 12, ['str', 'con'], ['str'], {
  armor: ['light', 'medium', 'shield'],
  weapons: ['simple', 'martial'],
  skillChoices: {
    count: 2,
    from: ['animal-handling', 'athletics', 'intimidation', 'nature', 'perception', 'survival'],
  },
  multiclass: { allOf: [{ ability: 'str', minimum: 13 }], armor: ['shield'], weapons: ['martial'], items: [] },
  features: [
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
    {
      id: 'barbarian-fast-movement',
      name: 'Fast Movement',
      level: 5,
      effects: [{ kind: 'speed-bonus', amount: 10, requires: 'no-heavy-armor' }],
    },
  ],
  resources: [
    {
      id: 'rage',
      name: 'Rage',
      byLevel: [2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6],
      recharge: 'long-rest',
    },
  ],
});

export const FIGHTER = klass('fighter', 10, ['str', 'con'], ['str'], {
  armor: ['light', 'medium', 'heavy', 'shield'],
  weapons: ['simple', 'martial'],
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
    {
      id: 'fighter-fighting-style',
      name: 'Fighting Style',
      level: 1,
      effects: [],
      grantsFeatCategory: 'fighting-style',
    },
  ],
});

export const MONK = klass('monk', 8, ['str', 'dex'], ['dex', 'wis'], {
  skillChoices: { count: 2, from: ['acrobatics', 'athletics', 'history', 'insight', 'religion', 'stealth'] },
  features: [
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
    {
      id: 'monk-unarmored-movement',
      name: 'Unarmored Movement',
      level: 2,
      effects: [{ kind: 'speed-bonus', amount: 10, requires: 'no-armor-no-shield' }],
      scaling: [{ level: 6, effects: [{ kind: 'speed-bonus', amount: 15, requires: 'no-armor-no-shield' }] }],
    },
  ],
});

export const ROGUE = klass('rogue', 8, ['dex', 'int'], ['dex'], {
  armor: ['light'],
  skillChoices: {
    count: 4,
    from: ['acrobatics', 'athletics', 'deception', 'insight', 'perception', 'stealth', 'sleight-of-hand'],
  },
  multiclass: {
    allOf: [{ ability: 'dex', minimum: 13 }],
    armor: ['light'],
    weapons: [],
    items: ['thieves-tools'],
    skillChoices: { count: 1, from: ['acrobatics', 'stealth', 'perception'] },
  },
  featLevels: [4, 8, 10, 12, 16, 19],
  features: [
    { id: 'rogue-expertise', name: 'Expertise', level: 1, effects: [], expertiseChoices: { count: 2 } },
    { id: 'rogue-expertise', name: 'Expertise', level: 6, effects: [], expertiseChoices: { count: 2 } },
  ],
});

export const BARD = klass('bard', 8, ['dex', 'cha'], ['cha'], {
  armor: ['light'],
  skillChoices: { count: 3, from: SKILL_IDS },
  spellcasting: {
    ...casting('cha', 'full', 'bard'),
    cantripsKnown: [2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
  },
  features: [
    {
      id: 'bard-jack-of-all-trades',
      name: 'Jack of All Trades',
      level: 2,
      effects: [{ kind: 'half-proficiency-on-checks' }],
    },
  ],
  resources: [
    {
      id: 'bardic-inspiration',
      name: 'Bardic Inspiration',
      byLevel: new Array<number>(20).fill(1),
      recharge: 'long-rest',
      usesAbilityModifier: 'cha',
    },
  ],
});

export const CLERIC = klass('cleric', 8, ['wis', 'cha'], ['wis'], {
  armor: ['light', 'medium', 'shield'],
  spellcasting: { ...casting('wis', 'full', 'cleric'), cantripsKnown: CANTRIPS_3 },
  features: [
    {
      id: 'cleric-divine-order',
      name: 'Divine Order',
      level: 1,
      effects: [],
      options: [
        {
          id: 'protector',
          name: 'Protector',
          effects: [
            { kind: 'armor-proficiency', category: 'heavy' },
            { kind: 'weapon-proficiency', category: 'martial' },
          ],
        },
        { id: 'thaumaturge', name: 'Thaumaturge', effects: [], bonusCantrips: 1 },
      ],
    },
  ],
});

export const WIZARD = klass('wizard', 6, ['int', 'wis'], ['int'], { spellcasting: casting('int', 'full', 'wizard') });
export const SORCERER = klass('sorcerer', 6, ['con', 'cha'], ['cha'], {
  spellcasting: {
    ...casting('cha', 'full', 'sorcerer'),
    cantripsKnown: [4, 4, 4, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6],
  },
});
export const PALADIN = klass('paladin', 10, ['wis', 'cha'], ['str', 'cha'], {
  armor: ['light', 'medium', 'heavy', 'shield'],
  weapons: ['simple', 'martial'],
  spellcasting: casting('cha', 'half', 'paladin'),
  features: [
    {
      id: 'paladin-aura-of-protection',
      name: 'Aura of Protection',
      level: 6,
      effects: [{ kind: 'saving-throw-bonus', amount: 0, abilityModifier: 'cha', minimum: 1 }],
    },
  ],
});
export const RANGER = klass('ranger', 10, ['str', 'dex'], ['dex', 'wis'], {
  armor: ['light', 'medium', 'shield'],
  weapons: ['simple', 'martial'],
  spellcasting: casting('wis', 'half', 'ranger'),
});
export const WARLOCK = klass('warlock', 8, ['wis', 'cha'], ['cha'], {
  armor: ['light'],
  spellcasting: {
    ...casting('cha', 'pact', 'warlock'),
    cantripsKnown: [2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
  },
});
/** A homebrew class with a third-caster progression (like the 2014 Eldritch Knight). */
export const SPELLBLADE = klass('spellblade', 10, ['str', 'int'], ['int'], {
  source: HOMEBREW,
  spellcasting: { ...casting('int', 'third', 'wizard'), startsAtLevel: 3 },
});

export const DRACONIC_SORCERY = {
  id: 'draconic-sorcery',
  name: 'Draconic Sorcery',
  source: SRD,
  classId: 'sorcerer',
  features: [
    {
      id: 'draconic-sorcery-draconic-resilience',
      name: 'Draconic Resilience',
      level: 3,
      effects: [
        {
          kind: 'armor-class-formula',
          name: 'Draconic Resilience',
          base: 10,
          abilities: ['dex', 'cha'],
          allowsArmor: false,
          allowsShield: true,
        },
        { kind: 'hit-points-per-level', amount: 1, perClassLevel: 'sorcerer' },
      ],
    },
  ],
} as const satisfies import('../../model/content.js').Subclass;

export const CHAMPION = {
  id: 'champion',
  name: 'Champion',
  source: SRD,
  classId: 'fighter',
  features: [],
} as const satisfies import('../../model/content.js').Subclass;

export const THIEF = {
  id: 'thief',
  name: 'Thief',
  source: SRD,
  classId: 'rogue',
  features: [],
} as const satisfies import('../../model/content.js').Subclass;

// ------------------------------------------------------------------------- species, backgrounds

const SPECIES = [
  {
    id: 'human',
    name: 'Human',
    source: SRD,
    sizes: ['medium', 'small'],
    speed: 30,
    lineageRequired: false,
    lineages: [],
    traits: [
      { id: 'human-skillful', name: 'Skillful', effects: [], skillChoices: { count: 1, from: SKILL_IDS } },
      { id: 'human-versatile', name: 'Versatile', effects: [], grantsOriginFeat: true },
    ],
  },
  {
    id: 'dwarf',
    name: 'Dwarf',
    source: SRD,
    sizes: ['medium'],
    speed: 30,
    lineageRequired: false,
    lineages: [],
    traits: [
      { id: 'dwarf-darkvision', name: 'Darkvision', effects: [{ kind: 'darkvision', range: 120 }] },
      {
        id: 'dwarf-dwarven-resilience',
        name: 'Dwarven Resilience',
        effects: [{ kind: 'resistance', damageType: 'poison' }],
      },
      {
        id: 'dwarf-dwarven-toughness',
        name: 'Dwarven Toughness',
        effects: [{ kind: 'hit-points-per-level', amount: 1 }],
      },
    ],
  },
  {
    id: 'goliath',
    name: 'Goliath',
    source: SRD,
    sizes: ['medium'],
    speed: 35,
    lineageRequired: true,
    lineages: [
      { id: 'goliath-stone-giant', name: 'Stone Giant Ancestry', source: SRD, speciesId: 'goliath', traits: [] },
    ],
    traits: [{ id: 'goliath-powerful-build', name: 'Powerful Build', effects: [{ kind: 'carrying-size-increase' }] }],
  },
  {
    id: 'elf',
    name: 'Elf',
    source: SRD,
    sizes: ['medium'],
    speed: 30,
    lineageRequired: true,
    lineages: [
      {
        id: 'elven-lineage-drow',
        name: 'Drow',
        source: SRD,
        speciesId: 'elf',
        traits: [{ id: 'drow-darkvision', name: 'Superior Darkvision', effects: [{ kind: 'darkvision', range: 120 }] }],
      },
    ],
    traits: [
      { id: 'elf-darkvision', name: 'Darkvision', effects: [{ kind: 'darkvision', range: 60 }] },
      {
        id: 'elf-keen-senses',
        name: 'Keen Senses',
        effects: [],
        skillChoices: { count: 1, from: ['insight', 'perception', 'survival'] },
      },
    ],
  },
  {
    id: 'gnome-homebrew',
    name: 'Homebrew Gnome',
    source: HOMEBREW,
    sizes: ['small'],
    speed: 25,
    lineageRequired: false,
    lineages: [],
    traits: [],
  },
] as const satisfies import('../../model/content.js').Species[];

const BACKGROUNDS = [
  {
    id: 'soldier',
    name: 'Soldier',
    source: SRD,
    abilityScores: ['str', 'dex', 'con'],
    featId: 'savage-attacker',
    skills: ['athletics', 'intimidation'],
    tools: ['playing-card-set'],
    equipment: { items: {}, gold: 14 },
    goldAlternative: 50,
  },
  {
    id: 'sage',
    name: 'Sage',
    source: SRD,
    abilityScores: ['con', 'int', 'wis'],
    featId: 'magic-initiate',
    skills: ['arcana', 'history'],
    tools: ['calligraphers-supplies'],
    equipment: { items: {}, gold: 8 },
    goldAlternative: 50,
  },
  {
    id: 'criminal',
    name: 'Criminal',
    source: SRD,
    abilityScores: ['dex', 'con', 'int'],
    featId: 'alert',
    skills: ['sleight-of-hand', 'stealth'],
    tools: ['thieves-tools'],
    equipment: { items: {}, gold: 16 },
    goldAlternative: 50,
  },
] as const satisfies import('../../model/content.js').Background[];

// ------------------------------------------------------------------------------------ feats

function feat(id: string, category: Feat['category'], extra: Partial<Feat> = {}): Feat {
  const name = id
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
  return { id, name, source: SRD, category, prerequisites: {}, repeatable: false, effects: [], ...extra };
}

const ALL: Ability[] = ['str', 'dex', 'con', 'int', 'wis', 'cha'];
export const FEATS: Feat[] = [
  feat('alert', 'origin', { effects: [{ kind: 'initiative-bonus', amount: 'proficiency-bonus' }] }),
  feat('savage-attacker', 'origin'),
  feat('magic-initiate', 'origin', { repeatable: true }),
  feat('skilled', 'origin', { repeatable: true }),
  feat('tough', 'origin', { effects: [{ kind: 'hit-points-per-level', amount: 2 }] }),
  feat('ability-score-improvement', 'general', {
    prerequisites: { minimumLevel: 4 },
    repeatable: true,
    abilityIncrease: { amount: 2, from: ALL, max: 20 },
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
    effects: [{ kind: 'armor-proficiency', category: 'heavy' }],
    abilityIncrease: { amount: 1, from: ['con', 'str'], max: 20 },
  }),
  feat('war-caster', 'general', { prerequisites: { minimumLevel: 4, feature: 'spellcasting' } }),
  feat('defense', 'fighting-style', {
    prerequisites: { feature: 'fighting-style' },
    effects: [{ kind: 'armor-class-bonus', amount: 1, requires: 'armor' }],
  }),
  feat('boon-of-fortitude', 'epic-boon', {
    prerequisites: { minimumLevel: 19 },
    effects: [{ kind: 'hit-points-per-level', amount: 0 }],
    abilityIncrease: { amount: 1, from: ALL, max: 30 },
  }),
  feat('boon-of-homebrew', 'epic-boon', {
    source: HOMEBREW,
    prerequisites: { minimumLevel: 19 },
    abilityIncrease: { amount: 1, from: ALL, max: 30 },
  }),
];

// ------------------------------------------------------------------------------------- items

function armor(
  id: string,
  category: Armor['category'],
  ac: number,
  maxDex: number | null,
  dex: boolean,
  str = 0,
  weight = 10,
): Armor {
  const name = id
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
  return {
    id,
    name,
    source: SRD,
    kind: 'armor',
    category,
    armorClass: ac,
    dexBonus: dex,
    maxDexBonus: maxDex,
    strengthMinimum: str,
    stealthDisadvantage: category === 'heavy',
    weight,
    cost: { quantity: 10, unit: 'gp' },
  };
}

const LONGSWORD: Weapon = {
  id: 'longsword',
  name: 'Longsword',
  source: SRD,
  kind: 'weapon',
  category: 'martial',
  range: 'melee',
  damage: { dice: { count: 1, sides: 8 }, type: 'slashing' },
  versatileDamage: { count: 1, sides: 10 },
  properties: ['versatile'],
  mastery: 'sap',
  weight: 3,
  cost: { quantity: 15, unit: 'gp' },
};

const gear = (id: string, name: string, weight: number): Gear => ({
  id,
  name,
  source: SRD,
  kind: 'gear',
  weight,
  cost: { quantity: 1, unit: 'gp' },
});

export const EQUIPMENT = [
  armor('leather-armor', 'light', 11, null, true, 0, 10),
  armor('breastplate', 'medium', 14, 2, true, 0, 20),
  armor('chain-mail', 'heavy', 16, 0, false, 13, 55),
  armor('plate-armor', 'heavy', 18, 0, false, 15, 65),
  armor('shield', 'shield', 2, 0, false, 0, 6),
  LONGSWORD,
  gear('rope', 'Rope', 5),
  gear('torch', 'Torch', 1),
  gear('rations', 'Rations', 2),
];

function magic(
  id: string,
  name: string,
  attunement: boolean,
  effects: MagicItem['effects'],
  extra: Partial<MagicItem> = {},
): MagicItem {
  return {
    id,
    name,
    source: SRD,
    kind: 'magic-item',
    category: 'wondrous-item',
    rarity: 'rare',
    requiresAttunement: attunement,
    effects,
    ...extra,
  };
}

export const MAGIC_ITEMS: MagicItem[] = [
  magic('bracers-of-defense', 'Bracers of Defense', true, [
    { kind: 'armor-class-bonus', amount: 2, requires: 'no-armor-no-shield' },
  ]),
  magic('cloak-of-protection', 'Cloak of Protection', true, [
    { kind: 'armor-class-bonus', amount: 1 },
    { kind: 'saving-throw-bonus', amount: 1 },
  ]),
  magic('ring-of-protection', 'Ring of Protection', true, [
    { kind: 'armor-class-bonus', amount: 1 },
    { kind: 'saving-throw-bonus', amount: 1 },
  ]),
  magic('shield-1', '+1 Shield', false, [{ kind: 'armor-class-bonus', amount: 1 }], {
    baseItemId: 'shield',
    category: 'armor',
  }),
  magic('armor-1-chain-mail', '+1 Chain Mail', false, [{ kind: 'armor-class-bonus', amount: 1 }], {
    baseItemId: 'chain-mail',
    category: 'armor',
  }),
  magic('longsword-1', '+1 Longsword', false, [{ kind: 'weapon-attack-bonus', amount: 1 }], {
    baseItemId: 'longsword',
    category: 'weapon',
  }),
  magic(
    'robe-of-warding',
    'Robe of Warding',
    true,
    [
      {
        kind: 'armor-class-formula',
        name: 'Robe of Warding',
        base: 13,
        abilities: ['dex'],
        allowsArmor: false,
        allowsShield: true,
      },
    ],
    { source: HOMEBREW },
  ),
  magic('belt-of-giant-strength', 'Belt of Giant Strength', true, [], {
    types: [
      { id: 'hill', name: 'Hill', rarity: 'rare', effects: [{ kind: 'ability-score-set', ability: 'str', value: 21 }] },
      {
        id: 'storm',
        name: 'Storm',
        rarity: 'legendary',
        effects: [{ kind: 'ability-score-set', ability: 'str', value: 29 }],
      },
    ],
  }),
  magic(
    'manual-of-bodily-health',
    'Manual of Bodily Health',
    false,
    [
      { kind: 'ability-score-max', ability: 'con', max: 22 },
      { kind: 'ability-score-increase', ability: 'con', amount: 2, max: 22 },
    ],
    { appliesWhen: 'used' },
  ),
  magic('rod-of-the-pact-keeper-1', 'Rod of the Pact Keeper, +1', true, [
    { kind: 'spell-attack-bonus', amount: 1 },
    { kind: 'spell-save-dc-bonus', amount: 1 },
  ]),
  magic('bag-of-tricks', 'Bag of Tricks', false, []),
];

// ------------------------------------------------------------------------------------ spells

function spell(id: string, level: number, classes: string[]): Spell {
  return {
    id,
    name: id,
    source: SRD,
    level,
    school: 'evocation',
    classes,
    ritual: false,
    concentration: false,
    castingTime: 'Action',
    range: '60 feet',
    components: { verbal: true, somatic: true, material: null },
    duration: 'Instantaneous',
  };
}

export const SPELLS: Spell[] = [
  spell('fire-bolt', 0, ['wizard', 'sorcerer']),
  spell('light', 0, ['wizard', 'sorcerer', 'cleric', 'bard']),
  spell('mage-hand', 0, ['wizard', 'sorcerer', 'bard', 'warlock']),
  spell('minor-illusion', 0, ['wizard', 'sorcerer', 'bard', 'warlock']),
  spell('sacred-flame', 0, ['cleric']),
  spell('magic-missile', 1, ['wizard', 'sorcerer']),
  spell('shield', 1, ['wizard', 'sorcerer']),
  spell('cure-wounds', 1, ['cleric', 'bard', 'paladin', 'ranger']),
  spell('bless', 1, ['cleric', 'paladin']),
  spell('hex', 1, ['warlock']),
  spell('misty-step', 2, ['wizard', 'sorcerer', 'warlock']),
  spell('fireball', 3, ['wizard', 'sorcerer']),
  spell('wish', 9, ['wizard', 'sorcerer']),
];

export const CLASSES = [
  BARBARIAN,
  FIGHTER,
  MONK,
  ROGUE,
  BARD,
  CLERIC,
  WIZARD,
  SORCERER,
  PALADIN,
  RANGER,
  WARLOCK,
  SPELLBLADE,
];

export const FIXTURE_CATALOG = createCatalog({
  classes: CLASSES,
  subclasses: [DRACONIC_SORCERY, CHAMPION, THIEF],
  species: SPECIES,
  backgrounds: BACKGROUNDS,
  feats: FEATS,
  equipment: EQUIPMENT,
  magicItems: MAGIC_ITEMS,
  spells: SPELLS,
});

/**
 * A legal level-1 build to start tests from; override what a test is about. Overriding the
 * scores drops the default background increases (pass them again when a test needs them).
 */
export function build(overrides: Partial<CharacterBuild> = {}): CharacterBuild {
  const base: AbilityScores = { str: 15, dex: 14, con: 13, int: 12, wis: 10, cha: 8 };
  return {
    edition: '2024',
    speciesId: 'human',
    backgroundId: 'soldier',
    classes: [{ classId: 'fighter', level: 1 }],
    abilityScores: { method: 'standard-array', base },
    backgroundIncreases: overrides.abilityScores ? undefined : { str: 2, con: 1 },
    skillProficiencies: ['athletics', 'intimidation', 'perception', 'survival'],
    skillExpertise: [],
    feats: [{ featId: 'savage-attacker', source: { kind: 'background' } }],
    equipment: [],
    spells: [],
    ...overrides,
  };
}

/** Manual scores, for tests about a number rather than about the method. */
export function scores(values: Partial<AbilityScores>): CharacterBuild['abilityScores'] {
  return { method: 'manual', base: { str: 10, dex: 10, con: 10, int: 10, wis: 10, cha: 10, ...values } };
}

/** The six abilities, by their 5e-database indexes. */
export const ABILITIES = ['str', 'dex', 'con', 'int', 'wis', 'cha'] as const;
export type Ability = (typeof ABILITIES)[number];
export type AbilityScores = Record<Ability, number>;

/** The abilities' full names, for messages a player reads. */
export const ABILITY_NAMES: Readonly<Record<Ability, string>> = {
  str: 'Strength',
  dex: 'Dexterity',
  con: 'Constitution',
  int: 'Intelligence',
  wis: 'Wisdom',
  cha: 'Charisma',
};

/** The 18 skills, by their 5e-database indexes. */
export const SKILLS = {
  acrobatics: 'dex',
  'animal-handling': 'wis',
  arcana: 'int',
  athletics: 'str',
  deception: 'cha',
  history: 'int',
  insight: 'wis',
  intimidation: 'cha',
  investigation: 'int',
  medicine: 'wis',
  nature: 'int',
  perception: 'wis',
  performance: 'cha',
  persuasion: 'cha',
  religion: 'int',
  'sleight-of-hand': 'dex',
  stealth: 'dex',
  survival: 'wis',
} as const satisfies Record<string, Ability>;
export type SkillId = keyof typeof SKILLS;
export const SKILL_IDS = Object.keys(SKILLS) as SkillId[];

/** Which rules a character is built with. 2024 (SRD 5.2) is the default. */
export type Edition = '2024' | '2014';

export type Size = 'tiny' | 'small' | 'medium' | 'large' | 'huge' | 'gargantuan';
export const SIZES: readonly Size[] = ['tiny', 'small', 'medium', 'large', 'huge', 'gargantuan'];

export const DAMAGE_TYPES = [
  'acid',
  'bludgeoning',
  'cold',
  'fire',
  'force',
  'lightning',
  'necrotic',
  'piercing',
  'poison',
  'psychic',
  'radiant',
  'slashing',
  'thunder',
] as const;
export type DamageType = (typeof DAMAGE_TYPES)[number];

/** The 15 conditions (5e-database indexes). Exhaustion has levels and is tracked apart. */
export const CONDITIONS = [
  'blinded',
  'charmed',
  'deafened',
  'exhaustion',
  'frightened',
  'grappled',
  'incapacitated',
  'invisible',
  'paralyzed',
  'petrified',
  'poisoned',
  'prone',
  'restrained',
  'stunned',
  'unconscious',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export type ArmorCategory = 'light' | 'medium' | 'heavy' | 'shield';
export type WeaponCategory = 'simple' | 'martial';

/**
 * A die, e.g. `{ count: 1, sides: 8 }` for 1d8. `sides: 1` is a fixed amount: the Blowgun deals
 * "1 Piercing", written `{ count: 1, sides: 1 }`.
 */
export interface Dice {
  count: number;
  sides: 1 | 4 | 6 | 8 | 10 | 12 | 20 | 100;
}

/** Where content comes from: the SRD, or a user's homebrew (validated and power-scored by the catalog). */
export type ContentSource = { kind: 'srd'; edition: Edition } | { kind: 'homebrew'; ownerId: string };

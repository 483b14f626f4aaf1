import type { Ability, AbilityScores, Edition, Size, SkillId } from './basics.js';

export type AbilityScoreMethod = 'standard-array' | 'point-buy' | 'rolled' | 'manual';

export interface ClassLevels {
  classId: string;
  level: number;
  subclassId?: string;
  /**
   * Hit points gained at each level of this class after the first character level, as rolled
   * (die result, before CON). Absent or shorter than needed: the fixed value (die / 2 + 1).
   * The very first character level always takes the maximum of the die.
   */
  hitPointRolls?: readonly number[];
}

/** A feat the character has, and the choices it needs. */
export interface FeatChoice {
  featId: string;
  /** Where it came from: the background's origin feat, a class feat level, an epic boon, … */
  source:
    | { kind: 'background' }
    | { kind: 'class-level'; classId: string; level: number }
    | { kind: 'species' }
    | { kind: 'other' };
  /** For feats with `abilityIncrease`: the chosen ability (and for the ASI feat, up to two). */
  abilityIncreases?: Partial<Record<Ability, number>>;
  /** Skills chosen by feats like Skilled. */
  skills?: readonly SkillId[];
}

export interface EquipmentEntry {
  /** Equipment or magic-item id from the catalog. */
  itemId: string;
  quantity: number;
  equipped: boolean;
  attuned: boolean;
  /** For a magic item with `types`, the kind this one is (`hill` for a Belt of Giant Strength (hill)). */
  typeId?: string;
  /**
   * For a magic item made from any item of a kind (Armor +1, Weapon +1, no `baseItemId` of its
   * own): the equipment id it is (`chain-mail`), so the sheet gets its base AC, weight and so on.
   */
  baseItemId?: string;
  /** For a magic item with `appliesWhen: 'used'` (a Manual, a Tome): the character has used it, so its effects apply. */
  used?: boolean;
}

export interface SpellEntry {
  classId: string;
  spellId: string;
  /** Prepared (or known, for cantrips). Unprepared spells are in the spellbook or list only. */
  prepared: boolean;
}

/**
 * What one level added to a build, so `undoLastLevel` can take exactly that back. Written by the
 * advancement rules (`createCharacterBuild`, `levelUp`); a sheet entered by hand has none.
 */
export interface LevelRecord {
  classId: string;
  /** The character level this level reached. */
  characterLevel: number;
  classLevel: number;
  /** The class entry was added by this level (the first level, or a new class by multiclassing). */
  newClass: boolean;
  hitPoints: 'maximum' | 'fixed' | 'rolled';
  /** The class's `hitPointRolls` before this level, when the level changed them (null: they were absent). */
  previousHitPointRolls?: readonly number[] | null;
  subclassId?: string;
  /** Feats this level granted (the ASI/feat choice, a Fighting Style feat…), appended to `feats`. */
  feats?: readonly FeatChoice[];
  /** Options picked for this level's features, added to `featureOptions`. */
  featureOptions?: Readonly<Record<string, string>>;
  skills?: readonly SkillId[];
  expertise?: readonly SkillId[];
  spellsAdded?: readonly SpellEntry[];
  /** Spells this level replaced, with their index in `spells` before the level. */
  spellsRemoved?: readonly { index: number; spell: SpellEntry }[];
}

/**
 * Every choice that defines a character: what a player enters (guided, or copied from paper).
 * `deriveCharacter` computes the sheet from it; `validateCharacter` reports what breaks the rules.
 */
export interface CharacterBuild {
  edition: Edition;
  speciesId?: string;
  lineageId?: string;
  size?: Size;
  backgroundId?: string;
  /** The first entry is the starting class. */
  classes: readonly ClassLevels[];
  abilityScores: { method: AbilityScoreMethod; base: AbilityScores };
  /** Background increases: +2/+1 or +1/+1/+1 among the background's three abilities. */
  backgroundIncreases?: Partial<Record<Ability, number>>;
  /** Chosen skill proficiencies (class and background choices, or as copied from paper). */
  skillProficiencies: readonly SkillId[];
  skillExpertise: readonly SkillId[];
  /** The option picked for each class feature that offers options, by feature id (`cleric-divine-order` → `protector`). */
  featureOptions?: Readonly<Record<string, string>>;
  feats: readonly FeatChoice[];
  equipment: readonly EquipmentEntry[];
  spells: readonly SpellEntry[];
  /** One record per level gained through the advancement rules, oldest first (see `LevelRecord`). */
  levelHistory?: readonly LevelRecord[];
}

import type {
  Ability,
  ArmorCategory,
  ContentSource,
  DamageType,
  Dice,
  Size,
  SkillId,
  WeaponCategory,
} from './basics.js';
import type { Effect } from './effects.js';

/** A choice a player makes: pick `count` of `from` (skills, tools, …). */
export interface Choice<T extends string = string> {
  count: number;
  from: readonly T[];
}

/** Common to every catalog entry. `id` is the 5e-database index (`barbarian`, `chain-mail`). */
export interface ContentBase {
  id: string;
  name: string;
  source: ContentSource;
}

// ---------------------------------------------------------------------------------- classes

export type CasterProgression = 'full' | 'half' | 'third' | 'pact';

export interface ClassSpellcasting {
  ability: Ability;
  progression: CasterProgression;
  /** First class level with spellcasting (2024: 1 for every caster, including Paladin and Ranger). */
  startsAtLevel: number;
  /** Cantrips known at class levels 1..20 (index 0 = level 1). */
  cantripsKnown: readonly number[];
  /** Prepared spells at class levels 1..20 (index 0 = level 1). */
  preparedSpells: readonly number[];
  /** Id of the class spell list (the class id for the SRD classes). */
  spellList: string;
  /** Whether the class may cast its spells with the Ritual tag as rituals. */
  ritualCasting: boolean;
}

export interface ClassFeature {
  id: string;
  name: string;
  level: number;
  /** Effects that change numbers on the sheet or grant proficiencies; empty for text-only features. */
  effects: Effect[];
  /** The feature offers an Ability Score Improvement or feat at this level (the player's choice). */
  grantsFeatChoice?: boolean;
  /** Epic boon at level 19 (2024). */
  grantsEpicBoon?: boolean;
  /** The feature grants a feat of this category (Fighting Style: a `fighting-style` feat). */
  grantsFeatCategory?: FeatCategory;
  /** Skill proficiencies the player picks (Primal Knowledge, Bonus Proficiencies). */
  skillChoices?: Choice<SkillId>;
  /** Expertise the player assigns to `count` proficient skills, among `from` when given (Scholar). */
  expertiseChoices?: { count: number; from?: readonly SkillId[] };
  /** Mutually exclusive options the player picks one of, each with its own effects (Divine Order). */
  options?: readonly ClassFeatureOption[];
  /**
   * From a higher class level on, these effects replace `effects` (the last entry whose level is
   * reached wins): Unarmored Movement +10 ft at Monk 2, +15 ft at 6, …
   */
  scaling?: readonly { level: number; effects: Effect[] }[];
}

/** One option of a feature that offers a choice (Divine Order: Protector or Thaumaturge). */
export interface ClassFeatureOption {
  id: string;
  name: string;
  effects: Effect[];
  /** Extra cantrips known for the class (Thaumaturge, Magician: 1). */
  bonusCantrips?: number;
}

/** A per-level counter from the class table: rages, ki/focus points, sorcery points, … */
export interface ClassResource {
  id: string;
  name: string;
  /** Value at class levels 1..20 (index 0 = level 1); 0 where the resource is not yet gained. */
  byLevel: readonly number[];
  recharge: 'short-rest' | 'long-rest';
  /** With a long-rest recharge: uses regained on a Short Rest (Rage, Channel Divinity, Wild Shape: 1). */
  shortRestRegain?: number;
  /**
   * Uses equal this ability's modifier (minimum 1) wherever `byLevel` is not 0, instead of the
   * `byLevel` value (Bardic Inspiration: CHA).
   */
  usesAbilityModifier?: Ability;
  /** From this class level on, every use returns on a Short Rest too (Font of Inspiration: 5). */
  shortRestFromLevel?: number;
}

/**
 * A per-level number of the class table that is not spent: Rage Damage, Martial Arts die, Sneak
 * Attack dice, Weapon Mastery count, Eldritch Invocations.
 */
export interface ClassTableColumn {
  id: string;
  name: string;
  /** Values at class levels 1..20: a count or bonus, a die size (`die`: 6 = d6) or a number of dice of `sides`. */
  byLevel: readonly number[];
  format: 'number' | 'bonus' | 'die' | 'dice';
  sides?: Dice['sides'];
}

export interface Subclass extends ContentBase {
  classId: string;
  features: readonly ClassFeature[];
  /** Subclasses that cast (Eldritch Knight, Arcane Trickster) — none in the SRD 2024, but homebrew may. */
  spellcasting?: ClassSpellcasting;
}

export interface MulticlassRules {
  /** Every listed minimum must be met… */
  allOf: readonly { ability: Ability; minimum: number }[];
  /** …and, when present, at least one of these (Fighter: STR 13 or DEX 13). */
  anyOf?: readonly { ability: Ability; minimum: number }[];
  /** Proficiencies gained when this class is taken as a second or later class. */
  armor: readonly ArmorCategory[];
  weapons: readonly WeaponCategory[];
  items: readonly string[];
  skillChoices?: Choice<SkillId>;
  /** Tool or instrument proficiencies to pick (Bard: one musical instrument). */
  itemChoices?: Choice;
}

export interface ClassDefinition extends ContentBase {
  hitDie: 6 | 8 | 10 | 12;
  primaryAbilities: readonly Ability[];
  savingThrows: readonly [Ability, Ability];
  armor: readonly ArmorCategory[];
  weapons: readonly WeaponCategory[];
  /** Individual weapon or tool proficiencies (equipment indexes). */
  items: readonly string[];
  skillChoices: Choice<SkillId>;
  /** Tool or instrument proficiencies to pick (equipment indexes): Bard three instruments, Monk one. */
  itemChoices?: Choice;
  multiclass: MulticlassRules;
  /** Class level at which the subclass is chosen (3 for every 2024 class). */
  subclassLevel: number;
  features: readonly ClassFeature[];
  resources: readonly ClassResource[];
  spellcasting?: ClassSpellcasting;
  /**
   * Levels at which the class grants an ASI or feat (4, 8, 12, 16 for most; Fighter and Rogue have
   * more), and 19, whose Epic Boon feature grants an epic boon or another feat the character qualifies for.
   */
  featLevels: readonly number[];
  /** Other per-level numbers of the class table (Rage Damage, Martial Arts, Sneak Attack, …). */
  columns?: readonly ClassTableColumn[];
  /** Starting equipment options A, B, (C): each items plus gold pieces; the gold-only option has no items. */
  startingEquipment?: readonly StartingEquipmentOption[];
}

/** One starting-equipment option: item index → quantity, gold pieces, and items to pick from a category. */
export interface StartingEquipmentOption {
  items: Readonly<Record<string, number>>;
  gold: number;
  choices?: readonly { category: string; count: number }[];
}

// -------------------------------------------------------------------------- species, backgrounds

export interface SpeciesTrait {
  id: string;
  name: string;
  effects: Effect[];
  /** Character level at which the trait applies (lineage spells at 3 and 5, Large Form at 5); 1 when absent. */
  level?: number;
  /** Skill proficiency the player picks (Keen Senses, Skillful). */
  skillChoices?: Choice<SkillId>;
  /** The trait grants an origin feat of the player's choice (Human Versatile). */
  grantsOriginFeat?: boolean;
  /** Spells the trait grants (spell ids), known or always prepared. */
  spells?: readonly string[];
}

export interface Lineage extends ContentBase {
  speciesId: string;
  traits: readonly SpeciesTrait[];
  /** Damage type tied to the lineage (Dragonborn ancestry, Goliath giant ancestry where relevant). */
  damageType?: DamageType;
}

export interface Species extends ContentBase {
  /** Sizes the player may pick from (Human: medium or small). */
  sizes: readonly Size[];
  speed: number;
  traits: readonly SpeciesTrait[];
  lineages: readonly Lineage[];
  /** Whether a lineage must be chosen (Elf, Gnome, Tiefling, Dragonborn, Goliath). */
  lineageRequired: boolean;
}

export interface Background extends ContentBase {
  /** The three abilities the background may increase: +2/+1 or +1/+1/+1 among them. */
  abilityScores: readonly [Ability, Ability, Ability];
  /** The origin feat it grants. */
  featId: string;
  /** The option the background fixes for that feat (Acolyte: Magic Initiate with the `cleric` list). */
  featOption?: string;
  skills: readonly SkillId[];
  /** Tool proficiency (an equipment index) or a choice among tools. */
  tools: readonly string[] | Choice;
  /**
   * Starting equipment option A (item index → quantity, plus gold pieces, plus items to pick from
   * an equipment category: a Holy Symbol, a Gaming Set); option B is `goldAlternative`.
   */
  equipment: {
    items: Readonly<Record<string, number>>;
    gold: number;
    choices?: readonly { category: string; count: number }[];
  };
  goldAlternative: number;
}

// ---------------------------------------------------------------------------------------- feats

export type FeatCategory = 'origin' | 'general' | 'fighting-style' | 'epic-boon';

export interface FeatPrerequisites {
  minimumLevel?: number;
  /** Any one of these ability minimums (e.g. STR or DEX 13). */
  abilities?: readonly { ability: Ability; minimum: number }[];
  /** Needs the Fighting Style feature, or spellcasting, or armor training. */
  feature?: 'fighting-style' | 'spellcasting' | 'light-armor' | 'medium-armor';
}

export interface Feat extends ContentBase {
  category: FeatCategory;
  prerequisites: FeatPrerequisites;
  repeatable: boolean;
  /** Fixed effects. Ability increases the player chooses are described by `abilityIncrease`. */
  effects: Effect[];
  /** +1 (or +amount) to one of these abilities, chosen by the player, up to `max`. */
  abilityIncrease?: { amount: number; from: readonly Ability[]; max: number };
}

// ------------------------------------------------------------------------------------ equipment

export interface Cost {
  quantity: number;
  unit: 'cp' | 'sp' | 'ep' | 'gp' | 'pp';
}

export interface ItemBase extends ContentBase {
  /** Weight in pounds (0 when negligible). */
  weight: number;
  cost: Cost | null;
}

export interface Armor extends ItemBase {
  kind: 'armor';
  category: ArmorCategory;
  /** Base AC (for a shield: the bonus, 2). */
  armorClass: number;
  /** Whether DEX applies, and its cap (medium armor: 2; heavy: no DEX). */
  dexBonus: boolean;
  maxDexBonus: number | null;
  strengthMinimum: number;
  stealthDisadvantage: boolean;
}

export type WeaponProperty =
  'ammunition' | 'finesse' | 'heavy' | 'light' | 'loading' | 'range' | 'reach' | 'thrown' | 'two-handed' | 'versatile';

export type WeaponMastery = 'cleave' | 'graze' | 'nick' | 'push' | 'sap' | 'slow' | 'topple' | 'vex';

export interface Weapon extends ItemBase {
  kind: 'weapon';
  category: WeaponCategory;
  range: 'melee' | 'ranged';
  damage: { dice: Dice; type: DamageType } | null;
  versatileDamage?: Dice;
  properties: readonly WeaponProperty[];
  mastery: WeaponMastery | null;
  /** Normal and long range in feet for ranged and thrown weapons. */
  ranges?: { normal: number; long: number };
  /** Equipment id of the ammunition an Ammunition weapon fires (`arrows`, `bolts`, …). */
  ammunition?: string;
}

/**
 * What a container holds. Any limit given applies; `items` counts single pieces (a Quiver holds
 * 20 Arrows, which is one bundle of `arrows`).
 */
export interface ContainerCapacity {
  pounds?: number;
  items?: number;
  cubicFeet?: number;
}

export interface Gear extends ItemBase {
  kind: 'gear' | 'tool' | 'ammunition' | 'pack' | 'container' | 'mount' | 'vehicle';
  /** Containers: what they hold (a backpack holds 30 lb / 1 cubic foot). */
  capacity?: ContainerCapacity;
  /** How many pieces one purchase is, when more than one (Arrows: 20); weight and cost are per bundle. */
  bundle?: number;
}

export type Equipment = Armor | Weapon | Gear;

export type Rarity = 'common' | 'uncommon' | 'rare' | 'very-rare' | 'legendary' | 'artifact' | 'varies';

/**
 * One kind of an item whose kind is chosen when it is found and changes its numbers (a Belt of
 * Giant Strength (hill), an Ioun Stone of Protection). A character's equipment entry names it by
 * `typeId`; its effects replace the item's own.
 */
export interface MagicItemType {
  id: string;
  name: string;
  rarity: Rarity;
  effects: Effect[];
}

export interface MagicItem extends ContentBase {
  kind: 'magic-item';
  category: string;
  rarity: Rarity;
  requiresAttunement: boolean;
  /** Effects while equipped (and attuned, when attunement is required); see `appliesWhen`. */
  effects: Effect[];
  /**
   * `'used'`: the effects are permanent once the item is used, not while it is carried (a Manual or
   * Tome: read it once, keep the increase). Absent: `'equipped'`.
   */
  appliesWhen?: 'equipped' | 'used';
  /** The mundane item it is built on, when it has one (a +1 longsword is a `longsword`). */
  baseItemId?: string;
  /** Weight in pounds when the item has its own (Bag of Holding: 15); else the base item's, else 0. */
  weight?: number;
  charges?: { max: number; recharge: 'dawn' | 'long-rest' | 'short-rest' | 'none' };
  /** Ids of the variant records of a family (`armor` → `armor-1`, `armor-2`, `armor-3`). */
  variants?: readonly string[];
  /** Kinds chosen when the item is found, when they change its numbers (see `MagicItemType`). */
  types?: readonly MagicItemType[];
  /** Containers (Bag of Holding: 500 lb within 64 cubic feet). */
  capacity?: ContainerCapacity;
}

// ---------------------------------------------------------------------------------------- spells

export type SpellSchool =
  | 'abjuration'
  | 'conjuration'
  | 'divination'
  | 'enchantment'
  | 'evocation'
  | 'illusion'
  | 'necromancy'
  | 'transmutation';

export interface Spell extends ContentBase {
  /** 0 for cantrips. */
  level: number;
  school: SpellSchool;
  /** Ids of the class spell lists that include it. */
  classes: readonly string[];
  ritual: boolean;
  concentration: boolean;
  /** As printed: `Action`, `Bonus Action`, `Reaction`, `1 minute`, … */
  castingTime: string;
  /** As printed: `Self`, `Touch`, `60 feet`, … */
  range: string;
  components: { verbal: boolean; somatic: boolean; material: string | null };
  /** As printed: `Instantaneous`, `1 hour`, … (concentration is the separate flag). */
  duration: string;
  /**
   * Damage at the spell's base level, when it deals damage (`area`: it can hit several
   * creatures). Optional: homebrew spells give it so the catalog can score their power.
   */
  damage?: { dice: Dice; type: DamageType; area: boolean };
}

// ------------------------------------------------------------------------------------ catalog

/**
 * Everything the engine can look up by id: the SRD tables plus whatever homebrew a campaign
 * allows. The engine never reaches for content any other way.
 */
export interface RulesCatalog {
  classes: ReadonlyMap<string, ClassDefinition>;
  subclasses: ReadonlyMap<string, Subclass>;
  species: ReadonlyMap<string, Species>;
  lineages: ReadonlyMap<string, Lineage>;
  backgrounds: ReadonlyMap<string, Background>;
  feats: ReadonlyMap<string, Feat>;
  equipment: ReadonlyMap<string, Equipment>;
  magicItems: ReadonlyMap<string, MagicItem>;
  spells: ReadonlyMap<string, Spell>;
}

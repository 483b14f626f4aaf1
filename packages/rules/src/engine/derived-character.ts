import type { Ability, ArmorCategory, DamageType, Edition, Size, SkillId, WeaponCategory } from '../model/basics.js';
import type { Stat } from './stat.js';

export type ProficiencyLevel = 'none' | 'half' | 'proficient' | 'expertise';

export interface DerivedAbilityScore {
  ability: Ability;
  score: Stat;
  modifier: Stat;
}

export interface DerivedSavingThrow {
  ability: Ability;
  proficient: boolean;
  bonus: Stat;
}

export interface DerivedSkill {
  skill: SkillId;
  ability: Ability;
  proficiency: ProficiencyLevel;
  bonus: Stat;
}

export interface DerivedSpellcasting {
  classId: string;
  ability: Ability;
  saveDC: Stat;
  attackBonus: Stat;
  cantripsKnown: number;
  preparedSpells: number;
  /** The highest spell level this class could cast as a single-class character (its spell level limit). */
  maxSpellLevel: number;
  pactMagic: boolean;
}

/** Variant-encumbrance bands over the carrying capacity table (see tables/carrying.ts). */
export type EncumbranceState = 'unencumbered' | 'encumbered' | 'heavily-encumbered' | 'over-capacity';

export interface DerivedResource {
  id: string;
  name: string;
  max: Stat;
  recharge: 'short-rest' | 'long-rest' | 'dawn';
}

/** The sheet: every number the rules compute from a `CharacterBuild`, each with its breakdown. */
export interface DerivedCharacter {
  edition: Edition;
  level: Stat;
  proficiencyBonus: Stat;
  abilities: Record<Ability, DerivedAbilityScore>;
  savingThrows: DerivedSavingThrow[];
  skills: DerivedSkill[];
  passivePerception: Stat;
  passiveInvestigation: Stat;
  passiveInsight: Stat;
  initiative: Stat;
  armorClass: Stat;
  /** Name of the base formula that won (`Chain Mail`, `Unarmored Defense`, `Unarmored`). */
  armorClassFormula: string;
  maxHitPoints: Stat;
  hitDice: { die: number; count: number }[];
  size: Size;
  speed: Stat;
  movement: { mode: 'climb' | 'swim' | 'fly' | 'burrow'; speed: number }[];
  carrying: { capacity: Stat; carriedWeight: Stat; state: EncumbranceState };
  spellcasting: DerivedSpellcasting[];
  /** Caster level for the (multiclass) slot table; its breakdown shows each class's share. */
  casterLevel: Stat;
  /** Slots of spell levels 1..9 (Pact Magic apart). */
  spellSlots: number[];
  pactMagic: { slots: number; slotLevel: number } | null;
  attunement: { count: number; max: number };
  proficiencies: {
    armor: ArmorCategory[];
    weapons: WeaponCategory[];
    items: string[];
    savingThrows: Ability[];
  };
  resistances: DamageType[];
  darkvision: Stat;
  resources: DerivedResource[];
}

import type { Ability, ArmorCategory, DamageType, SkillId, WeaponCategory } from './basics.js';

/**
 * A structured, machine-readable effect of a feature, trait, feat or item: the part of the rules
 * text that changes a number on the sheet or grants a proficiency. Text with no mechanical
 * effect on the sheet has no effects. `deriveCharacter` applies them; every number it produces
 * names the source of each effect that contributed.
 */
export type Effect =
  /** +amount to a score (background increase, ASI, Tome of Clear Thought); `max` caps the result (20 unless raised). */
  | { kind: 'ability-score-increase'; ability: Ability; amount: number; max?: number }
  /** The score becomes `value` unless already higher (Belt of Giant Strength, Headband of Intellect). */
  | { kind: 'ability-score-set'; ability: Ability; value: number }
  /** Raises the cap for a score (Primal Champion: STR and CON to 25; epic boons to 30). */
  | { kind: 'ability-score-max'; ability: Ability; max: number }
  /** A base armor-class formula the character may use: base + the named modifiers (Unarmored Defense, Draconic Resilience, Mage Armor). */
  | {
      kind: 'armor-class-formula';
      name: string;
      base: number;
      abilities: Ability[];
      allowsArmor: false;
      allowsShield: boolean;
    }
  /** A flat AC bonus (Cloak of Protection +1; Defense fighting style: only while wearing armor; Bracers of Defense: no armor and no shield). */
  | { kind: 'armor-class-bonus'; amount: number; requires?: 'armor' | 'no-armor-no-shield' }
  | { kind: 'saving-throw-proficiency'; ability: Ability }
  /**
   * +amount to saving throws; all abilities when `ability` is absent (Cloak/Ring of Protection).
   * `abilityModifier` adds that ability's modifier too, at least `minimum` in total (Aura of
   * Protection: amount 0 + CHA modifier, minimum +1).
   */
  | { kind: 'saving-throw-bonus'; amount: number; ability?: Ability; abilityModifier?: Ability; minimum?: number }
  | { kind: 'skill-proficiency'; skill: SkillId }
  | { kind: 'skill-expertise'; skill: SkillId }
  /** Half proficiency (rounded down) on ability checks without proficiency (Jack of All Trades). */
  | { kind: 'half-proficiency-on-checks' }
  /** +amount, or + the proficiency bonus, to initiative (Alert 2024: proficiency bonus). */
  | { kind: 'initiative-bonus'; amount: number | 'proficiency-bonus' }
  /** Walking speed bonus; `requires: 'no-heavy-armor'` (Fast Movement), 'no-armor-no-shield' (Unarmored Movement). */
  | { kind: 'speed-bonus'; amount: number; requires?: 'no-heavy-armor' | 'no-armor-no-shield' }
  /** Another movement mode at a speed, or equal to walking speed (`'walk'`). */
  | { kind: 'movement'; mode: 'climb' | 'swim' | 'fly' | 'burrow'; speed: number | 'walk' }
  /**
   * Extra hit points per character level (Tough: 2; Dwarven Toughness: 1), or per level of one
   * class when `perClassLevel` names it (Draconic Resilience: 1 per Sorcerer level).
   */
  | { kind: 'hit-points-per-level'; amount: number; perClassLevel?: string }
  | { kind: 'passive-bonus'; skill: SkillId; amount: number }
  | { kind: 'armor-proficiency'; category: ArmorCategory }
  | { kind: 'weapon-proficiency'; category: WeaponCategory }
  /** Proficiency with one weapon or tool, by its equipment index (e.g. `longsword`, `thieves-tools`). */
  | { kind: 'item-proficiency'; item: string }
  | { kind: 'resistance'; damageType: DamageType }
  | { kind: 'darkvision'; range: number }
  /** Counts as one size larger for carrying capacity (Powerful Build). */
  | { kind: 'carrying-size-increase' }
  /** +amount to spell attack rolls and/or spell save DCs (Rod of the Pact Keeper, Wand of the War Mage). */
  | { kind: 'spell-attack-bonus'; amount: number }
  | { kind: 'spell-save-dc-bonus'; amount: number }
  /** +amount to attack and/or damage rolls with this item (a +1 weapon). */
  | { kind: 'weapon-attack-bonus'; amount: number }
  | { kind: 'weapon-damage-bonus'; amount: number }
  /** +amount to all ability checks (Stone of Good Luck) or to one ability's. */
  | { kind: 'ability-check-bonus'; amount: number; ability?: Ability }
  /** Counts of a class resource per level come from the class table; this adds uses (Lucky is its own resource). */
  | {
      kind: 'resource';
      id: string;
      name: string;
      uses: number | 'proficiency-bonus';
      recharge: 'short-rest' | 'long-rest' | 'dawn';
    };

export type EffectKind = Effect['kind'];

/** Something that has effects and a name to show in a breakdown ("Cloak of Protection"). */
export interface EffectSource {
  id: string;
  name: string;
  effects: Effect[];
}

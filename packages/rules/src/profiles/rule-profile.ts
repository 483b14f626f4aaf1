import type { Edition } from '../model/basics.js';
import type { Effect } from '../model/effects.js';

/**
 * The rules that differ between editions. The catalog holds one version of each feat and
 * feature (the 2024 one); a profile says how the engine reads the places where the 2014 rules
 * differ, so a table that still plays 2014 gets a correct sheet from the same content.
 */
export interface RuleProfile {
  edition: Edition;
  /** Multiclass caster level from Paladin/Ranger levels: 2024 rounds half up, 2014 down. */
  halfCasterRounding: 'up' | 'down';
  /** Lowest class level at which a half caster casts (2014: Paladin and Ranger start at 2). */
  halfCasterMinimumLevel: number;
  /** 2014: Jack of All Trades also adds half proficiency to initiative. */
  jackOfAllTradesOnInitiative: boolean;
  /** The usual cap on increases (background, ASI, feats, items without their own max). */
  abilityScoreCap: number;
  /** Cap for increases from epic boon feats (2024: 30; 2014 has no epic boons, so 20). */
  epicBoonAbilityCap: number;
  /**
   * Effects that replace the catalog's effects of a feat, feature or trait, by its id
   * (2014 Alert: +5 initiative; 2014 Draconic Resilience: 13 + DEX).
   */
  effectOverrides: Readonly<Record<string, readonly Effect[]>>;
}

export const RULES_2024: RuleProfile = {
  edition: '2024',
  halfCasterRounding: 'up',
  halfCasterMinimumLevel: 1,
  jackOfAllTradesOnInitiative: false,
  abilityScoreCap: 20,
  epicBoonAbilityCap: 30,
  effectOverrides: {},
};

export const RULES_2014: RuleProfile = {
  edition: '2014',
  halfCasterRounding: 'down',
  halfCasterMinimumLevel: 2,
  jackOfAllTradesOnInitiative: true,
  abilityScoreCap: 20,
  epicBoonAbilityCap: 20,
  effectOverrides: {
    // 2014 Alert: +5 to initiative (2024: + proficiency bonus).
    alert: [{ kind: 'initiative-bonus', amount: 5 }],
    // 2014 Draconic Resilience: unarmored AC 13 + DEX, +1 HP per sorcerer level (2024: 10 + DEX + CHA).
    'draconic-sorcery-draconic-resilience': [
      {
        kind: 'armor-class-formula',
        name: 'Draconic Resilience',
        base: 13,
        abilities: ['dex'],
        allowsArmor: false,
        allowsShield: true,
      },
      { kind: 'hit-points-per-level', amount: 1, perClassLevel: 'sorcerer' },
    ],
  },
};

export const RULE_PROFILES: Readonly<Record<Edition, RuleProfile>> = { '2024': RULES_2024, '2014': RULES_2014 };

/** The profile of an edition (2024 for anything unknown). */
export function ruleProfileFor(edition: Edition | undefined): RuleProfile {
  return edition === '2014' ? RULES_2014 : RULES_2024;
}

export type Severity = 'error' | 'warning' | 'info';

/** One broken (or noteworthy) rule: stable id, where in the build, what a player should know and do. */
export interface ValidationIssue {
  ruleId: string;
  severity: Severity;
  /** Field path in the build: `abilityScores.base.str`, `classes[1].classId`, `equipment[3].attuned`. */
  path: string;
  message: string;
  suggestion?: string;
}

export interface ValidationReport {
  /** True when there is no `error` (warnings and infos do not make a build illegal). */
  valid: boolean;
  issues: ValidationIssue[];
}

/** The table a campaign plays by; limits checked on top of the rules (ruleIds under `campaign.*`). */
export interface CampaignRuleProfile {
  allowedSources?: ('srd' | 'homebrew')[];
  /**
   * Homebrew entries allowed one by one (catalog ids `hb-…`) on top of `allowedSources`, for a
   * campaign that allows SRD content and a few homebrew entries rather than every homebrew.
   * Only read when `allowedSources` is set.
   */
  allowedHomebrew?: string[];
  allowedClasses?: string[];
  allowedSpecies?: string[];
  startingLevel?: number;
  levelRange?: { min: number; max: number };
  bannedItems?: string[];
}

/** Every rule id `validateCharacter` can report, with its severity. */
export const VALIDATION_RULES = {
  'edition.unknown': 'error',
  'ability-scores.method': 'error',
  'ability-scores.integer': 'error',
  'ability-scores.standard-array': 'error',
  'ability-scores.point-buy.range': 'error',
  'ability-scores.point-buy.budget': 'error',
  'ability-scores.point-buy.unspent': 'info',
  'ability-scores.rolled.range': 'error',
  'ability-scores.manual.range': 'error',
  'ability-scores.manual.above-20': 'warning',
  'background-increases.no-background': 'error',
  'background-increases.pattern': 'error',
  'background-increases.ability': 'error',
  'background-increases.cap': 'error',
  'background-increases.missing': 'info',
  'species.missing': 'warning',
  'species.unknown': 'error',
  'species.lineage.unknown': 'error',
  'species.lineage.mismatch': 'error',
  'species.lineage.required': 'error',
  'species.size': 'error',
  'background.missing': 'warning',
  'background.unknown': 'error',
  'classes.missing': 'error',
  'classes.unknown': 'error',
  'classes.level': 'error',
  'classes.duplicate': 'error',
  'level.range': 'error',
  'hit-points.roll': 'error',
  'multiclass.prerequisite.starting-class': 'error',
  'multiclass.prerequisite.new-class': 'error',
  'subclass.unknown': 'error',
  'subclass.class-mismatch': 'error',
  'subclass.level': 'error',
  'subclass.missing': 'warning',
  'feature-options.unknown': 'error',
  'feature-options.missing': 'warning',
  'skills.unknown': 'error',
  'skills.duplicate': 'warning',
  'skills.not-available': 'error',
  'skills.too-many': 'error',
  'skills.choices-remaining': 'info',
  'skills.expertise.not-proficient': 'error',
  'skills.expertise.too-many': 'error',
  'feats.unknown': 'error',
  'feats.prerequisite.level': 'error',
  'feats.prerequisite.ability': 'error',
  'feats.prerequisite.feature': 'error',
  'feats.epic-boon.level': 'error',
  'feats.repeatable': 'error',
  'feats.count': 'error',
  'feats.slot': 'error',
  'feats.slot-category': 'error',
  'feats.slots-remaining': 'info',
  'feats.background.mismatch': 'warning',
  'feats.background.missing': 'warning',
  'feats.species': 'error',
  'feats.ability-increase': 'error',
  'spells.unknown': 'error',
  'spells.class-not-taken': 'error',
  'spells.not-a-caster': 'error',
  'spells.class-list': 'warning',
  'spells.level': 'error',
  'spells.prepared-count': 'error',
  'spells.cantrip-count': 'error',
  'spells.duplicate': 'warning',
  'equipment.unknown': 'error',
  'equipment.quantity': 'error',
  'equipment.armor.proficiency': 'warning',
  'equipment.armor.strength': 'info',
  'equipment.armor.multiple': 'warning',
  'attunement.max': 'error',
  'attunement.not-required': 'error',
  'campaign.source': 'error',
  'campaign.class': 'error',
  'campaign.species': 'error',
  'campaign.starting-level': 'warning',
  'campaign.level-range': 'error',
  'campaign.banned-item': 'error',
} as const satisfies Record<string, Severity>;

export type ValidationRuleId = keyof typeof VALIDATION_RULES;

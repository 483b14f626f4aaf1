import type { CharacterBuild } from '../model/character-build.js';
import type { RulesCatalog } from '../model/content.js';
import { type RuleProfile, ruleProfileFor } from '../profiles/rule-profile.js';
import { deriveAbilities } from './abilities.js';
import { resolveBuild } from './context.js';
import { deriveFromContext } from './derive.js';
import type { DerivedCharacter } from './derived-character.js';
import { validateAbilityScores } from './validate-abilities.js';
import { validateCampaign } from './validate-campaign.js';
import { validateClasses, validateOrigin } from './validate-classes.js';
import { validateFeats } from './validate-feats.js';
import { validateEquipment, validateSpells } from './validate-gear.js';
import { validateSkills } from './validate-skills.js';
import { report, type ValidationContext } from './validation-context.js';
import type { CampaignRuleProfile, ValidationReport } from './validation-issue.js';

export interface ValidateOptions {
  profile?: RuleProfile;
  campaign?: CampaignRuleProfile;
}

/**
 * Checks a build against the rules (and a campaign's limits). Every issue has a stable rule id,
 * a severity, the field path and a message with a suggested fix; `valid` means no errors.
 */
export function validateCharacter(
  build: CharacterBuild,
  catalog: RulesCatalog,
  options: ValidateOptions = {},
): ValidationReport {
  return validateWithDerived(build, catalog, options).report;
}

/** Validation that also hands back the sheet it derived on the way (one pass for both). */
export function validateWithDerived(
  build: CharacterBuild,
  catalog: RulesCatalog,
  options: ValidateOptions = {},
): { report: ValidationReport; derived: DerivedCharacter } {
  const profile = options.profile ?? ruleProfileFor(build.edition);
  const context = resolveBuild(build, catalog, profile);
  const derived = deriveFromContext(context);
  const validation: ValidationContext = { context, derived, scores: deriveAbilities(context).withoutItems, issues: [] };
  if (build.edition !== '2024' && build.edition !== '2014')
    report(
      validation,
      'edition.unknown',
      'edition',
      `"${String(build.edition)}" is not a rules edition.`,
      'Use 2024 or 2014.',
    );
  validateAbilityScores(validation);
  validateOrigin(validation);
  validateClasses(validation);
  validateSkills(validation);
  validateFeats(validation);
  validateSpells(validation);
  validateEquipment(validation);
  if (options.campaign) validateCampaign(validation, options.campaign);
  const issues = validation.issues;
  return { report: { valid: !issues.some((issue) => issue.severity === 'error'), issues }, derived };
}

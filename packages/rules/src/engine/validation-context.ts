import type { AbilityScores } from '../model/basics.js';
import type { BuildContext } from './context.js';
import type { DerivedCharacter } from './derived-character.js';
import { VALIDATION_RULES, type ValidationIssue, type ValidationRuleId } from './validation-issue.js';

/** What every validation module reads, and the one way they report. */
export interface ValidationContext {
  context: BuildContext;
  derived: DerivedCharacter;
  /** Scores without magic items (prerequisites are checked against these). */
  scores: AbilityScores;
  issues: ValidationIssue[];
}

export function report(
  validation: ValidationContext,
  ruleId: ValidationRuleId,
  path: string,
  message: string,
  suggestion?: string,
): void {
  const issue: ValidationIssue = { ruleId, severity: VALIDATION_RULES[ruleId], path, message };
  if (suggestion !== undefined) issue.suggestion = suggestion;
  validation.issues.push(issue);
}

/** `Fighter`, or the id itself for content the catalog does not have. */
export function className(validation: ValidationContext, classId: string): string {
  return validation.context.catalog.classes.get(classId)?.name ?? classId;
}

export function list(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

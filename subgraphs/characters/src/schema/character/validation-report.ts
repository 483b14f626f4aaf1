import type { ValidationReport as RulesReport } from '@grimoire/rules';

import type { CampaignIssue } from '../../domain/campaign-rules.js';
import type { ValidationSeverityEnum } from '../common/enums.js';
import type { ValidationReport } from './sheet.type.js';

/** Rule ids that mean "a choice is still to be made" rather than "a rule is broken". */
const INCOMPLETE = /(\.missing|remaining)$/;

/**
 * The report clients see: the rules' issues, then those of the character's campaigns (each
 * naming its campaign). `valid` counts both: an error against a campaign's profile makes the
 * character unfit to play there.
 */
export function validationReportOf(
  report: RulesReport,
  campaignIssues: readonly CampaignIssue[] = [],
): ValidationReport {
  const issues = [...report.issues.map((issue) => ({ ...issue, campaignId: null })), ...campaignIssues];
  const valid = report.valid && !campaignIssues.some((issue) => issue.severity === 'error');
  return {
    valid,
    complete: valid && !issues.some((issue) => INCOMPLETE.test(issue.ruleId)),
    issues: issues.map((issue) => ({
      ruleId: issue.ruleId,
      severity: issue.severity as ValidationSeverityEnum,
      path: issue.path,
      message: issue.message,
      suggestion: issue.suggestion ?? null,
      campaign: issue.campaignId === null ? null : { id: issue.campaignId },
    })),
  };
}

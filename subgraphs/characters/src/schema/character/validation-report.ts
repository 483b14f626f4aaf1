import type { ValidationReport as RulesReport } from '@grimoire/rules';

import type { ValidationSeverityEnum } from '../common/enums.js';
import type { ValidationReport } from './sheet.type.js';

/** Rule ids that mean "a choice is still to be made" rather than "a rule is broken". */
const INCOMPLETE = /(\.missing|remaining)$/;

export function validationReportOf(report: RulesReport): ValidationReport {
  return {
    valid: report.valid,
    complete: report.valid && !report.issues.some((issue) => INCOMPLETE.test(issue.ruleId)),
    issues: report.issues.map((issue) => ({
      ruleId: issue.ruleId,
      severity: issue.severity as ValidationSeverityEnum,
      path: issue.path,
      message: issue.message,
      suggestion: issue.suggestion ?? null,
    })),
  };
}

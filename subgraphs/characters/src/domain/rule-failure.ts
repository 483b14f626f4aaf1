import type { RuleFailure } from '@grimoire/rules';

import type { CharacterChangeOutcome } from './apply-character-change.js';

/**
 * A rules failure as the change pipeline's typed failure (→ BAD_USER_INPUT): the rules' message,
 * prefixed with the API field it is about. `fields` maps the rules' input paths (`entryId`,
 * `slotLevel`) to argument names; without a path the failure is about `fallbackField`.
 */
export function failureOf(
  failure: RuleFailure,
  fallbackField: string,
  fields: Readonly<Record<string, string>> = {},
): Extract<CharacterChangeOutcome, { ok: false }> {
  const field = failure.path === undefined ? fallbackField : (fields[failure.path] ?? failure.path);
  return { ok: false, message: `${field}: ${failure.message}`, field };
}

/**
 * An expected failure of a rules operation, returned rather than thrown so a resolver can turn it
 * into a `BAD_USER_INPUT` error (or a result-union member) without parsing messages. `reason` is
 * stable and machine-readable; `message` is for the player; `path` names the offending input
 * field when there is one (`levels[3].feat`).
 */
export interface RuleFailure<Reason extends string = string> {
  ok: false;
  reason: Reason;
  message: string;
  path?: string;
}

export function failure<Reason extends string>(reason: Reason, message: string, path?: string): RuleFailure<Reason> {
  return path === undefined ? { ok: false, reason, message } : { ok: false, reason, message, path };
}

/** True for a non-negative whole number (amounts of damage, coins, charges…). */
export function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

import { badUserInput } from './errors.js';

/** The textual form PostgreSQL accepts for `uuid` (any version), which every Grimoire id uses. */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** Checks an `ID` argument before it reaches SQL: a malformed id is the client's mistake (BAD_USER_INPUT), not a 500. */
export function parseId(value: string, field: string): string {
  if (!isUuid(value)) throw badUserInput(`${field}: must be an id returned by this API (a UUID)`, { field });
  return value.toLowerCase();
}

import { badUserInput } from '@grimoire/platform';

/** The catalog's public homebrew id: `hb-<uuid>` (nested parts such as lineages are not allowed alone). */
const HOMEBREW_ID = /^hb-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a catalog homebrew id `hb-<uuid>` (in any letter case). */
export function isHomebrewId(value: string): boolean {
  return HOMEBREW_ID.test(value);
}

/** Checks a homebrew id argument before it reaches SQL or the catalog; returns it lower-cased. */
export function parseHomebrewId(value: string, field: string): string {
  if (!HOMEBREW_ID.test(value)) {
    throw badUserInput(`${field}: must be a homebrew id (hb-<uuid>) returned by the catalog`, { field });
  }
  return value.toLowerCase();
}

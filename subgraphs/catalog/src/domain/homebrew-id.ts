import { badUserInput, isUuid } from '@grimoire/platform';

/**
 * Homebrew ids are `hb-<uuid>`, so they can never collide with SRD ids (5e-database indexes)
 * and anyone holding one can tell at a glance that it is user content. Parts nested in an
 * entry (a species' lineages, a class's features) are `hb-<uuid>:<slug>`.
 */
export const HOMEBREW_ID_PREFIX = 'hb-';

export interface HomebrewIdParts {
  /** The uuid of the row in `catalog.homebrew`. */
  rowId: string;
  /** The nested part's slug, or null for the entry itself. */
  part: string | null;
}

export function homebrewPublicId(rowId: string, part?: string): string {
  return `${HOMEBREW_ID_PREFIX}${rowId}${part ? `:${part}` : ''}`;
}

export function isHomebrewId(id: string): boolean {
  return id.startsWith(HOMEBREW_ID_PREFIX);
}

/** Null when `id` is not a well-formed homebrew id. */
export function parseHomebrewId(id: string): HomebrewIdParts | null {
  if (!isHomebrewId(id)) return null;
  const rest = id.slice(HOMEBREW_ID_PREFIX.length);
  const colon = rest.indexOf(':');
  const rowId = colon === -1 ? rest : rest.slice(0, colon);
  const part = colon === -1 ? null : rest.slice(colon + 1);
  if (!isUuid(rowId) || part === '') return null;
  return { rowId: rowId.toLowerCase(), part };
}

/** For mutations and the internal read: a malformed id is the caller's mistake. */
export function requireHomebrewId(id: string, field: string): string {
  const parsed = parseHomebrewId(id);
  if (!parsed || parsed.part !== null) {
    throw badUserInput(`${field}: must be a homebrew id (hb-<uuid>) returned by this API`, { field });
  }
  return parsed.rowId;
}

/** A stable slug for nested ids: `Sea Elf` → `sea-elf`. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'part';
}

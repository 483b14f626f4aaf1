import {
  type CatalogContent,
  type CharacterBuild,
  createCatalog,
  type RulesCatalog,
  SRD_CATALOG,
  SRD_CONTENT,
} from '@grimoire/rules';

/** Homebrew ids are `hb-<uuid>`, parts nested in an entry `hb-<uuid>:<slug>` (the catalog's scheme). */
const HOMEBREW_ID = /^hb-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?::.+)?$/i;

/** Homebrew content as the catalog subgraph's internal read returns it. */
export interface HomebrewContent {
  id: string;
  /** `class`, `subclass`, `species`, `background`, `feat`, `equipment`, `magic-item`, `spell`. */
  kind: string;
  content: Record<string, unknown>;
}

/** The catalog entry ids (`hb-<uuid>`) of every homebrew reference in a build, without duplicates. */
export function homebrewIdsOf(build: CharacterBuild): string[] {
  const ids = new Set<string>();
  const add = (id: string | undefined) => {
    const match = id === undefined ? null : HOMEBREW_ID.exec(id);
    if (match) ids.add(`hb-${match[1].toLowerCase()}`);
  };
  add(build.speciesId);
  add(build.lineageId);
  add(build.backgroundId);
  for (const entry of build.classes ?? []) {
    add(entry.classId);
    add(entry.subclassId);
  }
  for (const feat of build.feats ?? []) add(feat.featId);
  for (const item of build.equipment ?? []) add(item.itemId);
  for (const spell of build.spells ?? []) add(spell.spellId);
  return [...ids].sort();
}

const KIND_TO_PART: Record<string, keyof CatalogContent> = {
  class: 'classes',
  subclass: 'subclasses',
  species: 'species',
  background: 'backgrounds',
  feat: 'feats',
  equipment: 'equipment',
  'magic-item': 'magicItems',
  spell: 'spells',
};

/**
 * The catalog a build is derived with: the SRD, plus the homebrew it references. Without
 * homebrew the shared SRD catalog is used as is (building a merged one costs a copy of every map).
 */
export function rulesCatalogWith(homebrew: readonly HomebrewContent[]): RulesCatalog {
  if (homebrew.length === 0) return SRD_CATALOG;
  const part: Record<string, unknown[]> = {};
  for (const entry of homebrew) {
    const key = KIND_TO_PART[entry.kind.toLowerCase().replace(/_/g, '-')];
    if (key) (part[key] ??= []).push(entry.content);
  }
  return createCatalog(SRD_CONTENT, part);
}

/** Every homebrew catalog id (`hb-<uuid>`) mentioned anywhere in an input, for creation and import. */
export function homebrewIdsIn(value: unknown, found = new Set<string>()): string[] {
  if (typeof value === 'string') {
    const match = HOMEBREW_ID.exec(value);
    if (match) found.add(`hb-${match[1].toLowerCase()}`);
  } else if (Array.isArray(value)) {
    for (const item of value) homebrewIdsIn(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) homebrewIdsIn(item, found);
  }
  return [...found].sort();
}

/** Reads homebrew for the owner (`read(ownerId, ids)`) and returns the catalog to build with. */
export async function catalogForOwner(
  read: (ownerId: string, ids: readonly string[]) => Promise<HomebrewContent[]>,
  ownerId: string,
  ids: readonly string[],
): Promise<RulesCatalog> {
  return ids.length === 0 ? SRD_CATALOG : rulesCatalogWith(await read(ownerId, ids));
}

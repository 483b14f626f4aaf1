import type {
  Background,
  ClassDefinition,
  Equipment,
  Feat,
  Lineage,
  MagicItem,
  RulesCatalog,
  Species,
  Spell,
  Subclass,
} from './model/content.js';

/** Content as lists, the way data modules and homebrew stores hold it. */
export interface CatalogContent {
  classes?: readonly ClassDefinition[];
  subclasses?: readonly Subclass[];
  species?: readonly Species[];
  backgrounds?: readonly Background[];
  feats?: readonly Feat[];
  equipment?: readonly Equipment[];
  magicItems?: readonly MagicItem[];
  spells?: readonly Spell[];
}

function byId<T extends { id: string }>(...lists: (readonly T[] | undefined)[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const list of lists) for (const entry of list ?? []) map.set(entry.id, entry);
  return map;
}

/**
 * Builds a lookup catalog from content lists. Later lists win on equal ids, so
 * `createCatalog(srd, homebrew)` lets homebrew add content (ids are namespaced by the catalog
 * subgraph, so it never replaces SRD entries by accident).
 */
export function createCatalog(...parts: CatalogContent[]): RulesCatalog {
  const species = byId(...parts.map((part) => part.species));
  const lineages = new Map<string, Lineage>();
  for (const entry of species.values()) for (const lineage of entry.lineages) lineages.set(lineage.id, lineage);
  return {
    classes: byId(...parts.map((part) => part.classes)),
    subclasses: byId(...parts.map((part) => part.subclasses)),
    species,
    lineages,
    backgrounds: byId(...parts.map((part) => part.backgrounds)),
    feats: byId(...parts.map((part) => part.feats)),
    equipment: byId(...parts.map((part) => part.equipment)),
    magicItems: byId(...parts.map((part) => part.magicItems)),
    spells: byId(...parts.map((part) => part.spells)),
  };
}

import { badUserInput, type Page } from '@grimoire/platform';
import type {
  ArmorCategory,
  Cost,
  Equipment,
  FeatCategory,
  Gear,
  Rarity,
  Size,
  SpellSchool,
  WeaponCategory,
} from '@grimoire/rules';

import type { ContentKind } from './content-kinds.js';
import { type PageRequest, paginateEntries, matchesSearch, type SortKey, type SortValue } from './paginate-entries.js';
import { type CatalogEntry, type CatalogReadDeps, listEntries } from './read-catalog.js';

export type SourceKind = 'srd' | 'homebrew';
export type OrderDirection = 'asc' | 'desc';

export interface Order<TField extends string> {
  field: TField;
  direction?: OrderDirection | null | undefined;
}

interface BaseFilter {
  search?: string | null | undefined;
  source?: SourceKind | null | undefined;
}

export interface ClassFilter extends BaseFilter {
  spellcasting?: boolean | null | undefined;
}
export type ClassOrderField = 'name' | 'hit-die';

export interface SpeciesFilter extends BaseFilter {
  size?: Size | null | undefined;
}
export type SpeciesOrderField = 'name' | 'speed';

export type BackgroundFilter = BaseFilter;
export type BackgroundOrderField = 'name';

export interface FeatFilter extends BaseFilter {
  category?: FeatCategory | null | undefined;
  repeatable?: boolean | null | undefined;
}
export type FeatOrderField = 'name' | 'category';

export interface SpellFilter extends BaseFilter {
  level?: number | null | undefined;
  school?: SpellSchool | null | undefined;
  /** A class (spell list) id. */
  classId?: string | null | undefined;
  ritual?: boolean | null | undefined;
  concentration?: boolean | null | undefined;
}
export type SpellOrderField = 'name' | 'level' | 'school';

export interface EquipmentFilter extends BaseFilter {
  kind?: 'armor' | 'weapon' | 'gear' | null | undefined;
  armorCategory?: ArmorCategory | null | undefined;
  weaponCategory?: WeaponCategory | null | undefined;
  gearKind?: Gear['kind'] | null | undefined;
}
export type EquipmentOrderField = 'name' | 'kind' | 'weight' | 'cost';

export interface MagicItemFilter extends BaseFilter {
  rarity?: Rarity | null | undefined;
  /** Matched case-insensitively (`Wondrous Item`, `Armor`, …). */
  category?: string | null | undefined;
  requiresAttunement?: boolean | null | undefined;
}
export type MagicItemOrderField = 'name' | 'rarity' | 'category';

const SEARCH_MAX = 100;
const ORDER_KEYS_MAX = 3;

const RARITY_ORDER: Record<Rarity, number> = {
  common: 0,
  uncommon: 1,
  rare: 2,
  'very-rare': 3,
  legendary: 4,
  artifact: 5,
  varies: 6,
};
const COPPER_PER_UNIT: Record<Cost['unit'], number> = { cp: 1, sp: 10, ep: 50, gp: 100, pp: 1000 };

/** Cost in copper pieces, for ordering; -1 when an item has no price. */
export function costInCopper(cost: Cost | null): number {
  return cost ? cost.quantity * COPPER_PER_UNIT[cost.unit] : -1;
}

function equipmentKindOf(item: Equipment): 'armor' | 'weapon' | 'gear' {
  return item.kind === 'armor' || item.kind === 'weapon' ? item.kind : 'gear';
}

function checkBaseFilter(filter: BaseFilter | null | undefined): void {
  if (filter?.search && filter.search.length > SEARCH_MAX) {
    throw badUserInput(`filter.search: must be at most ${SEARCH_MAX} characters`, { field: 'filter.search' });
  }
}

function matchesBase(entry: CatalogEntry, filter: BaseFilter | null | undefined): boolean {
  if (!matchesSearch(entry.content.name, filter?.search)) return false;
  if (filter?.source && (entry.homebrew ? 'homebrew' : 'srd') !== filter.source) return false;
  return true;
}

function sortKeys<TKind extends ContentKind, TField extends string>(
  orderBy: readonly Order<TField>[] | null | undefined,
  values: Record<TField, (entry: CatalogEntry<TKind>) => SortValue>,
  fallback: TField,
): SortKey<CatalogEntry<TKind>>[] {
  const orders = orderBy && orderBy.length > 0 ? orderBy : [{ field: fallback, direction: 'asc' as const }];
  if (orders.length > ORDER_KEYS_MAX) {
    throw badUserInput(`orderBy: at most ${ORDER_KEYS_MAX} keys`, { field: 'orderBy' });
  }
  const fields = orders.map((order) => order.field);
  if (new Set(fields).size !== fields.length) {
    throw badUserInput('orderBy: each field may appear only once', { field: 'orderBy' });
  }
  return orders.map((order) => ({ value: values[order.field], direction: order.direction ?? 'asc' }));
}

const byName = (entry: CatalogEntry): string => entry.content.name.toLowerCase();

async function listKind<TKind extends ContentKind, TField extends string>(
  deps: CatalogReadDeps,
  kind: TKind,
  filter: BaseFilter | null | undefined,
  matches: (entry: CatalogEntry<TKind>) => boolean,
  orderBy: readonly Order<TField>[] | null | undefined,
  values: Record<TField, (entry: CatalogEntry<TKind>) => SortValue>,
  page: PageRequest,
): Promise<Page<CatalogEntry<TKind>>> {
  checkBaseFilter(filter);
  const keys = sortKeys(orderBy, values, 'name' as TField);
  const entries = (await listEntries(deps, kind)).filter((entry) => matchesBase(entry, filter) && matches(entry));
  return paginateEntries(entries, keys, (entry) => entry.content.id, page);
}

export function listClasses(
  deps: CatalogReadDeps,
  filter: ClassFilter | null | undefined,
  orderBy: readonly Order<ClassOrderField>[] | null | undefined,
  page: PageRequest,
): Promise<Page<CatalogEntry<'class'>>> {
  return listKind(
    deps,
    'class',
    filter,
    ({ content }) => filter?.spellcasting == null || Boolean(content.spellcasting) === filter.spellcasting,
    orderBy,
    { name: byName, 'hit-die': ({ content }) => content.hitDie },
    page,
  );
}

export function listSpecies(
  deps: CatalogReadDeps,
  filter: SpeciesFilter | null | undefined,
  orderBy: readonly Order<SpeciesOrderField>[] | null | undefined,
  page: PageRequest,
): Promise<Page<CatalogEntry<'species'>>> {
  return listKind(
    deps,
    'species',
    filter,
    ({ content }) => !filter?.size || content.sizes.includes(filter.size),
    orderBy,
    { name: byName, speed: ({ content }) => content.speed },
    page,
  );
}

export function listBackgrounds(
  deps: CatalogReadDeps,
  filter: BackgroundFilter | null | undefined,
  orderBy: readonly Order<BackgroundOrderField>[] | null | undefined,
  page: PageRequest,
): Promise<Page<CatalogEntry<'background'>>> {
  return listKind(deps, 'background', filter, () => true, orderBy, { name: byName }, page);
}

export function listFeats(
  deps: CatalogReadDeps,
  filter: FeatFilter | null | undefined,
  orderBy: readonly Order<FeatOrderField>[] | null | undefined,
  page: PageRequest,
): Promise<Page<CatalogEntry<'feat'>>> {
  return listKind(
    deps,
    'feat',
    filter,
    ({ content }) =>
      (!filter?.category || content.category === filter.category) &&
      (filter?.repeatable == null || content.repeatable === filter.repeatable),
    orderBy,
    { name: byName, category: ({ content }) => content.category },
    page,
  );
}

export function listSpells(
  deps: CatalogReadDeps,
  filter: SpellFilter | null | undefined,
  orderBy: readonly Order<SpellOrderField>[] | null | undefined,
  page: PageRequest,
): Promise<Page<CatalogEntry<'spell'>>> {
  if (filter?.level != null && (!Number.isInteger(filter.level) || filter.level < 0 || filter.level > 9)) {
    throw badUserInput('filter.level: must be between 0 (cantrips) and 9', { field: 'filter.level' });
  }
  return listKind(
    deps,
    'spell',
    filter,
    ({ content }) =>
      (filter?.level == null || content.level === filter.level) &&
      (!filter?.school || content.school === filter.school) &&
      (!filter?.classId || content.classes.includes(filter.classId)) &&
      (filter?.ritual == null || content.ritual === filter.ritual) &&
      (filter?.concentration == null || content.concentration === filter.concentration),
    orderBy,
    { name: byName, level: ({ content }) => content.level, school: ({ content }) => content.school },
    page,
  );
}

export function listEquipment(
  deps: CatalogReadDeps,
  filter: EquipmentFilter | null | undefined,
  orderBy: readonly Order<EquipmentOrderField>[] | null | undefined,
  page: PageRequest,
): Promise<Page<CatalogEntry<'equipment'>>> {
  return listKind(
    deps,
    'equipment',
    filter,
    ({ content }) =>
      (!filter?.kind || equipmentKindOf(content) === filter.kind) &&
      (!filter?.armorCategory || (content.kind === 'armor' && content.category === filter.armorCategory)) &&
      (!filter?.weaponCategory || (content.kind === 'weapon' && content.category === filter.weaponCategory)) &&
      (!filter?.gearKind || content.kind === filter.gearKind),
    orderBy,
    {
      name: byName,
      kind: ({ content }) => equipmentKindOf(content),
      weight: ({ content }) => content.weight,
      cost: ({ content }) => costInCopper(content.cost),
    },
    page,
  );
}

export function listMagicItems(
  deps: CatalogReadDeps,
  filter: MagicItemFilter | null | undefined,
  orderBy: readonly Order<MagicItemOrderField>[] | null | undefined,
  page: PageRequest,
): Promise<Page<CatalogEntry<'magic-item'>>> {
  const category = filter?.category?.trim().toLowerCase();
  return listKind(
    deps,
    'magic-item',
    filter,
    ({ content }) =>
      (!filter?.rarity || content.rarity === filter.rarity) &&
      (!category || content.category.toLowerCase() === category) &&
      (filter?.requiresAttunement == null || content.requiresAttunement === filter.requiresAttunement),
    orderBy,
    {
      name: byName,
      rarity: ({ content }) => RARITY_ORDER[content.rarity],
      category: ({ content }) => content.category.toLowerCase(),
    },
    page,
  );
}

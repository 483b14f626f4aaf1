import type { RulesCatalog } from '@grimoire/rules';

import type { HomebrewRow } from '../db/tables/index.js';
import type { ContentByKind, ContentKind, HomebrewKind } from './content-kinds.js';
import { isHomebrewKind } from './content-kinds.js';
import { parseHomebrewId } from './homebrew-id.js';
import type { PowerScore, PowerVerdict } from './power-score.js';

export interface HomebrewMeta {
  rowId: string;
  ownerId: string;
  description: string | null;
  power: PowerScore;
  createdAt: Date;
  updatedAt: Date;
}

/** One catalog entry: the rules-model object, plus what homebrew carries beside it. */
export interface CatalogEntry<TKind extends ContentKind = ContentKind> {
  kind: TKind;
  content: ContentByKind[TKind];
  /** Null for SRD content. */
  homebrew: HomebrewMeta | null;
}

/**
 * What reading the catalog needs, per request: the SRD tables, the viewer, and homebrew from
 * the database (by id through a DataLoader, and the viewer's own entries of one kind).
 */
export interface CatalogReadDeps {
  viewerId: string | null;
  srd: RulesCatalog;
  loadHomebrew(rowId: string): Promise<HomebrewRow | null>;
  listOwnHomebrew(kind: HomebrewKind): Promise<HomebrewRow[]>;
}

function srdMap<TKind extends ContentKind>(srd: RulesCatalog, kind: TKind): ReadonlyMap<string, ContentByKind[TKind]> {
  const maps: { [K in ContentKind]: ReadonlyMap<string, ContentByKind[K]> } = {
    class: srd.classes,
    subclass: srd.subclasses,
    species: srd.species,
    lineage: srd.lineages,
    background: srd.backgrounds,
    feat: srd.feats,
    equipment: srd.equipment,
    'magic-item': srd.magicItems,
    spell: srd.spells,
  };
  return maps[kind];
}

export function homebrewMeta(row: HomebrewRow): HomebrewMeta {
  return {
    rowId: row.id,
    ownerId: row.ownerId,
    description: row.description,
    power: { score: row.powerScore, verdict: row.powerVerdict as PowerVerdict, reasons: row.powerReasons },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The entry a homebrew row holds; its content is the rules-model object stored at creation. */
export function entryFromRow(row: HomebrewRow): CatalogEntry {
  return {
    kind: row.kind as HomebrewKind,
    content: row.content as unknown as ContentByKind[HomebrewKind],
    homebrew: homebrewMeta(row),
  };
}

/**
 * Homebrew is visible to its owner only. Campaign sharing arrives with the campaign rule
 * profiles (a later issue): a campaign that allows an entry will make it visible to its members
 * here, and nowhere else.
 */
export function canSee(viewerId: string | null, row: HomebrewRow): boolean {
  return viewerId !== null && row.ownerId === viewerId;
}

/** One entry by id, SRD or visible homebrew; null when unknown or not visible. */
export async function findEntry<TKind extends ContentKind>(
  deps: CatalogReadDeps,
  kind: TKind,
  id: string,
): Promise<CatalogEntry<TKind> | null> {
  const homebrewId = parseHomebrewId(id);
  if (!homebrewId) {
    const content = srdMap(deps.srd, kind).get(id);
    return content ? { kind, content, homebrew: null } : null;
  }
  const row = await deps.loadHomebrew(homebrewId.rowId);
  if (!row || !canSee(deps.viewerId, row)) return null;
  if (kind === 'lineage' && row.kind === 'species' && homebrewId.part !== null) {
    const lineage = (row.content as unknown as ContentByKind['species']).lineages.find((entry) => entry.id === id);
    return lineage ? ({ kind, content: lineage, homebrew: homebrewMeta(row) } as CatalogEntry<TKind>) : null;
  }
  if (row.kind !== kind || homebrewId.part !== null) return null;
  return entryFromRow(row) as CatalogEntry<TKind>;
}

/** Every entry of a kind the viewer may see: the SRD, then the viewer's homebrew. */
export async function listEntries<TKind extends ContentKind>(
  deps: CatalogReadDeps,
  kind: TKind,
): Promise<CatalogEntry<TKind>[]> {
  const srd: CatalogEntry<TKind>[] = [...srdMap(deps.srd, kind).values()].map((content) => ({
    kind,
    content,
    homebrew: null,
  }));
  if (!isHomebrewKind(kind) || deps.viewerId === null) return srd;
  const rows = await deps.listOwnHomebrew(kind);
  return [...srd, ...rows.map((row) => entryFromRow(row) as CatalogEntry<TKind>)];
}

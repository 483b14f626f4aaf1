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
 * What reading the catalog needs, per request: the SRD tables, the viewer, homebrew from the
 * database (by id through a DataLoader, and the viewer's own entries of one kind), and what the
 * viewer's campaigns allow.
 */
export interface CatalogReadDeps {
  viewerId: string | null;
  srd: RulesCatalog;
  loadHomebrew(rowId: string): Promise<HomebrewRow | null>;
  listOwnHomebrew(kind: HomebrewKind): Promise<HomebrewRow[]>;
  /** Row ids of homebrew allowed by a campaign the viewer is a member of (see campaign-sharing.ts). */
  campaignAllowedHomebrew(): Promise<ReadonlySet<string>>;
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
 * Who sees homebrew: its owner, and every member (game master or player) of a campaign whose
 * game master allows it (campaigns keeps that list). Seeing means listed, found by id, resolved
 * as an entity and read through `homebrewContent`, so characters can be built with it exactly
 * like SRD content. Changing it stays with the owner (`loadOwnedHomebrew`). Campaigns is only
 * asked when the viewer is not the owner.
 */
export async function canSee(deps: CatalogReadDeps, row: HomebrewRow): Promise<boolean> {
  if (deps.viewerId === null) return false;
  if (row.ownerId === deps.viewerId) return true;
  return (await deps.campaignAllowedHomebrew()).has(row.id);
}

/** Someone else's homebrew of one kind that the viewer's campaigns allow (one batched load). */
async function listSharedHomebrew(deps: CatalogReadDeps, kind: HomebrewKind): Promise<HomebrewRow[]> {
  const allowed = await deps.campaignAllowedHomebrew();
  const rows = await Promise.all([...allowed].map((rowId) => deps.loadHomebrew(rowId)));
  return rows.filter((row): row is HomebrewRow => row !== null && row.kind === kind && row.ownerId !== deps.viewerId);
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
  if (!row || !(await canSee(deps, row))) return null;
  if (kind === 'lineage' && row.kind === 'species' && homebrewId.part !== null) {
    const lineage = (row.content as unknown as ContentByKind['species']).lineages.find((entry) => entry.id === id);
    return lineage ? ({ kind, content: lineage, homebrew: homebrewMeta(row) } as CatalogEntry<TKind>) : null;
  }
  if (row.kind !== kind || homebrewId.part !== null) return null;
  return entryFromRow(row) as CatalogEntry<TKind>;
}

/** Every entry of a kind the viewer may see: the SRD, then the viewer's homebrew and what their campaigns allow. */
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
  const [own, shared] = await Promise.all([deps.listOwnHomebrew(kind), listSharedHomebrew(deps, kind)]);
  return [...srd, ...[...own, ...shared].map((row) => entryFromRow(row) as CatalogEntry<TKind>)];
}

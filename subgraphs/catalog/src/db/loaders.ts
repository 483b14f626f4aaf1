import DataLoader from 'dataloader';

import type { ContentKind, DescriptionKind, HomebrewKind } from '../domain/content-kinds.js';
import { type CatalogEntry, type CatalogReadDeps, findEntry } from '../domain/read-catalog.js';
import type { CatalogDb } from './database.js';
import { findDescriptions } from './queries/descriptions.js';
import { findHomebrewByIds, listHomebrewOfOwner } from './queries/homebrew.js';
import type { DescriptionRow, HomebrewRow } from './tables/index.js';

export interface DescriptionKey {
  kind: DescriptionKind;
  contentId: string;
}

export interface CatalogLoaders {
  /** Homebrew row by uuid; null when unknown. One SQL statement per batch. */
  homebrewById: DataLoader<string, HomebrewRow | null>;
  /** Imported description by (kind, id); null when not imported. One SQL statement per batch. */
  descriptionByKey: DataLoader<DescriptionKey, DescriptionRow | null, string>;
  /** The viewer's homebrew of one kind (lists merge it with the SRD); once per kind per request. */
  ownHomebrewByKind: DataLoader<HomebrewKind, HomebrewRow[]>;
}

const keyOf = (key: DescriptionKey): string => `${key.kind}\u0000${key.contentId}`;

/** Fresh per request, so nothing cached outlives the request that loaded it. */
export function createLoaders(db: CatalogDb, viewerId: string | null): CatalogLoaders {
  return {
    homebrewById: new DataLoader(async (ids) => {
      const rows = await findHomebrewByIds(db, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    descriptionByKey: new DataLoader(
      async (keys) => {
        const rows = await findDescriptions(db, keys);
        const byKey = new Map(
          rows.map((row) => [keyOf({ kind: row.kind as DescriptionKind, contentId: row.contentId }), row]),
        );
        return keys.map((key) => byKey.get(keyOf(key)) ?? null);
      },
      { cacheKeyFn: keyOf },
    ),
    ownHomebrewByKind: new DataLoader(async (kinds) =>
      Promise.all(kinds.map((kind) => (viewerId ? listHomebrewOfOwner(db, viewerId, kind) : Promise.resolve([])))),
    ),
  };
}

/** One loader per content kind: SRD ids resolve from memory, homebrew ids through `homebrewById`. */
export type EntryLoaders = { [TKind in ContentKind]: DataLoader<string, CatalogEntry<TKind> | null> };

export function createEntryLoaders(read: CatalogReadDeps): EntryLoaders {
  const loader = <TKind extends ContentKind>(kind: TKind) =>
    new DataLoader<string, CatalogEntry<TKind> | null>((ids) =>
      Promise.all(ids.map((id) => findEntry(read, kind, id))),
    );
  return {
    class: loader('class'),
    subclass: loader('subclass'),
    species: loader('species'),
    lineage: loader('lineage'),
    background: loader('background'),
    feat: loader('feat'),
    equipment: loader('equipment'),
    'magic-item': loader('magic-item'),
    spell: loader('spell'),
  };
}

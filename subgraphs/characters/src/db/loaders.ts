import { type Identity, isUuid, type Logger } from '@grimoire/platform';
import DataLoader from 'dataloader';

import type { CatalogClient } from '../clients/catalog-client.js';
import type { CampaignRulesDirectory, CampaignRulesLookup } from '../domain/campaign-rules.js';
import { type CharacterSheet, computeCharacterSheet } from '../domain/compute-character-sheet.js';
import { type HomebrewContent, homebrewIdsIn, rulesCatalogWith } from '../domain/rules-catalog.js';
import type { CharactersExecutor } from './database.js';
import { findCharacterVersionsByKeys, listVersionsOfCharacters } from './queries/character-versions.js';
import { findCharactersByIds } from './queries/characters.js';
import {
  type JournalPosition,
  listJournalEntriesOfCharacters,
  listMilestonesOfCharacters,
  listNpcRelationshipsOfCharacters,
  listQuestsOfCharacters,
  sumExperienceOfCharacters,
} from './queries/progress.js';
import type {
  CharacterRow,
  CharacterVersionRow,
  JournalEntryRow,
  NpcRelationshipRow,
  ProgressMilestoneRow,
  QuestRow,
} from './tables/index.js';

export interface VersionsPageKey {
  characterId: string;
  /** Rows to fetch (page size + 1, the extra one signals a next page). */
  limit: number;
  /** Versions below this one (the cursor); null for the newest. */
  before: number | null;
}

export interface JournalPageKey {
  characterId: string;
  /** Rows to fetch (page size + 1). */
  limit: number;
  /** Entries after this position (the cursor); null for the newest. */
  after: JournalPosition | null;
}

const journalBounds = (key: JournalPageKey) =>
  `${key.limit}:${key.after ? `${key.after.sessionDate}/${key.after.createdAt.toISOString()}/${key.after.id}` : ''}`;

/** A loader of every child row of a character, one statement per batch of characters. */
function childrenLoader<TRow extends { characterId: string }>(
  list: (characterIds: readonly string[]) => Promise<TRow[]>,
): DataLoader<string, TRow[]> {
  return new DataLoader(async (characterIds) => {
    const byCharacter = new Map<string, TRow[]>();
    for (const row of await list(characterIds))
      byCharacter.set(row.characterId, [...(byCharacter.get(row.characterId) ?? []), row]);
    return characterIds.map((id) => byCharacter.get(id) ?? []);
  });
}

export interface CharactersLoaders {
  /** Character by id; null when unknown. One SQL statement per batch. */
  characterById: DataLoader<string, CharacterRow | null>;
  /** A version row by `(characterId, version)`; null when unknown. One statement per batch. */
  versionByKey: DataLoader<{ characterId: string; version: number }, CharacterVersionRow | null, string>;
  /** A page of versions, newest first; one statement per batch of characters sharing page bounds. */
  versionsPage: DataLoader<VersionsPageKey, CharacterVersionRow[], string>;
  /**
   * The derived sheet and validation report of a character at its current version, computed once
   * per request (keyed by id and version, so a change later in the same subscription recomputes).
   */
  sheet: DataLoader<CharacterRow, CharacterSheet, string>;
  /** A page of journal entries, newest session first; one statement per batch sharing bounds. */
  journalPage: DataLoader<JournalPageKey, JournalEntryRow[], string>;
  /** Experience points (sum of awards) by character; one statement per batch. */
  experiencePoints: DataLoader<string, number>;
  milestones: DataLoader<string, ProgressMilestoneRow[]>;
  quests: DataLoader<string, QuestRow[]>;
  npcRelationships: DataLoader<string, NpcRelationshipRow[]>;
  /**
   * The campaigns each character plays in (that the viewer sees) with their rule profiles: one
   * request to the campaigns subgraph per batch; null when it did not answer.
   */
  campaignRules: DataLoader<string, CampaignRulesLookup>;
}

export interface LoaderDeps {
  catalog: CatalogClient;
  requestId: string;
  /** Absent: characters know no campaigns (e.g. a test without the campaigns subgraph). */
  campaigns?: CampaignRulesDirectory;
  viewer?: Identity | null;
  logger?: Logger;
}

/** Fresh per request, so nothing cached outlives the request that loaded it. */
export function createLoaders(db: CharactersExecutor, deps: LoaderDeps): CharactersLoaders {
  // Homebrew by `owner id` + `catalog id`: one catalog request per owner per batch.
  const homebrew = new DataLoader<{ ownerId: string; id: string }, HomebrewContent | null, string>(
    async (keys) => {
      const byOwner = new Map<string, string[]>();
      for (const key of keys) byOwner.set(key.ownerId, [...(byOwner.get(key.ownerId) ?? []), key.id]);
      const found = new Map<string, HomebrewContent>();
      await Promise.all(
        [...byOwner].map(async ([ownerId, ids]) => {
          for (const entry of await deps.catalog.homebrewContent(ownerId, ids, deps.requestId))
            found.set(`${ownerId} ${entry.id}`, entry);
        }),
      );
      return keys.map((key) => found.get(`${key.ownerId} ${key.id}`) ?? null);
    },
    { cacheKeyFn: (key) => `${key.ownerId} ${key.id}` },
  );

  return {
    // Batched but not cached: a subscription keeps one context for all its events, and a game
    // master may change a profile between two of them.
    campaignRules: new DataLoader<string, CampaignRulesLookup>(
      async (characterIds) => {
        const { campaigns, viewer } = deps;
        // Anonymous viewers are members of no campaign: nothing to ask.
        if (!campaigns || !viewer) return characterIds.map(() => []);
        try {
          // Without a cache a batch may name a character twice (two fields asking); ask once.
          const found = await campaigns.campaignRulesOf([...new Set(characterIds)], viewer, deps.requestId);
          return characterIds.map((id) => found.get(id) ?? []);
        } catch (error) {
          // Validation still answers (with a warning per character); the cause goes to the log.
          deps.logger?.warn({ err: error }, 'characters: campaign rules unavailable');
          return characterIds.map(() => null);
        }
      },
      { cache: false },
    ),

    journalPage: new DataLoader(
      async (keys) => {
        const groups = new Map<string, JournalPageKey[]>();
        for (const key of keys) groups.set(journalBounds(key), [...(groups.get(journalBounds(key)) ?? []), key]);
        const found = new Map<string, JournalEntryRow[]>();
        for (const [bounds, group] of groups) {
          const rows = await listJournalEntriesOfCharacters(
            db,
            group.map((key) => key.characterId),
            group[0].limit,
            group[0].after,
          );
          for (const row of rows) {
            const bucket = `${row.characterId}|${bounds}`;
            found.set(bucket, [...(found.get(bucket) ?? []), row]);
          }
        }
        return keys.map((key) => found.get(`${key.characterId}|${journalBounds(key)}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.characterId}|${journalBounds(key)}` },
    ),

    experiencePoints: new DataLoader(async (characterIds) => {
      const sums = new Map(
        (await sumExperienceOfCharacters(db, characterIds)).map((row) => [row.characterId, row.points]),
      );
      return characterIds.map((id) => sums.get(id) ?? 0);
    }),

    milestones: childrenLoader((ids) => listMilestonesOfCharacters(db, ids)),
    quests: childrenLoader((ids) => listQuestsOfCharacters(db, ids)),
    npcRelationships: childrenLoader((ids) => listNpcRelationshipsOfCharacters(db, ids)),

    characterById: new DataLoader(async (ids) => {
      // A malformed id in a representation must not fail the whole batch with a SQL cast error.
      const rows = await findCharactersByIds(db, ids.filter(isUuid));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),

    versionByKey: new DataLoader(
      async (keys) => {
        const rows = await findCharacterVersionsByKeys(db, keys);
        const byKey = new Map(rows.map((row) => [`${row.characterId}:${row.version}`, row]));
        return keys.map((key) => byKey.get(`${key.characterId}:${key.version}`) ?? null);
      },
      { cacheKeyFn: (key) => `${key.characterId}:${key.version}` },
    ),

    versionsPage: new DataLoader(
      async (keys) => {
        // Keys with the same bounds share one windowed statement (the usual case: one page size, no cursor).
        const groups = new Map<string, VersionsPageKey[]>();
        for (const key of keys) {
          const bounds = `${key.limit}:${key.before ?? ''}`;
          groups.set(bounds, [...(groups.get(bounds) ?? []), key]);
        }
        const byCharacter = new Map<string, CharacterVersionRow[]>();
        for (const group of groups.values()) {
          const { limit, before } = group[0];
          const rows = await listVersionsOfCharacters(
            db,
            group.map((key) => key.characterId),
            limit,
            before,
          );
          for (const row of rows) {
            const bucket = `${row.characterId}:${limit}:${before ?? ''}`;
            byCharacter.set(bucket, [...(byCharacter.get(bucket) ?? []), row]);
          }
        }
        return keys.map((key) => byCharacter.get(`${key.characterId}:${key.limit}:${key.before ?? ''}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.characterId}:${key.limit}:${key.before ?? ''}` },
    ),

    sheet: new DataLoader(
      async (rows) =>
        Promise.all(
          rows.map(async (row): Promise<CharacterSheet | Error> => {
            // Every homebrew id of the build and the inventory (items carried too: their names and weights).
            const ids = homebrewIdsIn([row.build, row.inventory.entries]);
            const content = await homebrew.loadMany(ids.map((id) => ({ ownerId: row.ownerId, id })));
            // Catalog unreachable: this sheet fails (an error on its fields), the others still derive.
            const failed = content.find((entry) => entry instanceof Error);
            if (failed) return failed;
            const found = content.filter(
              (entry): entry is HomebrewContent => entry !== null && !(entry instanceof Error),
            );
            return computeCharacterSheet(row, rulesCatalogWith(found));
          }),
        ),
      { cacheKeyFn: (row) => `${row.id}:${row.version}` },
    ),
  };
}

import { isUuid } from '@grimoire/platform';
import { and, eq, inArray } from 'drizzle-orm';
import DataLoader from 'dataloader';

import type { CampaignsDb } from './database.js';
import {
  listArcsOfCampaigns,
  listChaptersOfCampaigns,
  listFactionMembersOfCampaigns,
  listFactionRelationshipsOfCampaigns,
  listFactionsOfCampaigns,
  listLocationsOfCampaigns,
  listNpcsOfCampaigns,
  listPlotChaptersOfCampaigns,
  listPlotsOfCampaigns,
  listPrerequisitesOfCampaigns,
  listRelationshipsOfCampaigns,
  type StoryRows,
} from './queries/story/story-reads.js';
import { findSnapshots, listBranchesOfCampaigns } from './queries/story/versions.js';
import {
  type CampaignRole,
  campaignMembers,
  type StoryBranchRow,
  type StoryCommitRow,
  storyCommits,
} from './tables/index.js';

type ByCampaign<TRow> = DataLoader<string, TRow[]>;

/**
 * Per-request loaders of a campaign's story, one per kind of row: every list and every lookup
 * of a story field (subplots, a chapter's prerequisites, a location's path…) is answered from the
 * campaign's rows, so a query costs one statement per kind, whatever the list sizes.
 */
export interface StoryLoaders {
  chapters: ByCampaign<StoryRows['chapters'][number]>;
  prerequisites: ByCampaign<StoryRows['prerequisites'][number]>;
  arcs: ByCampaign<StoryRows['arcs'][number]>;
  plots: ByCampaign<StoryRows['plots'][number]>;
  plotChapters: ByCampaign<StoryRows['plotChapters'][number]>;
  npcs: ByCampaign<StoryRows['npcs'][number]>;
  relationships: ByCampaign<StoryRows['relationships'][number]>;
  locations: ByCampaign<StoryRows['locations'][number]>;
  factions: ByCampaign<StoryRows['factions'][number]>;
  factionMembers: ByCampaign<StoryRows['factionMembers'][number]>;
  factionRelationships: ByCampaign<StoryRows['factionRelationships'][number]>;
  branches: ByCampaign<StoryBranchRow>;
  /** Snapshot contents by `<campaignId>:<hash>`. */
  snapshotByKey: DataLoader<string, Record<string, unknown> | null>;
  /** Story commits by hash (branch heads). */
  commitByHash: DataLoader<string, StoryCommitRow | null>;
  /** The viewer's role in each campaign (null: not a member). */
  viewerRole: DataLoader<string, CampaignRole | null>;
  clearAll(): void;
}

export function createStoryLoaders(db: CampaignsDb, viewerId: string | null): StoryLoaders {
  const byCampaign = <TRow extends { campaignId: string }>(
    list: (db: CampaignsDb, campaignIds: readonly string[]) => Promise<TRow[]>,
  ): ByCampaign<TRow> =>
    new DataLoader<string, TRow[]>(async (campaignIds) => {
      const valid = campaignIds.filter(isUuid);
      const rows = valid.length > 0 ? await list(db, valid) : [];
      const grouped = new Map<string, TRow[]>();
      for (const row of rows) grouped.set(row.campaignId, [...(grouped.get(row.campaignId) ?? []), row]);
      return campaignIds.map((id) => grouped.get(id.toLowerCase()) ?? []);
    });
  const loaders = {
    chapters: byCampaign(listChaptersOfCampaigns),
    prerequisites: byCampaign(listPrerequisitesOfCampaigns),
    arcs: byCampaign(listArcsOfCampaigns),
    plots: byCampaign(listPlotsOfCampaigns),
    plotChapters: byCampaign(listPlotChaptersOfCampaigns),
    npcs: byCampaign(listNpcsOfCampaigns),
    relationships: byCampaign(listRelationshipsOfCampaigns),
    locations: byCampaign(listLocationsOfCampaigns),
    factions: byCampaign(listFactionsOfCampaigns),
    factionMembers: byCampaign(listFactionMembersOfCampaigns),
    factionRelationships: byCampaign(listFactionRelationshipsOfCampaigns),
    branches: byCampaign(listBranchesOfCampaigns),
    snapshotByKey: new DataLoader<string, Record<string, unknown> | null>(async (keys) => {
      const rows = await findSnapshots(
        db,
        keys.map((key) => {
          const [campaignId = '', hash = ''] = key.split(':');
          return { campaignId, hash };
        }),
      );
      const byKey = new Map(rows.map((row) => [`${row.campaignId}:${row.hash}`, row.content]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
    commitByHash: new DataLoader<string, StoryCommitRow | null>(async (hashes) => {
      const rows = await db
        .select()
        .from(storyCommits)
        .where(inArray(storyCommits.hash, [...hashes]));
      const byHash = new Map(rows.map((row) => [row.hash, row]));
      return hashes.map((hash) => byHash.get(hash) ?? null);
    }),
    viewerRole: new DataLoader<string, CampaignRole | null>(async (campaignIds) => {
      const valid = campaignIds.filter(isUuid);
      if (!viewerId || valid.length === 0) return campaignIds.map(() => null);
      const rows = await db
        .select({ campaignId: campaignMembers.campaignId, role: campaignMembers.role })
        .from(campaignMembers)
        .where(and(eq(campaignMembers.userId, viewerId), inArray(campaignMembers.campaignId, valid)));
      const roles = new Map(rows.map((row) => [row.campaignId, row.role]));
      return campaignIds.map((id) => roles.get(id.toLowerCase()) ?? null);
    }),
  };
  return {
    ...loaders,
    clearAll: () => {
      for (const loader of Object.values(loaders)) loader.clearAll();
    },
  };
}

const perRequest = new WeakMap<object, StoryLoaders>();

/**
 * The story loaders of one request, created on first use and keyed by the request's own loaders
 * object (fresh per request), so the shared context needs no extra field.
 */
export function storyLoadersOf(context: {
  loaders: object;
  db: CampaignsDb;
  viewer?: { userId: string } | null;
}): StoryLoaders {
  let loaders = perRequest.get(context.loaders);
  if (!loaders) {
    loaders = createStoryLoaders(context.db, context.viewer?.userId ?? null);
    perRequest.set(context.loaders, loaders);
  }
  return loaders;
}

import { asc, eq, inArray } from 'drizzle-orm';

import type { CampaignsExecutor } from '../../database.js';
import {
  chapterPrerequisites,
  chapters,
  factionMembers,
  factionRelationships,
  factions,
  locations,
  npcRelationships,
  npcs,
  plotChapters,
  plots,
  storyArcs,
} from '../../tables/index.js';

// Every story read is "all rows of one kind for these campaigns", one statement each: the
// DataLoaders batch them per request, and snapshots read a whole campaign with them.

export function listChaptersOfCampaigns(db: CampaignsExecutor, campaignIds: readonly string[]) {
  return db
    .select()
    .from(chapters)
    .where(inArray(chapters.campaignId, [...campaignIds]))
    .orderBy(asc(chapters.createdAt), asc(chapters.id));
}

export function listPrerequisitesOfCampaigns(db: CampaignsExecutor, campaignIds: readonly string[]) {
  return db
    .select({
      campaignId: chapters.campaignId,
      chapterId: chapterPrerequisites.chapterId,
      prerequisiteId: chapterPrerequisites.prerequisiteId,
    })
    .from(chapterPrerequisites)
    .innerJoin(chapters, eq(chapters.id, chapterPrerequisites.chapterId))
    .where(inArray(chapters.campaignId, [...campaignIds]))
    .orderBy(asc(chapterPrerequisites.chapterId), asc(chapterPrerequisites.prerequisiteId));
}

export function listArcsOfCampaigns(db: CampaignsExecutor, campaignIds: readonly string[]) {
  return db
    .select()
    .from(storyArcs)
    .where(inArray(storyArcs.campaignId, [...campaignIds]))
    .orderBy(asc(storyArcs.position), asc(storyArcs.createdAt), asc(storyArcs.id));
}

export function listPlotsOfCampaigns(db: CampaignsExecutor, campaignIds: readonly string[]) {
  return db
    .select()
    .from(plots)
    .where(inArray(plots.campaignId, [...campaignIds]))
    .orderBy(asc(plots.createdAt), asc(plots.id));
}

export function listPlotChaptersOfCampaigns(db: CampaignsExecutor, campaignIds: readonly string[]) {
  return db
    .select({
      campaignId: plots.campaignId,
      plotId: plotChapters.plotId,
      chapterId: plotChapters.chapterId,
      position: plotChapters.position,
    })
    .from(plotChapters)
    .innerJoin(plots, eq(plots.id, plotChapters.plotId))
    .where(inArray(plots.campaignId, [...campaignIds]))
    .orderBy(asc(plotChapters.plotId), asc(plotChapters.position));
}

export function listNpcsOfCampaigns(db: CampaignsExecutor, campaignIds: readonly string[]) {
  return db
    .select()
    .from(npcs)
    .where(inArray(npcs.campaignId, [...campaignIds]))
    .orderBy(asc(npcs.createdAt), asc(npcs.id));
}

export function listRelationshipsOfCampaigns(db: CampaignsExecutor, campaignIds: readonly string[]) {
  return db
    .select()
    .from(npcRelationships)
    .where(inArray(npcRelationships.campaignId, [...campaignIds]))
    .orderBy(asc(npcRelationships.createdAt), asc(npcRelationships.id));
}

export function listLocationsOfCampaigns(db: CampaignsExecutor, campaignIds: readonly string[]) {
  return db
    .select()
    .from(locations)
    .where(inArray(locations.campaignId, [...campaignIds]))
    .orderBy(asc(locations.createdAt), asc(locations.id));
}

export function listFactionsOfCampaigns(db: CampaignsExecutor, campaignIds: readonly string[]) {
  return db
    .select()
    .from(factions)
    .where(inArray(factions.campaignId, [...campaignIds]))
    .orderBy(asc(factions.createdAt), asc(factions.id));
}

export function listFactionMembersOfCampaigns(db: CampaignsExecutor, campaignIds: readonly string[]) {
  return db
    .select({ campaignId: factions.campaignId, factionId: factionMembers.factionId, npcId: factionMembers.npcId })
    .from(factionMembers)
    .innerJoin(factions, eq(factions.id, factionMembers.factionId))
    .where(inArray(factions.campaignId, [...campaignIds]))
    .orderBy(asc(factionMembers.factionId), asc(factionMembers.npcId));
}

export function listFactionRelationshipsOfCampaigns(db: CampaignsExecutor, campaignIds: readonly string[]) {
  return db
    .select({
      campaignId: factions.campaignId,
      factionId: factionRelationships.factionId,
      otherFactionId: factionRelationships.otherFactionId,
      stance: factionRelationships.stance,
    })
    .from(factionRelationships)
    .innerJoin(factions, eq(factions.id, factionRelationships.factionId))
    .where(inArray(factions.campaignId, [...campaignIds]))
    .orderBy(asc(factionRelationships.factionId), asc(factionRelationships.otherFactionId));
}

export type PrerequisiteLink = Awaited<ReturnType<typeof listPrerequisitesOfCampaigns>>[number];
export type PlotChapterLink = Awaited<ReturnType<typeof listPlotChaptersOfCampaigns>>[number];
export type FactionMemberLink = Awaited<ReturnType<typeof listFactionMembersOfCampaigns>>[number];
export type FactionRelationshipLink = Awaited<ReturnType<typeof listFactionRelationshipsOfCampaigns>>[number];

/** Everything in one campaign's story, as stored. */
export interface StoryRows {
  chapters: Awaited<ReturnType<typeof listChaptersOfCampaigns>>;
  prerequisites: PrerequisiteLink[];
  arcs: Awaited<ReturnType<typeof listArcsOfCampaigns>>;
  plots: Awaited<ReturnType<typeof listPlotsOfCampaigns>>;
  plotChapters: PlotChapterLink[];
  npcs: Awaited<ReturnType<typeof listNpcsOfCampaigns>>;
  relationships: Awaited<ReturnType<typeof listRelationshipsOfCampaigns>>;
  locations: Awaited<ReturnType<typeof listLocationsOfCampaigns>>;
  factions: Awaited<ReturnType<typeof listFactionsOfCampaigns>>;
  factionMembers: FactionMemberLink[];
  factionRelationships: FactionRelationshipLink[];
}

/** The whole story of one campaign (eleven statements; run inside the transaction that needs it). */
export async function loadStoryRows(db: CampaignsExecutor, campaignId: string): Promise<StoryRows> {
  const ids = [campaignId];
  return {
    chapters: await listChaptersOfCampaigns(db, ids),
    prerequisites: await listPrerequisitesOfCampaigns(db, ids),
    arcs: await listArcsOfCampaigns(db, ids),
    plots: await listPlotsOfCampaigns(db, ids),
    plotChapters: await listPlotChaptersOfCampaigns(db, ids),
    npcs: await listNpcsOfCampaigns(db, ids),
    relationships: await listRelationshipsOfCampaigns(db, ids),
    locations: await listLocationsOfCampaigns(db, ids),
    factions: await listFactionsOfCampaigns(db, ids),
    factionMembers: await listFactionMembersOfCampaigns(db, ids),
    factionRelationships: await listFactionRelationshipsOfCampaigns(db, ids),
  };
}

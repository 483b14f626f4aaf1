import { eq } from 'drizzle-orm';

import type { CampaignsTransaction } from '../../database.js';
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

/** Rows to write back, as a snapshot describes them (see domain/story-versions/story-snapshot.ts). */
export interface StoryRowsToWrite {
  locations: (typeof locations.$inferInsert)[];
  npcs: (typeof npcs.$inferInsert)[];
  chapters: (typeof chapters.$inferInsert)[];
  prerequisites: (typeof chapterPrerequisites.$inferInsert)[];
  arcs: (typeof storyArcs.$inferInsert)[];
  plots: (typeof plots.$inferInsert)[];
  plotChapters: (typeof plotChapters.$inferInsert)[];
  relationships: (typeof npcRelationships.$inferInsert)[];
  factions: (typeof factions.$inferInsert)[];
  factionMembers: (typeof factionMembers.$inferInsert)[];
  factionRelationships: (typeof factionRelationships.$inferInsert)[];
}

/**
 * Replaces a campaign's whole story with `rows` (call inside the restoring transaction). Deleting
 * the top-level rows cascades to the link tables; each kind is then written in one multi-row
 * insert, whose self-references (parent plots and locations) Postgres checks at the end of it.
 */
export async function replaceStory(
  tx: CampaignsTransaction,
  campaignId: string,
  rows: StoryRowsToWrite,
): Promise<void> {
  await tx.delete(npcRelationships).where(eq(npcRelationships.campaignId, campaignId));
  await tx.delete(factions).where(eq(factions.campaignId, campaignId));
  await tx.delete(plots).where(eq(plots.campaignId, campaignId));
  await tx.delete(storyArcs).where(eq(storyArcs.campaignId, campaignId));
  await tx.delete(chapters).where(eq(chapters.campaignId, campaignId));
  await tx.delete(npcs).where(eq(npcs.campaignId, campaignId));
  await tx.delete(locations).where(eq(locations.campaignId, campaignId));

  if (rows.locations.length > 0) await tx.insert(locations).values(rows.locations);
  if (rows.npcs.length > 0) await tx.insert(npcs).values(rows.npcs);
  if (rows.chapters.length > 0) await tx.insert(chapters).values(rows.chapters);
  if (rows.prerequisites.length > 0) await tx.insert(chapterPrerequisites).values(rows.prerequisites);
  if (rows.arcs.length > 0) await tx.insert(storyArcs).values(rows.arcs);
  if (rows.plots.length > 0) await tx.insert(plots).values(rows.plots);
  if (rows.plotChapters.length > 0) await tx.insert(plotChapters).values(rows.plotChapters);
  if (rows.relationships.length > 0) await tx.insert(npcRelationships).values(rows.relationships);
  if (rows.factions.length > 0) await tx.insert(factions).values(rows.factions);
  if (rows.factionMembers.length > 0) await tx.insert(factionMembers).values(rows.factionMembers);
  if (rows.factionRelationships.length > 0) await tx.insert(factionRelationships).values(rows.factionRelationships);
}

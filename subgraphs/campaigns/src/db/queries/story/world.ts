import { eq } from 'drizzle-orm';

import type { CampaignsExecutor } from '../../database.js';
import { factionMembers, factionRelationships, factions, type FactionStance, locations } from '../../tables/index.js';
import { storyEntityQueries } from './story-entity-queries.js';

export const locationRows = storyEntityQueries(locations);
export const factionRows = storyEntityQueries(factions);

export async function replaceFactionMembers(
  db: CampaignsExecutor,
  factionId: string,
  npcIds: readonly string[],
): Promise<void> {
  await db.delete(factionMembers).where(eq(factionMembers.factionId, factionId));
  if (npcIds.length === 0) return;
  await db.insert(factionMembers).values(npcIds.map((npcId) => ({ factionId, npcId })));
}

/** Replaces how a faction stands towards others. */
export async function replaceFactionRelationships(
  db: CampaignsExecutor,
  factionId: string,
  relationships: readonly { factionId: string; stance: FactionStance }[],
): Promise<void> {
  await db.delete(factionRelationships).where(eq(factionRelationships.factionId, factionId));
  if (relationships.length === 0) return;
  await db.insert(factionRelationships).values(
    relationships.map((relationship) => ({
      factionId,
      otherFactionId: relationship.factionId,
      stance: relationship.stance,
    })),
  );
}

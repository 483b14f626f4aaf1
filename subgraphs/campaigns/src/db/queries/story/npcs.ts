import { and, eq } from 'drizzle-orm';

import type { CampaignsExecutor } from '../../database.js';
import { npcRelationships, npcs, partyMembers } from '../../tables/index.js';
import { storyEntityQueries } from './story-entity-queries.js';

/** Deleting an NPC takes its relationships (both ways) and faction memberships with it. */
export const npcRows = storyEntityQueries(npcs);
export const relationshipRows = storyEntityQueries(npcRelationships);

export async function isInParty(db: CampaignsExecutor, campaignId: string, characterId: string): Promise<boolean> {
  const rows = await db
    .select({ id: partyMembers.characterId })
    .from(partyMembers)
    .where(and(eq(partyMembers.campaignId, campaignId), eq(partyMembers.characterId, characterId)));
  return rows.length > 0;
}

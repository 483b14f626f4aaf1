import { and, asc, eq, inArray } from 'drizzle-orm';

import type { CampaignsExecutor } from '../database.js';
import { campaignHomebrew, campaignMembers } from '../tables/index.js';

/** Allows a homebrew entry in a campaign; false when it already is allowed. */
export async function insertCampaignHomebrew(
  db: CampaignsExecutor,
  values: { campaignId: string; homebrewId: string; addedBy: string },
): Promise<boolean> {
  const rows = await db
    .insert(campaignHomebrew)
    .values(values)
    .onConflictDoNothing()
    .returning({ homebrewId: campaignHomebrew.homebrewId });
  return rows.length > 0;
}

/** False when the entry was not allowed in the campaign. */
export async function deleteCampaignHomebrew(
  db: CampaignsExecutor,
  campaignId: string,
  homebrewId: string,
): Promise<boolean> {
  const rows = await db
    .delete(campaignHomebrew)
    .where(and(eq(campaignHomebrew.campaignId, campaignId), eq(campaignHomebrew.homebrewId, homebrewId)))
    .returning({ homebrewId: campaignHomebrew.homebrewId });
  return rows.length > 0;
}

/**
 * Batched variant for the DataLoader: for each of `campaignIds` that `viewerId` is a member of,
 * one row per allowed entry (in allowing order), or one row with a null `homebrewId` when none
 * is allowed. Campaigns the viewer is not a member of yield no row, so membership and the list
 * come from one statement.
 */
export function listAllowedHomebrewOfCampaignsForMember(
  db: CampaignsExecutor,
  campaignIds: readonly string[],
  viewerId: string,
): Promise<{ campaignId: string; homebrewId: string | null }[]> {
  if (campaignIds.length === 0) return Promise.resolve([]);
  return db
    .select({ campaignId: campaignMembers.campaignId, homebrewId: campaignHomebrew.homebrewId })
    .from(campaignMembers)
    .leftJoin(campaignHomebrew, eq(campaignHomebrew.campaignId, campaignMembers.campaignId))
    .where(and(eq(campaignMembers.userId, viewerId), inArray(campaignMembers.campaignId, [...campaignIds])))
    .orderBy(asc(campaignHomebrew.addedAt), asc(campaignHomebrew.homebrewId));
}

/** Every homebrew id allowed in any campaign `userId` is a member of (game master or player). */
export async function listHomebrewAllowedForMember(db: CampaignsExecutor, userId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ homebrewId: campaignHomebrew.homebrewId })
    .from(campaignHomebrew)
    .innerJoin(campaignMembers, eq(campaignMembers.campaignId, campaignHomebrew.campaignId))
    .where(eq(campaignMembers.userId, userId))
    .orderBy(asc(campaignHomebrew.homebrewId));
  return rows.map((row) => row.homebrewId);
}

import { and, eq, inArray } from 'drizzle-orm';

import type { CampaignsExecutor } from '../database.js';
import { campaignMembers } from '../tables/campaign-members.js';
import {
  type CampaignRuleProfileRow,
  campaignRuleProfiles,
  type NewCampaignRuleProfileRow,
} from '../tables/campaign-rule-profiles.js';

/** Writes a campaign's whole profile (insert or replace); returns the stored row. */
export async function upsertRuleProfile(
  db: CampaignsExecutor,
  values: NewCampaignRuleProfileRow,
): Promise<CampaignRuleProfileRow> {
  const { campaignId: _campaignId, ...changes } = values;
  const [row] = await db
    .insert(campaignRuleProfiles)
    .values(values)
    .onConflictDoUpdate({ target: campaignRuleProfiles.campaignId, set: { ...changes, updatedAt: new Date() } })
    .returning();
  return row;
}

/** False when the campaign had no profile. */
export async function deleteRuleProfile(db: CampaignsExecutor, campaignId: string): Promise<boolean> {
  const rows = await db
    .delete(campaignRuleProfiles)
    .where(eq(campaignRuleProfiles.campaignId, campaignId))
    .returning({ campaignId: campaignRuleProfiles.campaignId });
  return rows.length > 0;
}

/**
 * Batched variant for the DataLoader: one row per campaign of `campaignIds` that `viewerId` is a
 * member of, with its profile (null when it has none). Non-members get no row, so membership and
 * profile come from one statement.
 */
export function listRuleProfilesOfCampaignsForMember(
  db: CampaignsExecutor,
  campaignIds: readonly string[],
  viewerId: string,
): Promise<{ campaignId: string; profile: CampaignRuleProfileRow | null }[]> {
  if (campaignIds.length === 0) return Promise.resolve([]);
  return db
    .select({ campaignId: campaignMembers.campaignId, profile: campaignRuleProfiles })
    .from(campaignMembers)
    .leftJoin(campaignRuleProfiles, eq(campaignRuleProfiles.campaignId, campaignMembers.campaignId))
    .where(and(eq(campaignMembers.userId, viewerId), inArray(campaignMembers.campaignId, [...campaignIds])));
}

import { and, asc, eq, inArray } from 'drizzle-orm';

import type { CampaignsExecutor } from '../database.js';
import { campaignMembers, type CampaignMemberRow, type CampaignRole } from '../tables/index.js';

/** Adds a member; false when the user already is one. */
export async function insertMember(
  db: CampaignsExecutor,
  values: { campaignId: string; userId: string; role: CampaignRole },
): Promise<boolean> {
  const rows = await db
    .insert(campaignMembers)
    .values(values)
    .onConflictDoNothing()
    .returning({ userId: campaignMembers.userId });
  return rows.length > 0;
}

/** The role of `userId` in the campaign, or null when not a member. */
export async function findMemberRole(
  db: CampaignsExecutor,
  campaignId: string,
  userId: string,
): Promise<CampaignRole | null> {
  const [row] = await db
    .select({ role: campaignMembers.role })
    .from(campaignMembers)
    .where(and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.userId, userId)));
  return row?.role ?? null;
}

/** Batched variant for the DataLoader; game master first, then players in joining order. */
export function listMembersOfCampaigns(
  db: CampaignsExecutor,
  campaignIds: readonly string[],
): Promise<CampaignMemberRow[]> {
  if (campaignIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(campaignMembers)
    .where(inArray(campaignMembers.campaignId, [...campaignIds]))
    .orderBy(asc(campaignMembers.role), asc(campaignMembers.createdAt), asc(campaignMembers.userId));
}

export async function deleteMember(db: CampaignsExecutor, campaignId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(campaignMembers)
    .where(and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.userId, userId)))
    .returning({ userId: campaignMembers.userId });
  return rows.length > 0;
}

/** Changes a member's role; false when the user is not a member. */
export async function updateMemberRole(
  db: CampaignsExecutor,
  campaignId: string,
  userId: string,
  role: CampaignRole,
): Promise<boolean> {
  const rows = await db
    .update(campaignMembers)
    .set({ role })
    .where(and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.userId, userId)))
    .returning({ userId: campaignMembers.userId });
  return rows.length > 0;
}

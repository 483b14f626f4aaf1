import { and, asc, eq, inArray, sql } from 'drizzle-orm';

import type { CampaignsExecutor } from '../database.js';
import {
  type CampaignInvitationRow,
  campaignInvitations,
  type CampaignRole,
  campaigns,
  type InvitationStatus,
} from '../tables/index.js';

/** Adds a PENDING invitation; undefined when the user already has one open for the campaign. */
export async function insertInvitation(
  db: CampaignsExecutor,
  values: { campaignId: string; inviteeId: string; invitedBy: string; role: CampaignRole },
): Promise<CampaignInvitationRow | undefined> {
  const [row] = await db.insert(campaignInvitations).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findInvitationById(
  db: CampaignsExecutor,
  id: string,
): Promise<CampaignInvitationRow | undefined> {
  const [row] = await db.select().from(campaignInvitations).where(eq(campaignInvitations.id, id));
  return row;
}

/** Answers a PENDING invitation; undefined when it was answered meanwhile. */
export async function answerInvitation(
  db: CampaignsExecutor,
  id: string,
  status: Exclude<InvitationStatus, 'PENDING'>,
): Promise<CampaignInvitationRow | undefined> {
  const [row] = await db
    .update(campaignInvitations)
    .set({ status, answeredAt: sql`now()` })
    .where(and(eq(campaignInvitations.id, id), eq(campaignInvitations.status, 'PENDING')))
    .returning();
  return row;
}

/** Open invitations of one user with their campaign's name, oldest first (one statement). */
export function listPendingInvitationsOf(
  db: CampaignsExecutor,
  inviteeId: string,
): Promise<{ invitation: CampaignInvitationRow; campaignName: string }[]> {
  return db
    .select({ invitation: campaignInvitations, campaignName: campaigns.name })
    .from(campaignInvitations)
    .innerJoin(campaigns, eq(campaigns.id, campaignInvitations.campaignId))
    .where(and(eq(campaignInvitations.inviteeId, inviteeId), eq(campaignInvitations.status, 'PENDING')))
    .orderBy(asc(campaignInvitations.createdAt), asc(campaignInvitations.id));
}

/**
 * Batched variant for the DataLoader: invitations of `campaignIds`, of one of `statuses` (every
 * status when null), oldest first.
 */
export function listInvitationsOfCampaigns(
  db: CampaignsExecutor,
  campaignIds: readonly string[],
  statuses: readonly InvitationStatus[] | null,
): Promise<CampaignInvitationRow[]> {
  if (campaignIds.length === 0) return Promise.resolve([]);
  const inCampaigns = inArray(campaignInvitations.campaignId, [...campaignIds]);
  return db
    .select()
    .from(campaignInvitations)
    .where(statuses ? and(inCampaigns, inArray(campaignInvitations.status, [...statuses])) : inCampaigns)
    .orderBy(asc(campaignInvitations.createdAt), asc(campaignInvitations.id));
}

import { and, asc, eq, inArray, sql } from 'drizzle-orm';

import type { CampaignsExecutor } from '../database.js';
import {
  campaignMembers,
  type CampaignRole,
  type CampaignRow,
  campaigns,
  type CampaignStatus,
  type NewCampaignRow,
  partyMembers,
} from '../tables/index.js';

export async function insertCampaign(db: CampaignsExecutor, values: NewCampaignRow): Promise<CampaignRow> {
  const [row] = await db.insert(campaigns).values(values).returning();
  return row;
}

export async function findCampaignById(db: CampaignsExecutor, id: string): Promise<CampaignRow | undefined> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  return row;
}

/**
 * A campaign with the role of `userId` in it (null: not a member), in one statement: every
 * campaign operation starts with this check, each `partyChanged` event once per subscriber.
 */
export async function findCampaignWithRole(
  db: CampaignsExecutor,
  id: string,
  userId: string,
): Promise<{ campaign: CampaignRow; role: CampaignRole | null } | undefined> {
  const [row] = await db
    .select({ campaign: campaigns, role: campaignMembers.role })
    .from(campaigns)
    .leftJoin(campaignMembers, and(eq(campaignMembers.campaignId, campaigns.id), eq(campaignMembers.userId, userId)))
    .where(eq(campaigns.id, id));
  return row;
}

/** Batched variant for the DataLoader. */
export function findCampaignsByIds(db: CampaignsExecutor, ids: readonly string[]): Promise<CampaignRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(campaigns)
    .where(inArray(campaigns.id, [...ids]));
}

/** Marks a campaign changed (its party or members moved); returns the fresh row. */
export async function touchCampaign(db: CampaignsExecutor, id: string): Promise<CampaignRow | undefined> {
  const [row] = await db
    .update(campaigns)
    .set({ updatedAt: sql`now()` })
    .where(eq(campaigns.id, id))
    .returning();
  return row;
}

/** Campaigns `userId` is a member of (any role), oldest first. */
export async function listCampaignsOfMember(db: CampaignsExecutor, userId: string): Promise<CampaignRow[]> {
  const rows = await db
    .select({ campaign: campaigns })
    .from(campaigns)
    .innerJoin(campaignMembers, eq(campaignMembers.campaignId, campaigns.id))
    .where(eq(campaignMembers.userId, userId))
    .orderBy(asc(campaigns.createdAt), asc(campaigns.id));
  return rows.map((row) => row.campaign);
}

/**
 * For each character, the campaigns whose party holds it and that `viewerId` is a member of:
 * the visibility filter lives in the same single statement as the lookup.
 */
export function listCampaignsOfCharactersVisibleTo(
  db: CampaignsExecutor,
  characterIds: readonly string[],
  viewerId: string,
): Promise<{ characterId: string; campaign: CampaignRow }[]> {
  if (characterIds.length === 0) return Promise.resolve([]);
  return db
    .select({ characterId: partyMembers.characterId, campaign: campaigns })
    .from(partyMembers)
    .innerJoin(campaigns, eq(campaigns.id, partyMembers.campaignId))
    .innerJoin(
      campaignMembers,
      and(eq(campaignMembers.campaignId, partyMembers.campaignId), eq(campaignMembers.userId, viewerId)),
    )
    .where(inArray(partyMembers.characterId, [...characterIds]))
    .orderBy(asc(campaigns.createdAt), asc(campaigns.id));
}

/** Changes name and/or description; returns the fresh row (undefined when the campaign is gone). */
export async function updateCampaignDetails(
  db: CampaignsExecutor,
  id: string,
  values: { name?: string; description?: string | null },
): Promise<CampaignRow | undefined> {
  const [row] = await db
    .update(campaigns)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(campaigns.id, id))
    .returning();
  return row;
}

/** Moves the status only if it still is `from` (a concurrent move wins); undefined otherwise. */
export async function updateCampaignStatus(
  db: CampaignsExecutor,
  id: string,
  from: CampaignStatus,
  to: CampaignStatus,
): Promise<CampaignRow | undefined> {
  const [row] = await db
    .update(campaigns)
    .set({ status: to, updatedAt: sql`now()` })
    .where(and(eq(campaigns.id, id), eq(campaigns.status, from)))
    .returning();
  return row;
}

/** Deletes the campaign if it still has one of `statuses` (members, party and homebrew cascade). */
export async function deleteCampaignInStatus(
  db: CampaignsExecutor,
  id: string,
  statuses: readonly CampaignStatus[],
): Promise<boolean> {
  const rows = await db
    .delete(campaigns)
    .where(and(eq(campaigns.id, id), inArray(campaigns.status, [...statuses])))
    .returning({ id: campaigns.id });
  return rows.length > 0;
}

/**
 * Takes the campaign's row lock until the transaction ends (serialises party joins and story
 * edits) and returns the campaign as of the lock (undefined when it is gone).
 */
export async function lockCampaign(db: CampaignsExecutor, id: string): Promise<CampaignRow | undefined> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id)).for('update');
  return row;
}

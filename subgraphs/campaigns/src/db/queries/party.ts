import { and, asc, eq, inArray } from 'drizzle-orm';

import type { CampaignsExecutor } from '../database.js';
import { partyMembers, type PartyMemberRow } from '../tables/index.js';

/** Adds a character to a party; false when it is already in it. */
export async function insertPartyMember(
  db: CampaignsExecutor,
  values: { campaignId: string; characterId: string; addedBy: string },
): Promise<boolean> {
  const rows = await db
    .insert(partyMembers)
    .values(values)
    .onConflictDoNothing()
    .returning({ characterId: partyMembers.characterId });
  return rows.length > 0;
}

export async function deletePartyMember(
  db: CampaignsExecutor,
  campaignId: string,
  characterId: string,
): Promise<boolean> {
  const rows = await db
    .delete(partyMembers)
    .where(and(eq(partyMembers.campaignId, campaignId), eq(partyMembers.characterId, characterId)))
    .returning({ characterId: partyMembers.characterId });
  return rows.length > 0;
}

/** Removes several characters from one party; returns the ids actually removed. */
export async function deletePartyMembers(
  db: CampaignsExecutor,
  campaignId: string,
  characterIds: readonly string[],
): Promise<string[]> {
  if (characterIds.length === 0) return [];
  const rows = await db
    .delete(partyMembers)
    .where(and(eq(partyMembers.campaignId, campaignId), inArray(partyMembers.characterId, [...characterIds])))
    .returning({ characterId: partyMembers.characterId });
  return rows.map((row) => row.characterId);
}

/** Batched variant for the DataLoader: parties of many campaigns, in joining order. */
export function listPartiesOfCampaigns(
  db: CampaignsExecutor,
  campaignIds: readonly string[],
): Promise<PartyMemberRow[]> {
  if (campaignIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(partyMembers)
    .where(inArray(partyMembers.campaignId, [...campaignIds]))
    .orderBy(asc(partyMembers.addedAt), asc(partyMembers.characterId));
}

export async function listCampaignIdsOfCharacter(db: CampaignsExecutor, characterId: string): Promise<string[]> {
  const rows = await db
    .select({ campaignId: partyMembers.campaignId })
    .from(partyMembers)
    .where(eq(partyMembers.characterId, characterId));
  return rows.map((row) => row.campaignId);
}

/** Takes a character out of every party (it was deleted); returns the campaigns it left. */
export async function deletePartyMembershipsOfCharacter(db: CampaignsExecutor, characterId: string): Promise<string[]> {
  const rows = await db
    .delete(partyMembers)
    .where(eq(partyMembers.characterId, characterId))
    .returning({ campaignId: partyMembers.campaignId });
  return rows.map((row) => row.campaignId);
}

import { and, eq } from 'drizzle-orm';

import type { CampaignsExecutor } from '../../database.js';
import { type NpcRelationshipRow, npcRelationships, type NpcRow, npcs, partyMembers } from '../../tables/index.js';

export type NpcValues = Pick<NpcRow, 'name' | 'description' | 'role' | 'motivations' | 'statBlock' | 'locationId'>;
export type RelationshipValues = Pick<
  NpcRelationshipRow,
  'npcId' | 'targetNpcId' | 'targetCharacterId' | 'kind' | 'description' | 'hidden'
>;

export async function insertNpc(db: CampaignsExecutor, values: NpcValues & { campaignId: string }): Promise<NpcRow> {
  const [row] = await db.insert(npcs).values(values).returning();
  return row;
}

export async function findNpcById(db: CampaignsExecutor, id: string): Promise<NpcRow | undefined> {
  const [row] = await db.select().from(npcs).where(eq(npcs.id, id));
  return row;
}

export async function updateNpcRow(
  db: CampaignsExecutor,
  id: string,
  values: Partial<NpcValues>,
): Promise<NpcRow | undefined> {
  if (Object.keys(values).length === 0) return findNpcById(db, id);
  const [row] = await db.update(npcs).set(values).where(eq(npcs.id, id)).returning();
  return row;
}

/** Its relationships (both directions) and faction memberships go with it. */
export async function deleteNpcRow(db: CampaignsExecutor, id: string): Promise<void> {
  await db.delete(npcs).where(eq(npcs.id, id));
}

export async function insertRelationship(
  db: CampaignsExecutor,
  values: RelationshipValues & { campaignId: string },
): Promise<NpcRelationshipRow> {
  const [row] = await db.insert(npcRelationships).values(values).returning();
  return row;
}

export async function findRelationshipById(db: CampaignsExecutor, id: string): Promise<NpcRelationshipRow | undefined> {
  const [row] = await db.select().from(npcRelationships).where(eq(npcRelationships.id, id));
  return row;
}

export async function updateRelationshipRow(
  db: CampaignsExecutor,
  id: string,
  values: Partial<Pick<RelationshipValues, 'kind' | 'description' | 'hidden'>>,
): Promise<NpcRelationshipRow | undefined> {
  if (Object.keys(values).length === 0) return findRelationshipById(db, id);
  const [row] = await db.update(npcRelationships).set(values).where(eq(npcRelationships.id, id)).returning();
  return row;
}

export async function deleteRelationshipRow(db: CampaignsExecutor, id: string): Promise<void> {
  await db.delete(npcRelationships).where(eq(npcRelationships.id, id));
}

export async function isInParty(db: CampaignsExecutor, campaignId: string, characterId: string): Promise<boolean> {
  const rows = await db
    .select({ id: partyMembers.characterId })
    .from(partyMembers)
    .where(and(eq(partyMembers.campaignId, campaignId), eq(partyMembers.characterId, characterId)));
  return rows.length > 0;
}

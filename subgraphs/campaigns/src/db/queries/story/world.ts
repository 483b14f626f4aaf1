import { eq } from 'drizzle-orm';

import type { CampaignsExecutor } from '../../database.js';
import {
  factionMembers,
  factionRelationships,
  type FactionRow,
  factions,
  type FactionStance,
  type LocationRow,
  locations,
} from '../../tables/index.js';

export type LocationValues = Pick<LocationRow, 'name' | 'description' | 'parentLocationId'>;
export type FactionValues = Pick<FactionRow, 'name' | 'goals' | 'power'>;

export async function insertLocation(
  db: CampaignsExecutor,
  values: LocationValues & { campaignId: string },
): Promise<LocationRow> {
  const [row] = await db.insert(locations).values(values).returning();
  return row;
}

export async function findLocationById(db: CampaignsExecutor, id: string): Promise<LocationRow | undefined> {
  const [row] = await db.select().from(locations).where(eq(locations.id, id));
  return row;
}

export async function updateLocationRow(
  db: CampaignsExecutor,
  id: string,
  values: Partial<LocationValues>,
): Promise<LocationRow | undefined> {
  if (Object.keys(values).length === 0) return findLocationById(db, id);
  const [row] = await db.update(locations).set(values).where(eq(locations.id, id)).returning();
  return row;
}

export async function deleteLocationRow(db: CampaignsExecutor, id: string): Promise<void> {
  await db.delete(locations).where(eq(locations.id, id));
}

export async function insertFaction(
  db: CampaignsExecutor,
  values: FactionValues & { campaignId: string },
): Promise<FactionRow> {
  const [row] = await db.insert(factions).values(values).returning();
  return row;
}

export async function findFactionById(db: CampaignsExecutor, id: string): Promise<FactionRow | undefined> {
  const [row] = await db.select().from(factions).where(eq(factions.id, id));
  return row;
}

export async function updateFactionRow(
  db: CampaignsExecutor,
  id: string,
  values: Partial<FactionValues>,
): Promise<FactionRow | undefined> {
  if (Object.keys(values).length === 0) return findFactionById(db, id);
  const [row] = await db.update(factions).set(values).where(eq(factions.id, id)).returning();
  return row;
}

export async function deleteFactionRow(db: CampaignsExecutor, id: string): Promise<void> {
  await db.delete(factions).where(eq(factions.id, id));
}

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
  await db
    .insert(factionRelationships)
    .values(
      relationships.map((relationship) => ({
        factionId,
        otherFactionId: relationship.factionId,
        stance: relationship.stance,
      })),
    );
}

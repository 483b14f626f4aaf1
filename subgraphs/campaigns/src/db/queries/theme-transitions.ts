import { asc, eq, inArray, sql } from 'drizzle-orm';

import type { CampaignsExecutor } from '../database.js';
import {
  type CampaignRow,
  campaigns,
  type CampaignTheme,
  themeTransitions,
  type ThemeTransitionRow,
} from '../tables/index.js';

export async function insertThemeTransition(
  db: CampaignsExecutor,
  values: typeof themeTransitions.$inferInsert,
): Promise<ThemeTransitionRow> {
  const [row] = await db.insert(themeTransitions).values(values).returning();
  return row;
}

/** The only write of `campaigns.theme` after creation (see domain/themes). */
export async function setCampaignTheme(
  db: CampaignsExecutor,
  campaignId: string,
  theme: CampaignTheme,
): Promise<CampaignRow> {
  const [row] = await db
    .update(campaigns)
    .set({ theme, updatedAt: sql`now()` })
    .where(eq(campaigns.id, campaignId))
    .returning();
  if (!row) throw new Error(`campaign ${campaignId} vanished while locked`);
  return row;
}

/** Batched for the DataLoader: transitions by id. */
export function findThemeTransitionsByIds(
  db: CampaignsExecutor,
  ids: readonly string[],
): Promise<ThemeTransitionRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(themeTransitions)
    .where(inArray(themeTransitions.id, [...ids]));
}

/** Batched for the DataLoader: the transitions of several campaigns, oldest first. */
export function listThemeTransitionsOfCampaigns(
  db: CampaignsExecutor,
  campaignIds: readonly string[],
): Promise<ThemeTransitionRow[]> {
  if (campaignIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(themeTransitions)
    .where(inArray(themeTransitions.campaignId, [...campaignIds]))
    .orderBy(asc(themeTransitions.transitionedAt), asc(themeTransitions.id));
}

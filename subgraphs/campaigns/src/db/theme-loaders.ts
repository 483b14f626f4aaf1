import { isUuid } from '@grimoire/platform';
import DataLoader from 'dataloader';

import type { CampaignsDb } from './database.js';
import { findThemeTransitionsByIds, listThemeTransitionsOfCampaigns } from './queries/theme-transitions.js';
import type { ThemeTransitionRow } from './tables/index.js';

export interface ThemeLoaders {
  /** Each campaign's theme transitions, oldest first. */
  themeTransitionsByCampaignId: DataLoader<string, ThemeTransitionRow[]>;
  themeTransitionById: DataLoader<string, ThemeTransitionRow | null>;
}

export function createThemeLoaders(db: CampaignsDb): ThemeLoaders {
  return {
    themeTransitionsByCampaignId: new DataLoader<string, ThemeTransitionRow[]>(async (campaignIds) => {
      const rows = await listThemeTransitionsOfCampaigns(db, campaignIds);
      return campaignIds.map((id) => rows.filter((row) => row.campaignId === id));
    }),
    themeTransitionById: new DataLoader<string, ThemeTransitionRow | null>(async (ids) => {
      const rows = await findThemeTransitionsByIds(db, ids.filter(isUuid));
      return ids.map((id) => rows.find((row) => row.id === id.toLowerCase()) ?? null);
    }),
  };
}

import DataLoader from 'dataloader';

import type { CampaignsDb } from './database.js';
import { listThemeTransitionsOfCampaigns } from './queries/theme-transitions.js';
import type { ThemeTransitionRow } from './tables/index.js';

export interface ThemeLoaders {
  /** Each campaign's theme transitions, oldest first. */
  themeTransitionsByCampaignId: DataLoader<string, ThemeTransitionRow[]>;
}

export function createThemeLoaders(db: CampaignsDb): ThemeLoaders {
  return {
    themeTransitionsByCampaignId: new DataLoader<string, ThemeTransitionRow[]>(async (campaignIds) => {
      const rows = await listThemeTransitionsOfCampaigns(db, campaignIds);
      return campaignIds.map((id) => rows.filter((row) => row.campaignId === id));
    }),
  };
}

import DataLoader from 'dataloader';

import type { CampaignsDb } from './database.js';
import {
  listDeceptionsOfCampaigns,
  listIdentitiesOfCampaigns,
  listIdentityLinksOfCampaigns,
  listNemesesOfCampaigns,
  listRevelationsOfCampaigns,
} from './queries/antitheticon.js';
import type {
  NemesisDeceptionRow,
  NemesisIdentityLinkRow,
  NemesisIdentityRow,
  NemesisRevelationRow,
  NemesisRow,
} from './tables/index.js';

/** A campaign's nemesis with everything hanging off it, as stored (visibility is the domain's). */
export interface NemesisRecord {
  nemesis: NemesisRow;
  identities: NemesisIdentityRow[];
  links: NemesisIdentityLinkRow[];
  deceptions: NemesisDeceptionRow[];
  revelations: NemesisRevelationRow[];
}

export interface AntitheticonLoaders {
  /** Null when the campaign has no nemesis. At most five statements per batch of campaigns. */
  nemesisByCampaignId: DataLoader<string, NemesisRecord | null>;
}

export function createAntitheticonLoaders(db: CampaignsDb): AntitheticonLoaders {
  return {
    nemesisByCampaignId: new DataLoader<string, NemesisRecord | null>(async (campaignIds) => {
      const found = await listNemesesOfCampaigns(db, campaignIds);
      if (found.length === 0) return campaignIds.map(() => null);
      const ids = found.map((row) => row.campaignId);
      const [identities, links, deceptions, revelations] = await Promise.all([
        listIdentitiesOfCampaigns(db, ids),
        listIdentityLinksOfCampaigns(db, ids),
        listDeceptionsOfCampaigns(db, ids),
        listRevelationsOfCampaigns(db, ids),
      ]);
      return campaignIds.map((campaignId) => {
        const nemesis = found.find((row) => row.campaignId === campaignId);
        if (!nemesis) return null;
        const ofCampaign = <TRow extends { campaignId: string }>(rows: TRow[]) =>
          rows.filter((row) => row.campaignId === campaignId);
        return {
          nemesis,
          identities: ofCampaign(identities),
          links: ofCampaign(links),
          deceptions: ofCampaign(deceptions),
          revelations: ofCampaign(revelations),
        };
      });
    }),
  };
}

import { notFound, parseId } from '@grimoire/platform';

import type { CampaignsExecutor } from '../db/database.js';
import { findCampaignWithRole } from '../db/queries/campaigns.js';
import type { CampaignRow } from '../db/tables/index.js';
import type { CampaignAccess } from './authorize-campaign-action.js';

/** Parses the campaign id argument, loads the campaign (NOT_FOUND) and the viewer's place in it. */
export async function loadCampaignAccess(
  db: CampaignsExecutor,
  viewerId: string,
  rawCampaignId: string,
  field = 'campaignId',
): Promise<{ campaign: CampaignRow; access: CampaignAccess }> {
  const campaignId = parseId(rawCampaignId, field);
  const found = await findCampaignWithRole(db, campaignId, viewerId);
  if (!found) throw notFound(`No campaign has id ${campaignId}.`, { field });
  const { campaign, role: viewerRole } = found;
  return { campaign, access: { viewerId, gameMasterId: campaign.gameMasterId, viewerRole } };
}

import { notFound, parseId } from '@grimoire/platform';

import type { CampaignsExecutor } from '../db/database.js';
import { findCampaignById } from '../db/queries/campaigns.js';
import { findMemberRole } from '../db/queries/members.js';
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
  const campaign = await findCampaignById(db, campaignId);
  if (!campaign) throw notFound(`No campaign has id ${campaignId}.`, { field });
  const viewerRole = await findMemberRole(db, campaignId, viewerId);
  return { campaign, access: { viewerId, gameMasterId: campaign.gameMasterId, viewerRole } };
}

import { conflict, type Identity } from '@grimoire/platform';

import { updateCampaignStatus } from '../db/queries/campaigns.js';
import type { CampaignRow, CampaignStatus } from '../db/tables/index.js';
import { assertCanChangeStatus } from './authorize-campaign-action.js';
import type { CampaignsDependencies } from './dependencies.js';
import { loadCampaignAccess } from './load-campaign-access.js';

/** Moves a campaign along its state machine (CAMPAIGN_STATUS_TRANSITIONS). */
export async function changeCampaignStatus(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewer: Identity,
  rawId: string,
  status: CampaignStatus,
): Promise<CampaignRow> {
  const { campaign, access } = await loadCampaignAccess(deps.db, viewer.userId, rawId, 'id');
  assertCanChangeStatus(access, campaign.status, status);
  const updated = await updateCampaignStatus(deps.db, campaign.id, campaign.status, status);
  if (!updated) {
    throw conflict('The campaign changed status meanwhile; read it again and retry.', { field: 'status' });
  }
  return updated;
}

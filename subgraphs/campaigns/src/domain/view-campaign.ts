import type { CampaignsDb } from '../db/database.js';
import { listCampaignsOfMember } from '../db/queries/campaigns.js';
import type { CampaignRow } from '../db/tables/index.js';
import { assertCanViewCampaign } from './authorize-campaign-action.js';
import { loadCampaignAccess } from './load-campaign-access.js';

/**
 * A campaign for one of its members: BAD_USER_INPUT for a malformed id, NOT_FOUND when unknown,
 * FORBIDDEN for non-members. `field` names the argument the id came from.
 */
export async function viewCampaign(
  deps: { db: CampaignsDb },
  viewerId: string,
  rawId: string,
  field = 'id',
): Promise<CampaignRow> {
  const { campaign, access } = await loadCampaignAccess(deps.db, viewerId, rawId, field);
  assertCanViewCampaign(access);
  return campaign;
}

/** Campaigns the viewer takes part in, as game master or player. */
export function listMyCampaigns(deps: { db: CampaignsDb }, viewerId: string): Promise<CampaignRow[]> {
  return listCampaignsOfMember(deps.db, viewerId);
}

import { conflict, type Identity } from '@grimoire/platform';

import { deleteCampaignInStatus } from '../db/queries/campaigns.js';
import { assertCanDeleteCampaign } from './authorize-campaign-action.js';
import type { CampaignsDependencies } from './dependencies.js';
import { loadCampaignAccess } from './load-campaign-access.js';

/** The GM deletes a DRAFT or ARCHIVED campaign; members, party and homebrew go with it. */
export async function deleteCampaign(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewer: Identity,
  rawId: string,
): Promise<string> {
  const { campaign, access } = await loadCampaignAccess(deps.db, viewer.userId, rawId, 'id');
  assertCanDeleteCampaign(access, campaign.status);
  // The status guard repeats in the statement: a concurrent activation must not be deleted.
  if (!(await deleteCampaignInStatus(deps.db, campaign.id, ['DRAFT', 'ARCHIVED']))) {
    throw conflict('The campaign changed meanwhile; read it again and retry.', { field: 'id' });
  }
  return campaign.id;
}

import { conflict, forbidden, type Identity, notFound } from '@grimoire/platform';

import { touchCampaign } from '../db/queries/campaigns.js';
import {
  deleteCampaignHomebrew,
  insertCampaignHomebrew,
  listHomebrewAllowedForMember,
} from '../db/queries/homebrew.js';
import type { CampaignRow } from '../db/tables/index.js';
import { assertCanManageHomebrew } from './authorize-campaign-action.js';
import { type CampaignWriteRule, inCampaignTransaction, loadCampaignForWrite } from './campaign-write.js';
import type { CampaignsDependencies } from './dependencies.js';
import { parseHomebrewId } from './homebrew-id.js';

const MANAGE_HOMEBREW: CampaignWriteRule = { authorize: assertCanManageHomebrew, activity: 'CHANGE' };

/**
 * The GM allows a homebrew entry in the campaign, so the catalog shows it to every member. The
 * GM must be able to see it (asked of the catalog as the GM); otherwise it is NOT_FOUND, so the
 * answer never tells whether someone else's private homebrew exists.
 */
export async function allowHomebrewInCampaign(
  deps: Pick<CampaignsDependencies, 'db' | 'homebrew'>,
  viewer: Identity,
  rawCampaignId: string,
  rawHomebrewId: string,
  requestId?: string,
): Promise<CampaignRow> {
  const homebrewId = parseHomebrewId(rawHomebrewId, 'homebrewId');
  // Check the viewer (and the status) before asking the catalog anything.
  const { campaign } = await loadCampaignForWrite(deps.db, viewer.userId, rawCampaignId, MANAGE_HOMEBREW);
  const visible = await deps.homebrew.visibleTo([homebrewId], viewer, requestId);
  if (!visible.has(homebrewId))
    throw notFound(`No homebrew you can see has id ${homebrewId}.`, { field: 'homebrewId' });
  return inCampaignTransaction(deps.db, campaign.id, MANAGE_HOMEBREW, async (tx) => {
    if (!(await insertCampaignHomebrew(tx, { campaignId: campaign.id, homebrewId, addedBy: viewer.userId }))) {
      throw conflict('This homebrew is already allowed in the campaign.', { field: 'homebrewId' });
    }
    return (await touchCampaign(tx, campaign.id)) ?? campaign;
  });
}

/**
 * The GM withdraws a homebrew entry. The catalog is not asked: an entry the GM can no longer
 * see (deleted, or no longer shared with them) must still be removable.
 */
export async function disallowHomebrewInCampaign(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewer: Identity,
  rawCampaignId: string,
  rawHomebrewId: string,
): Promise<CampaignRow> {
  const homebrewId = parseHomebrewId(rawHomebrewId, 'homebrewId');
  const { campaign } = await loadCampaignForWrite(deps.db, viewer.userId, rawCampaignId, MANAGE_HOMEBREW);
  return inCampaignTransaction(deps.db, campaign.id, MANAGE_HOMEBREW, async (tx) => {
    if (!(await deleteCampaignHomebrew(tx, campaign.id, homebrewId))) {
      throw notFound('This homebrew is not allowed in the campaign.', { field: 'homebrewId' });
    }
    return (await touchCampaign(tx, campaign.id)) ?? campaign;
  });
}

/**
 * Members only: the homebrew ids allowed in one campaign. `loadAllowed` answers null when the
 * viewer is not a member (the request's batched loader).
 */
export async function viewAllowedHomebrew(
  deps: { loadAllowed(campaignId: string): Promise<string[] | null> },
  campaignId: string,
): Promise<string[]> {
  const allowed = await deps.loadAllowed(campaignId);
  if (allowed === null) throw forbidden('Only members of this campaign may see its allowed homebrew.');
  return allowed;
}

/**
 * Internal read for the catalog: every homebrew id allowed in any campaign the viewer is a
 * member of (as game master or player), which the catalog then shows to the viewer.
 */
export function listHomebrewAllowedForViewer(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewerId: string,
): Promise<string[]> {
  return listHomebrewAllowedForMember(deps.db, viewerId);
}

import { conflict, type Identity } from '@grimoire/platform';

import { findNextUnrevealedStage, lockNemesis, revealStage } from '../../db/queries/antitheticon.js';
import type { NemesisRevelationRow } from '../../db/tables/index.js';
import { assertCanRunNemesis } from '../authorize-campaign-action.js';
import { assertStatusAllows } from '../campaign-status-gate.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { loadCampaignAccess } from '../load-campaign-access.js';
import { assertAntitheticon } from './generate-campaign-nemesis.js';
import { noNemesis } from './manage-deceptions.js';

/**
 * The game masters reveal the next stage of the staged revelation, in order. The identity it
 * names becomes exposed (players now see it) and that identity's active deceptions are exposed
 * with it. CONFLICT when every stage is revealed.
 */
export async function revealNextStage(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewer: Identity,
  rawCampaignId: string,
): Promise<NemesisRevelationRow> {
  const { campaign, access } = await loadCampaignAccess(deps.db, viewer.userId, rawCampaignId);
  assertCanRunNemesis(access);
  assertAntitheticon(campaign);
  assertStatusAllows(campaign, 'CHANGE');
  return deps.db.transaction(async (tx) => {
    if (!(await lockNemesis(tx, campaign.id))) throw noNemesis();
    const next = await findNextUnrevealedStage(tx, campaign.id);
    if (!next) throw conflict('Every stage of the revelation is already revealed.', { field: 'campaignId' });
    return revealStage(tx, next);
  });
}

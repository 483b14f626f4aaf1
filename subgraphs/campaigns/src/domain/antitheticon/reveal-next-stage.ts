import { conflict, type Identity } from '@grimoire/platform';

import { findNextUnrevealedStage, lockNemesis, revealStage } from '../../db/queries/antitheticon.js';
import type { NemesisRevelationRow } from '../../db/tables/index.js';
import { inCampaignTransaction, loadCampaignForWrite } from '../campaign-write.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { assertAntitheticon, NEMESIS_WORK } from './generate-campaign-nemesis.js';
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
  const { campaign } = await loadCampaignForWrite(deps.db, viewer.userId, rawCampaignId, NEMESIS_WORK);
  assertAntitheticon(campaign);
  return inCampaignTransaction(deps.db, campaign.id, NEMESIS_WORK, async (tx) => {
    if (!(await lockNemesis(tx, campaign.id))) throw noNemesis();
    const next = await findNextUnrevealedStage(tx, campaign.id);
    if (!next) throw conflict('Every stage of the revelation is already revealed.', { field: 'campaignId' });
    return revealStage(tx, next);
  });
}

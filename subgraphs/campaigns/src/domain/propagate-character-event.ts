import type { PubSub } from '@grimoire/platform';

import type { CampaignsDb, CampaignsExecutor } from '../db/database.js';
import { touchCampaign } from '../db/queries/campaigns.js';
import { deletePartyMembershipsOfCharacter, listCampaignIdsOfCharacter } from '../db/queries/party.js';
import { publishPartyChanged } from './publish-party-changed.js';

/** A character in some parties changed: every campaign it is in tells its subscribers. */
export async function propagateCharacterChanged(
  deps: { db: CampaignsDb; pubsub: PubSub },
  characterId: string,
): Promise<string[]> {
  const campaignIds = await listCampaignIdsOfCharacter(deps.db, characterId);
  for (const campaignId of campaignIds) publishPartyChanged(deps.pubsub, campaignId);
  return campaignIds;
}

/**
 * A character was deleted: it leaves every party (so no party points at a character that can no
 * longer be resolved). Runs in the consumer's transaction (with its processed mark); returns the
 * campaigns it left, whose subscribers are told after the commit.
 */
export async function removeDeletedCharacterFromParties(tx: CampaignsExecutor, characterId: string): Promise<string[]> {
  const left = await deletePartyMembershipsOfCharacter(tx, characterId);
  for (const campaignId of left) await touchCampaign(tx, campaignId);
  return left;
}

import type { PubSub } from '@grimoire/platform';

import type { CampaignsDb } from '../db/database.js';
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
 * longer be resolved), then those campaigns tell their subscribers.
 */
export async function propagateCharacterDeleted(
  deps: { db: CampaignsDb; pubsub: PubSub },
  characterId: string,
): Promise<string[]> {
  const campaignIds = await deps.db.transaction(async (tx) => {
    const left = await deletePartyMembershipsOfCharacter(tx, characterId);
    for (const campaignId of left) await touchCampaign(tx, campaignId);
    return left;
  });
  for (const campaignId of campaignIds) publishPartyChanged(deps.pubsub, campaignId);
  return campaignIds;
}

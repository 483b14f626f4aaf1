import type { PubSub } from '@grimoire/platform';

import type { CampaignsDb } from '../db/database.js';
import { partyChangedTopic } from './publish-party-changed.js';
import { viewCampaign } from './view-campaign.js';

/**
 * Members only, checked when the subscription starts (each event re-checks by loading the
 * campaign through `viewCampaign`, so a removed player stops seeing it).
 */
export async function subscribeToPartyChanges(
  deps: { db: CampaignsDb; pubsub: PubSub },
  viewerId: string,
  rawCampaignId: string,
): Promise<AsyncIterableIterator<unknown>> {
  const campaign = await viewCampaign(deps, viewerId, rawCampaignId, 'campaignId');
  return deps.pubsub.subscribe(partyChangedTopic(campaign.id));
}

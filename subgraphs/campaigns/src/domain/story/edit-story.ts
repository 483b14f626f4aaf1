import { notFound, parseId, type PubSub } from '@grimoire/platform';

import type { CampaignsDb, CampaignsTransaction } from '../../db/database.js';
import { lockCampaign } from '../../db/queries/campaigns.js';
import { assertCanEditStory } from '../authorize-campaign-action.js';
import { loadCampaignAccess } from '../load-campaign-access.js';
import { publishStoryChanged, type StoryChange } from './story-changes.js';

export interface StoryDependencies {
  db: CampaignsDb;
  pubsub: PubSub;
}

/**
 * The frame of every story write: the game masters only (FORBIDDEN otherwise), in one
 * transaction holding the campaign's row lock (so concurrent edits cannot, say, close a
 * prerequisite cycle between them), and a story-changed event once committed.
 */
export async function editStory<TResult>(
  deps: StoryDependencies,
  viewerId: string,
  rawCampaignId: string,
  field: string,
  work: (tx: CampaignsTransaction, campaignId: string) => Promise<{ result: TResult; change: StoryChange }>,
): Promise<TResult> {
  const { campaign, access } = await loadCampaignAccess(deps.db, viewerId, rawCampaignId, field);
  assertCanEditStory(access);
  const { result, change } = await deps.db.transaction(async (tx) => {
    await lockCampaign(tx, campaign.id);
    return work(tx, campaign.id);
  });
  publishStoryChanged(deps.pubsub, { campaignId: campaign.id, ...change });
  return result;
}

/**
 * Parses an entity id argument and finds the row (NOT_FOUND names the kind), so a write by
 * entity id can then go through `editStory` with the entity's campaign.
 */
export async function findStoryEntity<TRow extends { campaignId: string }>(
  rawId: string,
  field: string,
  label: string,
  find: (id: string) => Promise<TRow | undefined>,
): Promise<TRow> {
  const id = parseId(rawId, field);
  const row = await find(id);
  if (!row) throw notFound(`No ${label} has id ${id}.`, { field });
  return row;
}

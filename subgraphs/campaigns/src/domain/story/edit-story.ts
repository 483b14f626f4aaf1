import { notFound, parseId, type PubSub } from '@grimoire/platform';

import type { CampaignsDb, CampaignsTransaction } from '../../db/database.js';
import type { StoryEntityQueries } from '../../db/queries/story/story-entity-queries.js';
import { assertCanEditStory } from '../authorize-campaign-action.js';
import { type CampaignWriteRule, inCampaignTransaction, loadCampaignForWrite } from '../campaign-write.js';
import { publishStoryChanged, type StoryChange, type StoryEntityKind } from './story-changes.js';

export interface StoryDependencies {
  db: CampaignsDb;
  pubsub: PubSub;
}

/** The game masters change the story while the campaign is not ARCHIVED. */
const STORY_WRITE: CampaignWriteRule = { authorize: assertCanEditStory, activity: 'CHANGE' };

/**
 * The frame of every story write (entities and story versions): the game masters only
 * (FORBIDDEN otherwise), never in an ARCHIVED campaign (CONFLICT), in one transaction holding the
 * campaign's row lock (so concurrent edits cannot, say, close a prerequisite cycle between them,
 * and the status is checked again under it).
 */
export async function inStoryTransaction<TResult>(
  db: CampaignsDb,
  viewerId: string,
  rawCampaignId: string,
  field: string,
  work: (tx: CampaignsTransaction, campaignId: string) => Promise<TResult>,
): Promise<{ campaignId: string; result: TResult }> {
  const { campaign } = await loadCampaignForWrite(db, viewerId, rawCampaignId, STORY_WRITE, field);
  const result = await inCampaignTransaction(db, campaign.id, STORY_WRITE, (tx) => work(tx, campaign.id));
  return { campaignId: campaign.id, result };
}

/** A story entity write (`inStoryTransaction`), then a story-changed event once committed. */
export async function editStory<TResult>(
  deps: StoryDependencies,
  viewerId: string,
  rawCampaignId: string,
  field: string,
  work: (tx: CampaignsTransaction, campaignId: string) => Promise<{ result: TResult; change: StoryChange }>,
): Promise<TResult> {
  const { campaignId, result } = await inStoryTransaction(deps.db, viewerId, rawCampaignId, field, work);
  publishStoryChanged(deps.pubsub, { campaignId, ...result.change });
  return result.result;
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

/** A kind of story entity, for `deleteStoryEntity`. */
export interface DeletableStoryEntity<TRow extends { id: string; campaignId: string }> {
  kind: StoryEntityKind;
  /** How NOT_FOUND names it ("chapter", "NPC relationship"). */
  label: string;
  rows: Pick<StoryEntityQueries<TRow, never>, 'findById' | 'deleteById'>;
  /** Whether players and viewers must not even hear of the change (hidden relationships). */
  hidden?: (row: TRow) => boolean;
  /** Throws to refuse the deletion; runs in the transaction, under the campaign's lock. */
  refuse?: (tx: CampaignsTransaction, row: TRow) => Promise<void>;
}

/** Deletes a story entity by its id argument (`editStory`) and returns the id. */
export async function deleteStoryEntity<TRow extends { id: string; campaignId: string }>(
  deps: StoryDependencies,
  viewerId: string,
  rawId: string,
  entity: DeletableStoryEntity<TRow>,
): Promise<string> {
  const existing = await findStoryEntity(rawId, 'id', entity.label, (id) => entity.rows.findById(deps.db, id));
  return editStory(deps, viewerId, existing.campaignId, 'id', async (tx) => {
    await entity.refuse?.(tx, existing);
    await entity.rows.deleteById(tx, existing.id);
    const hidden = entity.hidden?.(existing) ?? false;
    return { result: existing.id, change: { entity: entity.kind, entityId: existing.id, action: 'DELETED', hidden } };
  });
}

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

/** A kind of story entity: what its changes are called, how NOT_FOUND names it, its by-id statements. */
export interface StoryEntity<TRow extends { id: string; campaignId: string }, TInsert> {
  kind: StoryEntityKind;
  /** "chapter", "NPC relationship". */
  label: string;
  rows: StoryEntityQueries<TRow, TInsert>;
}

/**
 * Updates a story entity by its id argument (`editStory`): `prepare` checks the input and
 * replaces linked rows under the campaign's lock, and returns the columns to change.
 */
export async function updateStoryEntity<TRow extends { id: string; campaignId: string }, TInsert>(
  deps: StoryDependencies,
  viewerId: string,
  rawId: string,
  entity: StoryEntity<TRow, TInsert>,
  prepare: (tx: CampaignsTransaction, existing: TRow, campaignId: string) => Promise<Partial<TInsert>>,
  options: {
    /** Whether players and viewers must not hear of the change; runs after the update, in the transaction. */
    hidden?: (before: TRow, after: TRow, tx: CampaignsTransaction) => boolean | Promise<boolean>;
  } = {},
): Promise<TRow> {
  const existing = await findStoryEntity(rawId, 'id', entity.label, (id) => entity.rows.findById(deps.db, id));
  return editStory(deps, viewerId, existing.campaignId, 'id', async (tx, campaignId) => {
    const row = await entity.rows.update(tx, existing.id, await prepare(tx, existing, campaignId));
    if (!row) throw notFound(`No ${entity.label} has id ${existing.id}.`, { field: 'id' });
    const hidden = (await options.hidden?.(existing, row, tx)) ?? false;
    return { result: row, change: { entity: entity.kind, entityId: row.id, action: 'UPDATED', hidden } };
  });
}

/** Deletes a story entity by its id argument (`editStory`) and returns the id. */
export async function deleteStoryEntity<TRow extends { id: string; campaignId: string }, TInsert>(
  deps: StoryDependencies,
  viewerId: string,
  rawId: string,
  entity: StoryEntity<TRow, TInsert>,
  options: {
    /** Whether players and viewers must not even hear of the change; runs before the deletion, in the transaction. */
    hidden?: (row: TRow, tx: CampaignsTransaction) => boolean | Promise<boolean>;
    /** Throws to refuse the deletion; runs in the transaction, under the campaign's lock. */
    refuse?: (tx: CampaignsTransaction, row: TRow) => Promise<void>;
  } = {},
): Promise<string> {
  const existing = await findStoryEntity(rawId, 'id', entity.label, (id) => entity.rows.findById(deps.db, id));
  return editStory(deps, viewerId, existing.campaignId, 'id', async (tx) => {
    await options.refuse?.(tx, existing);
    const hidden = (await options.hidden?.(existing, tx)) ?? false;
    await entity.rows.deleteById(tx, existing.id);
    return { result: existing.id, change: { entity: entity.kind, entityId: existing.id, action: 'DELETED', hidden } };
  });
}

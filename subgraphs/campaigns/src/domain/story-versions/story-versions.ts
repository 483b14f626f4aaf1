import { badUserInput, conflict, type Identity, notFound, validateInput } from '@grimoire/platform';
import { z } from 'zod';

import type { CampaignsExecutor } from '../../db/database.js';
import { replaceStory } from '../../db/queries/story/replace-story.js';
import { loadStoryRows } from '../../db/queries/story/story-reads.js';
import {
  deleteBranch,
  findBranch,
  findCommit,
  findSnapshot,
  insertBranch,
  listBranches,
  listCommitsOfCampaign,
} from '../../db/queries/story/versions.js';
import type { StoryBranchRow, StoryCommitRow } from '../../db/tables/index.js';
import { assertCanViewCampaign, canSeeHiddenStory } from '../authorize-campaign-action.js';
import { loadCampaignAccess } from '../load-campaign-access.js';
import { editStory, inStoryTransaction, type StoryDependencies } from '../story/edit-story.js';
import type { StoryChange, StoryChangeAction } from '../story/story-changes.js';
import { ancestorsOf } from './commit-graph.js';
import { diffJson, type JsonChange } from './diff-json.js';
import type { JsonObject } from './canonical-json.js';
import { DEFAULT_BRANCH, recordCommit } from './record-commit.js';
import { rowsFromSnapshot, snapshotFromRows, type StorySnapshot, withoutHiddenStory } from './story-snapshot.js';

export const branchNameSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/,
    'must be 1-64 letters, digits, ".", "_", "/" or "-", starting with a letter or digit',
  );
const messageSchema = z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters');
const hashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a commit hash (64 hex digits)');

const commitInputSchema = z.object({
  branch: branchNameSchema.nullish(),
  message: messageSchema,
  expectedHeadHash: hashSchema.nullish(),
});

/** Game masters: snapshots the live story onto a branch (`main` by default; the first commit creates it). */
export async function commitCampaignStory(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
  input: z.input<typeof commitInputSchema>,
): Promise<StoryCommitRow> {
  const valid = validateInput(commitInputSchema, input);
  return editStory(deps, viewer.userId, rawCampaignId, 'campaignId', async (tx, campaignId) => {
    const commit = await recordCommit(tx, {
      campaignId,
      branch: valid.branch ?? DEFAULT_BRANCH,
      snapshot: snapshotFromRows(await loadStoryRows(tx, campaignId)),
      authorId: viewer.userId,
      message: valid.message,
      expectedHeadHash: valid.expectedHeadHash,
    });
    return { result: commit, change: versionChange(commit, 'CREATED') };
  });
}

/** Game masters: a new branch whose head is `fromCommit` (default: the head of `main`). */
export async function createStoryBranch(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
  rawName: string,
  rawFromCommit: string | null | undefined,
): Promise<StoryBranchRow> {
  const name = validateInput(branchNameSchema, rawName, 'name');
  const fromCommit = rawFromCommit == null ? null : validateInput(hashSchema, rawFromCommit, 'fromCommit');
  const { result } = await inStoryTransaction(deps.db, viewer.userId, rawCampaignId, 'campaignId', (tx, campaignId) =>
    insertBranchAt(tx, campaignId, name, fromCommit, viewer.userId),
  );
  return result;
}

async function insertBranchAt(
  tx: CampaignsExecutor,
  campaignId: string,
  name: string,
  fromCommit: string | null,
  createdBy: string,
): Promise<StoryBranchRow> {
  let headHash = fromCommit;
  if (headHash === null) {
    const main = await findBranch(tx, campaignId, DEFAULT_BRANCH);
    if (!main)
      throw badUserInput('fromCommit: this campaign has no commits on main yet; commit the story first.', {
        field: 'fromCommit',
      });
    headHash = main.headHash;
  } else {
    await findCampaignCommit(tx, campaignId, headHash, 'fromCommit');
  }
  if (!(await insertBranch(tx, { campaignId, name, headHash, createdBy }))) {
    throw conflict(`This campaign already has a story branch "${name}".`, { field: 'name' });
  }
  return (await findBranch(tx, campaignId, name))!;
}

/**
 * Game masters: deletes a branch. Only the name goes: every commit stays readable by hash, and a
 * restore can start a branch there again. `main` stays. A branch whose head no other branch
 * contains is refused (CONFLICT: its commits would drop out of every history) unless `force`.
 */
export async function deleteStoryBranch(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
  rawName: string,
  force: boolean,
): Promise<string> {
  const name = validateInput(branchNameSchema, rawName, 'name');
  if (name === DEFAULT_BRANCH) {
    throw badUserInput(`name: "${DEFAULT_BRANCH}" is the campaign's main line and cannot be deleted.`, {
      field: 'name',
    });
  }
  const { result } = await inStoryTransaction(
    deps.db,
    viewer.userId,
    rawCampaignId,
    'campaignId',
    async (tx, campaignId) => {
      const branch = await findBranch(tx, campaignId, name);
      if (!branch) throw notFound(`No story branch "${name}" in this campaign.`, { field: 'name' });
      if (!force) {
        const parents = new Map(
          (await listCommitsOfCampaign(tx, campaignId)).map((commit) => [commit.hash, commit.parentHashes]),
        );
        const others = (await listBranches(tx, campaignId)).filter((other) => other.name !== name);
        if (!others.some((other) => ancestorsOf(other.headHash, parents).has(branch.headHash))) {
          throw conflict(
            `Story branch "${name}" has commits no other branch contains (head ${branch.headHash.slice(0, 12)}). Merge it first, or delete it with force: true.`,
            { field: 'name', headHash: branch.headHash },
          );
        }
      }
      await deleteBranch(tx, campaignId, name);
      return name;
    },
  );
  return result;
}

/** Members: the branches of a campaign's story, oldest first. */
export async function listStoryBranches(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
): Promise<StoryBranchRow[]> {
  const { campaign, access } = await loadCampaignAccess(deps.db, viewer.userId, rawCampaignId, 'campaignId');
  assertCanViewCampaign(access);
  return listBranches(deps.db, campaign.id);
}

/** Members: the commits reachable from a branch head, newest first (at most `limit`). */
export async function storyHistory(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
  rawBranch: string | null | undefined,
  limit: number,
): Promise<StoryCommitRow[]> {
  const branchName = rawBranch == null ? DEFAULT_BRANCH : validateInput(branchNameSchema, rawBranch, 'branch');
  const { campaign, access } = await loadCampaignAccess(deps.db, viewer.userId, rawCampaignId, 'campaignId');
  assertCanViewCampaign(access);
  const branch = await findBranch(deps.db, campaign.id, branchName);
  if (!branch) return [];
  const commits = await listCommitsOfCampaign(deps.db, campaign.id);
  const reachable = ancestorsOf(branch.headHash, new Map(commits.map((commit) => [commit.hash, commit.parentHashes])));
  return commits.filter((commit) => reachable.has(commit.hash)).slice(0, limit);
}

/** Members: one commit of a campaign they belong to. */
export async function viewStoryCommit(
  deps: StoryDependencies,
  viewer: Identity,
  rawHash: string,
): Promise<StoryCommitRow> {
  const hash = validateInput(hashSchema, rawHash, 'hash');
  const commit = await findCommit(deps.db, hash);
  if (!commit) throw notFound(`No story commit has hash ${hash}.`, { field: 'hash' });
  const { access } = await loadCampaignAccess(deps.db, viewer.userId, commit.campaignId, 'hash');
  assertCanViewCampaign(access);
  return commit;
}

/**
 * A commit's story as the viewer may see it: game masters get everything, players and viewers
 * the snapshot without hidden NPC relationships and hidden plots.
 */
export async function readSnapshotFor(
  db: CampaignsExecutor,
  commit: StoryCommitRow,
  viewerRole: Parameters<typeof canSeeHiddenStory>[0],
): Promise<StorySnapshot> {
  const content = (await findSnapshot(db, commit.campaignId, commit.snapshotHash)) as StorySnapshot | undefined;
  if (!content) throw notFound(`The snapshot of commit ${commit.hash} is missing.`, { field: 'hash' });
  return snapshotAsSeenBy(content, viewerRole);
}

/** Game masters see a snapshot whole; players and viewers without hidden NPC relationships and hidden plots. */
export function snapshotAsSeenBy(
  content: StorySnapshot,
  viewerRole: Parameters<typeof canSeeHiddenStory>[0],
): StorySnapshot {
  return canSeeHiddenStory(viewerRole) ? content : withoutHiddenStory(content);
}

/** Members: what changed from one commit to another (hidden relationships and plots only for game masters). */
export async function storyDiff(
  deps: StoryDependencies,
  viewer: Identity,
  rawFrom: string,
  rawTo: string,
): Promise<JsonChange[]> {
  const from = await viewStoryCommit(deps, viewer, rawFrom);
  const to = await viewStoryCommit(deps, viewer, rawTo);
  if (from.campaignId !== to.campaignId) {
    throw badUserInput('to: both commits must belong to the same campaign.', { field: 'to' });
  }
  const { access } = await loadCampaignAccess(deps.db, viewer.userId, from.campaignId, 'from');
  const before = await readSnapshotFor(deps.db, from, access.viewerRole);
  const after = await readSnapshotFor(deps.db, to, access.viewerRole);
  return diffJson(before as unknown as JsonObject, after as unknown as JsonObject);
}

/**
 * Game masters: writes a commit's snapshot back into the story tables in one transaction, then
 * records it as a new commit on `branch` (default: the commit's own branch) unless that branch's
 * head already holds the same story. Also the way to switch to another branch.
 */
export async function restoreCampaignStory(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
  rawHash: string,
  rawBranch: string | null | undefined,
): Promise<StoryCommitRow> {
  const hash = validateInput(hashSchema, rawHash, 'commitHash');
  const branchName = rawBranch == null ? null : validateInput(branchNameSchema, rawBranch, 'branch');
  return editStory(deps, viewer.userId, rawCampaignId, 'campaignId', async (tx, campaignId) => {
    const source = await findCampaignCommit(tx, campaignId, hash, 'commitHash');
    const snapshot = await readSnapshotFor(tx, source, 'GAME_MASTER');
    await replaceStory(tx, campaignId, rowsFromSnapshot(campaignId, snapshot));
    const commit = await recordCommit(tx, {
      campaignId,
      branch: branchName ?? source.branch,
      snapshot,
      authorId: viewer.userId,
      message: `Restore ${source.hash.slice(0, 12)}: ${source.message}`.slice(0, 1000),
      reuseUnchangedHead: true,
    });
    return { result: commit, change: versionChange(commit, 'RESTORED') };
  });
}

/** What a new story version tells `campaignStoryChanged` subscribers. */
export function versionChange(commit: StoryCommitRow, action: StoryChangeAction): StoryChange {
  return { entity: 'STORY_VERSION', entityId: commit.hash, action, hidden: false };
}

export async function findCampaignCommit(
  db: CampaignsExecutor,
  campaignId: string,
  hash: string,
  field: string,
): Promise<StoryCommitRow> {
  const commit = await findCommit(db, hash);
  if (commit?.campaignId !== campaignId) throw notFound(`No story commit ${hash} in this campaign.`, { field });
  return commit;
}

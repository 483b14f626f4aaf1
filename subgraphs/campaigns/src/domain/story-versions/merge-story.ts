import { badUserInput, conflict, type Identity, notFound, validateInput } from '@grimoire/platform';
import { z } from 'zod';

import type { CampaignsExecutor } from '../../db/database.js';
import { findBranch, listCommitsOfCampaign, moveBranchHead } from '../../db/queries/story/versions.js';
import type { StoryCommitRow } from '../../db/tables/index.js';
import { inStoryTransaction, type StoryDependencies } from '../story/edit-story.js';
import { publishStoryChanged } from '../story/story-changes.js';
import type { JsonObject } from './canonical-json.js';
import { isAncestor, mergeBase } from './commit-graph.js';
import { mergeJson, type MergeConflict, type MergeSide } from './merge-json.js';
import { recordCommit } from './record-commit.js';
import { EMPTY_STORY, type StorySnapshot, storyProblems } from './story-snapshot.js';
import { branchNameSchema, readSnapshotFor, versionChange } from './story-versions.js';

export type MergeStatus = 'UP_TO_DATE' | 'FAST_FORWARD' | 'MERGED' | 'CONFLICTS';

export interface StoryMergeResult {
  status: MergeStatus;
  /** The head of `into` afterwards; null when conflicts stopped the merge. */
  commit: StoryCommitRow | null;
  /** Unresolved conflicts (only with status CONFLICTS); nothing was written. */
  conflicts: MergeConflict[];
}

const mergeInputSchema = z.object({
  from: branchNameSchema,
  into: branchNameSchema,
  message: z.string().trim().min(1).max(1000).nullish(),
  expectedHeadHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be a commit hash (64 hex digits)')
    .nullish(),
  resolutions: z
    .array(z.object({ path: z.string().min(1).max(500), choose: z.enum(['OURS', 'THEIRS']) }))
    .max(1000)
    .nullish(),
});

/**
 * Game masters: merges branch `from` into branch `into`. When one head contains the other this is
 * UP_TO_DATE or a FAST_FORWARD; otherwise a three-way merge against the common ancestor (by entity
 * id and field; OURS is `into`, THEIRS is `from`). Conflicts come back as a report and nothing is
 * written unless every one has a resolution; then a merge commit with both heads as parents moves
 * `into` forward. The live story is not touched: restore the merge commit to play it.
 */
export async function mergeStoryBranch(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
  input: z.input<typeof mergeInputSchema>,
): Promise<StoryMergeResult> {
  const valid = validateInput(mergeInputSchema, input);
  if (valid.from === valid.into) throw badUserInput('into: a branch cannot be merged into itself.', { field: 'into' });
  const merge = await inStoryTransaction(deps.db, viewer.userId, rawCampaignId, 'campaignId', (tx, campaignId) =>
    mergeInto(tx, campaignId, valid, viewer.userId),
  );
  const { result } = merge;
  if (result.commit && result.status !== 'UP_TO_DATE') {
    publishStoryChanged(deps.pubsub, { campaignId: merge.campaignId, ...versionChange(result.commit, 'UPDATED') });
  }
  return result;
}

/** The merge itself, under the campaign's lock (see mergeStoryBranch). */
async function mergeInto(
  tx: CampaignsExecutor,
  campaignId: string,
  valid: z.output<typeof mergeInputSchema>,
  authorId: string,
): Promise<StoryMergeResult> {
  const from = await requireBranch(tx, campaignId, valid.from, 'from');
  const into = await requireBranch(tx, campaignId, valid.into, 'into');
  if (valid.expectedHeadHash != null && into.headHash !== valid.expectedHeadHash) {
    throw conflict(
      `The head of "${into.name}" is ${into.headHash}, not ${valid.expectedHeadHash}: it moved. Look again and retry.`,
      {
        field: 'expectedHeadHash',
        currentHeadHash: into.headHash,
      },
    );
  }
  const commits = await listCommitsOfCampaign(tx, campaignId);
  const byHash = new Map(commits.map((commit) => [commit.hash, commit]));
  const parents = new Map(commits.map((commit) => [commit.hash, commit.parentHashes]));
  if (isAncestor(from.headHash, into.headHash, parents)) {
    return { status: 'UP_TO_DATE', commit: byHash.get(into.headHash)!, conflicts: [] };
  }
  if (isAncestor(into.headHash, from.headHash, parents)) {
    if (!(await moveBranchHead(tx, campaignId, into.name, into.headHash, from.headHash))) {
      throw conflict(`The head of "${into.name}" moved while merging; try again.`, { field: 'into' });
    }
    return { status: 'FAST_FORWARD', commit: byHash.get(from.headHash)!, conflicts: [] };
  }
  const baseHash = mergeBase(into.headHash, from.headHash, parents, (hash) => byHash.get(hash)!.createdAt.getTime());
  const snapshotOf = (hash: string) => readSnapshotFor(tx, byHash.get(hash)!, 'GAME_MASTER');
  const base = baseHash ? await snapshotOf(baseHash) : EMPTY_STORY;
  const resolutions = new Map<string, MergeSide>(
    (valid.resolutions ?? []).map((resolution) => [resolution.path, resolution.choose]),
  );
  const outcome = mergeJson(
    base as unknown as JsonObject,
    (await snapshotOf(into.headHash)) as unknown as JsonObject,
    (await snapshotOf(from.headHash)) as unknown as JsonObject,
    resolutions,
  );
  if (outcome.unusedResolutions.length > 0) {
    throw badUserInput(`resolutions: no conflict at ${outcome.unusedResolutions.join(', ')}.`, {
      field: 'resolutions',
      paths: outcome.unusedResolutions,
    });
  }
  if (outcome.conflicts.length > 0) return { status: 'CONFLICTS', commit: null, conflicts: outcome.conflicts };
  const merged = outcome.merged as unknown as StorySnapshot;
  const problems = storyProblems(merged);
  if (problems.length > 0) {
    throw conflict(`The merged story would be inconsistent: ${problems.join(' ')} Resolve it on one branch first.`, {
      field: 'from',
      problems,
    });
  }
  const commit = await recordCommit(tx, {
    campaignId,
    branch: into.name,
    snapshot: merged,
    authorId,
    message: valid.message ?? `Merge "${from.name}" into "${into.name}"`,
    mergedHash: from.headHash,
    expectedHeadHash: into.headHash,
  });
  return { status: 'MERGED', commit, conflicts: [] };
}

async function requireBranch(tx: CampaignsExecutor, campaignId: string, name: string, field: string) {
  const branch = await findBranch(tx, campaignId, name);
  if (!branch) throw notFound(`No story branch "${name}" in this campaign.`, { field });
  return branch;
}

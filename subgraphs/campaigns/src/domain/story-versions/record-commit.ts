import { conflict, notFound } from '@grimoire/platform';

import type { CampaignsExecutor } from '../../db/database.js';
import {
  findBranch,
  findCommit,
  insertBranch,
  insertCommit,
  insertSnapshot,
  listBranches,
  moveBranchHead,
} from '../../db/queries/story/versions.js';
import type { StoryCommitRow } from '../../db/tables/index.js';
import { canonicalJson, type JsonObject, sha256Hex } from './canonical-json.js';
import type { StorySnapshot } from './story-snapshot.js';

export const DEFAULT_BRANCH = 'main';

export function snapshotHash(snapshot: StorySnapshot): string {
  return sha256Hex(canonicalJson(snapshot as unknown as JsonObject));
}

export interface CommitRequest {
  campaignId: string;
  branch: string;
  snapshot: StorySnapshot;
  authorId: string;
  message: string;
  /** A second parent, for merge commits. */
  mergedHash?: string;
  /** The head the caller last saw; a different head is CONFLICT (someone committed first). */
  expectedHeadHash?: string | null | undefined;
  /** Return the head instead of failing when nothing changed (restores and merges). */
  reuseUnchangedHead?: boolean;
}

/**
 * Appends a commit to a branch (call inside a transaction holding the campaign lock). The first
 * commit of a campaign creates its branch; after that, branches come from createStoryBranch. A
 * head only moves forward: the new commit's first parent is the head it replaces, swapped in
 * with compare-and-swap.
 */
export async function recordCommit(tx: CampaignsExecutor, request: CommitRequest): Promise<StoryCommitRow> {
  const { campaignId, branch } = request;
  const head = await findBranch(tx, campaignId, branch);
  if (!head && (await listBranches(tx, campaignId)).length > 0) {
    throw notFound(`No story branch "${branch}" in this campaign; create it with createStoryBranch.`, {
      field: 'branch',
    });
  }
  if (request.expectedHeadHash != null && head?.headHash !== request.expectedHeadHash) {
    throw conflict(
      `The head of "${branch}" is ${head?.headHash ?? 'empty'}, not ${request.expectedHeadHash}: someone committed first. Look at the new head and try again.`,
      { field: 'expectedHeadHash', currentHeadHash: head?.headHash ?? null },
    );
  }
  const hash = snapshotHash(request.snapshot);
  const headCommit = head ? await findCommit(tx, head.headHash) : undefined;
  if (headCommit?.snapshotHash === hash && !request.mergedHash) {
    if (request.reuseUnchangedHead) return headCommit;
    throw conflict(`Nothing to commit: the story is the same as the head of "${branch}" (${headCommit.hash}).`, {
      field: 'branch',
      currentHeadHash: headCommit.hash,
    });
  }
  await insertSnapshot(tx, { campaignId, hash, content: request.snapshot as unknown as Record<string, unknown> });
  const parentHashes = [...(head ? [head.headHash] : []), ...(request.mergedHash ? [request.mergedHash] : [])];
  const createdAt = new Date();
  const fields = {
    campaignId,
    snapshotHash: hash,
    parentHashes,
    branch,
    authorId: request.authorId,
    message: request.message,
  };
  const commitHash = sha256Hex(canonicalJson({ ...fields, createdAt: createdAt.toISOString() }));
  const commit = await insertCommit(tx, { hash: commitHash, ...fields, createdAt });
  const moved = head
    ? await moveBranchHead(tx, campaignId, branch, head.headHash, commit.hash)
    : await insertBranch(tx, { campaignId, name: branch, headHash: commit.hash, createdBy: request.authorId });
  if (!moved) throw conflict(`The head of "${branch}" moved while committing; try again.`, { field: 'branch' });
  return commit;
}

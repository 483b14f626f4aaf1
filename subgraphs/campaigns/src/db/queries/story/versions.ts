import { and, asc, desc, eq, inArray, or } from 'drizzle-orm';

import type { CampaignsExecutor } from '../../database.js';
import {
  type StoryBranchRow,
  storyBranches,
  type StoryCommitRow,
  storyCommits,
  storySnapshots,
} from '../../tables/index.js';

/** Stores a snapshot once per content hash (storing it again is a no-op). */
export async function insertSnapshot(
  db: CampaignsExecutor,
  values: { campaignId: string; hash: string; content: Record<string, unknown> },
): Promise<void> {
  await db.insert(storySnapshots).values(values).onConflictDoNothing();
}

export async function findSnapshot(
  db: CampaignsExecutor,
  campaignId: string,
  hash: string,
): Promise<Record<string, unknown> | undefined> {
  const [row] = await db
    .select({ content: storySnapshots.content })
    .from(storySnapshots)
    .where(and(eq(storySnapshots.campaignId, campaignId), eq(storySnapshots.hash, hash)));
  return row?.content;
}

export async function insertCommit(db: CampaignsExecutor, values: StoryCommitRow): Promise<StoryCommitRow> {
  const [row] = await db.insert(storyCommits).values(values).returning();
  return row;
}

export async function findCommit(db: CampaignsExecutor, hash: string): Promise<StoryCommitRow | undefined> {
  const [row] = await db.select().from(storyCommits).where(eq(storyCommits.hash, hash));
  return row;
}

/** Every commit of a campaign, newest first (histories walk this in memory: one statement). */
export function listCommitsOfCampaign(db: CampaignsExecutor, campaignId: string): Promise<StoryCommitRow[]> {
  return db
    .select()
    .from(storyCommits)
    .where(eq(storyCommits.campaignId, campaignId))
    .orderBy(desc(storyCommits.createdAt), asc(storyCommits.hash));
}

export async function findBranch(
  db: CampaignsExecutor,
  campaignId: string,
  name: string,
): Promise<StoryBranchRow | undefined> {
  const [row] = await db
    .select()
    .from(storyBranches)
    .where(and(eq(storyBranches.campaignId, campaignId), eq(storyBranches.name, name)));
  return row;
}

/** Batched: the branches of several campaigns (Campaign.storyBranches). */
export function listBranchesOfCampaigns(
  db: CampaignsExecutor,
  campaignIds: readonly string[],
): Promise<StoryBranchRow[]> {
  return db
    .select()
    .from(storyBranches)
    .where(inArray(storyBranches.campaignId, [...campaignIds]))
    .orderBy(asc(storyBranches.createdAt), asc(storyBranches.name));
}

/** Batched: snapshots by (campaign, hash) (StoryCommit.snapshot over a history). */
export function findSnapshots(
  db: CampaignsExecutor,
  keys: readonly { campaignId: string; hash: string }[],
): Promise<{ campaignId: string; hash: string; content: Record<string, unknown> }[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return db
    .select({ campaignId: storySnapshots.campaignId, hash: storySnapshots.hash, content: storySnapshots.content })
    .from(storySnapshots)
    .where(
      or(...keys.map((key) => and(eq(storySnapshots.campaignId, key.campaignId), eq(storySnapshots.hash, key.hash)))),
    );
}

export function listBranches(db: CampaignsExecutor, campaignId: string): Promise<StoryBranchRow[]> {
  return db
    .select()
    .from(storyBranches)
    .where(eq(storyBranches.campaignId, campaignId))
    .orderBy(asc(storyBranches.createdAt), asc(storyBranches.name));
}

/** False when a branch of that name already exists. */
export async function insertBranch(
  db: CampaignsExecutor,
  values: { campaignId: string; name: string; headHash: string; createdBy: string },
): Promise<boolean> {
  const rows = await db
    .insert(storyBranches)
    .values(values)
    .onConflictDoNothing()
    .returning({ name: storyBranches.name });
  return rows.length > 0;
}

/** Compare-and-swap: moves the head only if it is still `expectedHead`; false when someone moved it first. */
export async function moveBranchHead(
  db: CampaignsExecutor,
  campaignId: string,
  name: string,
  expectedHead: string,
  newHead: string,
): Promise<boolean> {
  const rows = await db
    .update(storyBranches)
    .set({ headHash: newHead })
    .where(
      and(
        eq(storyBranches.campaignId, campaignId),
        eq(storyBranches.name, name),
        eq(storyBranches.headHash, expectedHead),
      ),
    )
    .returning({ name: storyBranches.name });
  return rows.length > 0;
}

/** Removes a branch (its name only: commits and snapshots stay); false when there was none. */
export async function deleteBranch(db: CampaignsExecutor, campaignId: string, name: string): Promise<boolean> {
  const rows = await db
    .delete(storyBranches)
    .where(and(eq(storyBranches.campaignId, campaignId), eq(storyBranches.name, name)))
    .returning({ name: storyBranches.name });
  return rows.length > 0;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { codeOf, people, startStoryKit, type StoryKit } from '../story/story-test-kit.js';

const who = people();

const COMMIT =
  'mutation($c: ID!, $m: String!, $b: String, $e: String) { commitCampaignStory(campaignId: $c, message: $m, branch: $b, expectedHeadHash: $e) { hash snapshotHash parentHashes branch message author { id } } }';
const BRANCH =
  'mutation($c: ID!, $n: String!, $f: String) { createStoryBranch(campaignId: $c, name: $n, fromCommit: $f) { name head { hash } } }';
const RESTORE =
  'mutation($c: ID!, $h: String!, $b: String) { restoreCampaignStory(campaignId: $c, commitHash: $h, branch: $b) { hash parentHashes branch } }';
const MERGE = `mutation($c: ID!, $f: String!, $i: String!, $r: [StoryMergeResolution!], $e: String) {
  mergeStoryBranch(campaignId: $c, from: $f, into: $i, resolutions: $r, expectedHeadHash: $e) {
    status commit { hash parentHashes snapshot } conflicts { path base ours theirs }
  } }`;
const HISTORY = 'query($c: ID!, $b: String) { storyHistory(campaignId: $c, branch: $b) { hash message } }';
const CHAPTERS =
  'query($id: ID!) { campaign(id: $id) { chapters { id title state } storyBranches { name head { hash } } } }';
const CREATE_CHAPTER = 'mutation($c: ID!, $t: String!) { createChapter(campaignId: $c, input: { title: $t }) { id } }';
const RENAME = 'mutation($id: ID!, $t: String!) { updateChapter(id: $id, input: { title: $t }) { id } }';
const SET_STATE = 'mutation($id: ID!, $s: ChapterState!) { updateChapter(id: $id, input: { state: $s }) { id } }';

describe('story version control', () => {
  let kit: StoryKit;

  beforeAll(async () => {
    kit = await startStoryKit('campaigns_story_versions');
  });
  afterAll(async () => {
    await kit?.stop();
  });

  const commit = async (c: string, m: string, b?: string) =>
    (await kit.ok(COMMIT, { c, m, b }, who.gm)).commitCampaignStory;
  const titles = async (c: string) =>
    (await kit.ok(CHAPTERS, { id: c }, who.gm)).campaign.chapters.map((chapter: { title: string }) => chapter.title);

  it('commits content-addressed snapshots: equal stories hash equally, an unchanged story or a stale head is CONFLICT', async () => {
    const { campaignId: c } = await kit.table(who);
    const chapter = (await kit.ok(CREATE_CHAPTER, { c, t: 'Intro' }, who.gm)).createChapter.id;
    const first = await commit(c, 'first');
    expect(first).toMatchObject({ branch: 'main', parentHashes: [], message: 'first', author: { id: who.gm.userId } });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);

    const unchanged = await kit.gql(COMMIT, { c, m: 'again' }, who.gm);
    expect(codeOf(unchanged)).toBe('CONFLICT');
    expect(unchanged.errors![0]!.message).toBe(
      `Nothing to commit: the story is the same as the head of "main" (${first.hash}).`,
    );

    await kit.ok(RENAME, { id: chapter, t: 'Arrival' }, who.gm);
    const second = await commit(c, 'rename');
    expect(second.parentHashes).toEqual([first.hash]);
    expect(second.snapshotHash).not.toBe(first.snapshotHash);
    await kit.ok(RENAME, { id: chapter, t: 'Intro' }, who.gm);
    const third = await commit(c, 'rename back');
    expect(third.snapshotHash).toBe(first.snapshotHash);
    expect(third.hash).not.toBe(first.hash);

    await kit.ok(RENAME, { id: chapter, t: 'Later' }, who.gm);
    const stale = await kit.gql(COMMIT, { c, m: 'stale', e: second.hash }, who.gm);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!.currentHeadHash).toBe(third.hash);
    await kit.ok(COMMIT, { c, m: 'fresh', e: third.hash }, who.coGm);

    const history = await kit.ok(HISTORY, { c }, who.viewer);
    expect(history.storyHistory.map((entry: { message: string }) => entry.message)).toEqual([
      'fresh',
      'rename back',
      'rename',
      'first',
    ]);
    const diff = await kit.ok(
      'query($f: String!, $t: String!) { storyDiff(from: $f, to: $t) { path before after } }',
      { f: first.hash, t: second.hash },
      who.player,
    );
    expect(diff.storyDiff).toEqual([{ path: `chapters.${chapter}.title`, before: 'Intro', after: 'Arrival' }]);
  });

  it('restores a commit into the tables and records it on the branch', async () => {
    const { campaignId: c } = await kit.table(who);
    const intro = (await kit.ok(CREATE_CHAPTER, { c, t: 'Intro' }, who.gm)).createChapter.id;
    const first = await commit(c, 'one chapter');
    await kit.ok(RENAME, { id: intro, t: 'Changed' }, who.gm);
    await kit.ok(CREATE_CHAPTER, { c, t: 'Extra' }, who.gm);
    await kit.ok(
      'mutation($c: ID!) { createNpc(campaignId: $c, input: { name: "Uncommitted" }) { id } }',
      { c },
      who.gm,
    );
    const second = await commit(c, 'two chapters');

    const restored = (await kit.ok(RESTORE, { c, h: first.hash }, who.gm)).restoreCampaignStory;
    expect(restored).toMatchObject({ branch: 'main', parentHashes: [second.hash] });
    expect(await titles(c)).toEqual(['Intro']);
    const npcs = await kit.ok(
      'query($id: ID!) { campaign(id: $id) { npcs { id } chapters { id } } }',
      { id: c },
      who.gm,
    );
    expect(npcs.campaign).toEqual({ npcs: [], chapters: [{ id: intro }] });
    // Restoring what the head already holds records nothing new.
    expect((await kit.ok(RESTORE, { c, h: first.hash }, who.gm)).restoreCampaignStory.hash).toBe(restored.hash);
    const unknown = await kit.gql(RESTORE, { c, h: 'f'.repeat(64) }, who.gm);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });

  it('branches and merges: fast-forward, clean three-way merge, conflict report, resolutions', async () => {
    const { campaignId: c } = await kit.table(who);
    const intro = (await kit.ok(CREATE_CHAPTER, { c, t: 'Intro' }, who.gm)).createChapter.id;
    const crypt = (await kit.ok(CREATE_CHAPTER, { c, t: 'Crypt' }, who.gm)).createChapter.id;
    const base = await commit(c, 'base');
    const branch = (await kit.ok(BRANCH, { c, n: 'alt' }, who.gm)).createStoryBranch;
    expect(branch).toEqual({ name: 'alt', head: { hash: base.hash } });
    expect(codeOf(await kit.gql(BRANCH, { c, n: 'alt' }, who.gm))).toBe('CONFLICT');

    // Nothing new on alt: main is up to date.
    expect((await kit.ok(MERGE, { c, f: 'alt', i: 'main' }, who.gm)).mergeStoryBranch.status).toBe('UP_TO_DATE');

    // Work on alt: switch to it (restore its head), change, commit; main fast-forwards.
    await kit.ok(RESTORE, { c, h: base.hash, b: 'alt' }, who.gm);
    await kit.ok(SET_STATE, { id: intro, s: 'READY' }, who.gm);
    const altOne = await commit(c, 'intro ready', 'alt');
    const forward = (await kit.ok(MERGE, { c, f: 'alt', i: 'main' }, who.gm)).mergeStoryBranch;
    expect(forward).toMatchObject({ status: 'FAST_FORWARD', commit: { hash: altOne.hash }, conflicts: [] });

    // Diverge: alt renames Intro and changes Crypt's state; main renames Crypt.
    await kit.ok(RENAME, { id: intro, t: 'Arrival' }, who.gm);
    await kit.ok(SET_STATE, { id: crypt, s: 'READY' }, who.gm);
    const altTwo = await commit(c, 'alt edits', 'alt');
    await kit.ok(RESTORE, { c, h: altOne.hash, b: 'main' }, who.gm);
    await kit.ok(RENAME, { id: crypt, t: 'The Crypt' }, who.gm);
    const mainTwo = await commit(c, 'main edits');

    const clean = (await kit.ok(MERGE, { c, f: 'alt', i: 'main' }, who.gm)).mergeStoryBranch;
    expect(clean.status).toBe('MERGED');
    expect(clean.commit.parentHashes).toEqual([mainTwo.hash, altTwo.hash]);
    expect(clean.commit.snapshot.chapters[intro]).toMatchObject({ title: 'Arrival', state: 'READY' });
    expect(clean.commit.snapshot.chapters[crypt]).toMatchObject({ title: 'The Crypt', state: 'READY' });
    // The live story is untouched until the merge commit is restored.
    expect(await titles(c)).toEqual(['Intro', 'The Crypt']);
    await kit.ok(RESTORE, { c, h: clean.commit.hash }, who.gm);
    expect(await titles(c)).toEqual(['Arrival', 'The Crypt']);

    // Both sides rename Crypt differently: a conflict report, nothing written.
    await kit.ok(RENAME, { id: crypt, t: 'Tomb' }, who.gm);
    const mainThree = await commit(c, 'tomb');
    await kit.ok(RESTORE, { c, h: altTwo.hash, b: 'alt' }, who.gm);
    await kit.ok(RENAME, { id: crypt, t: 'Vault' }, who.gm);
    await commit(c, 'vault', 'alt');
    const conflicted = (await kit.ok(MERGE, { c, f: 'alt', i: 'main' }, who.gm)).mergeStoryBranch;
    expect(conflicted).toEqual({
      status: 'CONFLICTS',
      commit: null,
      conflicts: [{ path: `chapters.${crypt}.title`, base: 'Crypt', ours: 'Tomb', theirs: 'Vault' }],
    });
    const history = await kit.ok(HISTORY, { c }, who.gm);
    expect(history.storyHistory[0].hash).toBe(mainThree.hash);

    const typo = await kit.gql(
      MERGE,
      { c, f: 'alt', i: 'main', r: [{ path: 'chapters.nope.title', choose: 'OURS' }] },
      who.gm,
    );
    expect(codeOf(typo)).toBe('BAD_USER_INPUT');
    const stale = await kit.gql(MERGE, { c, f: 'alt', i: 'main', e: altTwo.hash }, who.gm);
    expect(codeOf(stale)).toBe('CONFLICT');

    const resolved = (
      await kit.ok(
        MERGE,
        { c, f: 'alt', i: 'main', r: [{ path: `chapters.${crypt}.title`, choose: 'THEIRS' }] },
        who.coGm,
      )
    ).mergeStoryBranch;
    expect(resolved.status).toBe('MERGED');
    expect(resolved.commit.snapshot.chapters[crypt].title).toBe('Vault');
    expect(resolved.commit.parentHashes[0]).toBe(mainThree.hash);
  });

  it('deletes branches: never main, an unmerged one only with force, and its commits stay readable', async () => {
    const { campaignId: c } = await kit.table(who);
    await kit.ok(CREATE_CHAPTER, { c, t: 'Intro' }, who.gm);
    await commit(c, 'base');
    await kit.ok(BRANCH, { c, n: 'merged' }, who.gm);
    await kit.ok(BRANCH, { c, n: 'draft' }, who.gm);
    await kit.ok(CREATE_CHAPTER, { c, t: 'Side quest' }, who.gm);
    const unmerged = await commit(c, 'side quest', 'draft');
    const DELETE =
      'mutation($c: ID!, $n: String!, $f: Boolean) { deleteStoryBranch(campaignId: $c, name: $n, force: $f) }';

    for (const someone of [who.player, who.viewer, who.stranger]) {
      expect(codeOf(await kit.gql(DELETE, { c, n: 'merged' }, someone))).toBe('FORBIDDEN');
    }
    const main = await kit.gql(DELETE, { c, n: 'main' }, who.gm);
    expect(codeOf(main)).toBe('BAD_USER_INPUT');
    expect(main.errors![0]!.message).toMatch(/main line/);
    expect(codeOf(await kit.gql(DELETE, { c, n: 'nope' }, who.gm))).toBe('NOT_FOUND');

    // Its head is main's: nothing is lost.
    expect((await kit.ok(DELETE, { c, n: 'merged' }, who.gm)).deleteStoryBranch).toBe('merged');
    const refused = await kit.gql(DELETE, { c, n: 'draft' }, who.gm);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0]!.message).toMatch(/no other branch contains.*force: true/);
    expect((await kit.ok(DELETE, { c, n: 'draft', f: true }, who.coGm)).deleteStoryBranch).toBe('draft');

    const branches = (await kit.ok(CHAPTERS, { id: c }, who.gm)).campaign.storyBranches;
    expect(branches.map((branch: { name: string }) => branch.name)).toEqual(['main']);
    const SNAPSHOT = 'query($h: String!) { storyCommit(hash: $h) { message } }';
    expect((await kit.ok(SNAPSHOT, { h: unmerged.hash }, who.player)).storyCommit.message).toBe('side quest');
    // The name is free again.
    expect((await kit.ok(BRANCH, { c, n: 'draft', f: unmerged.hash }, who.gm)).createStoryBranch.head.hash).toBe(
      unmerged.hash,
    );
  });

  it('refuses a merge whose result would be inconsistent (one side deletes what the other starts to depend on)', async () => {
    const { campaignId: c } = await kit.table(who);
    const intro = (await kit.ok(CREATE_CHAPTER, { c, t: 'Intro' }, who.gm)).createChapter.id;
    const crypt = (await kit.ok(CREATE_CHAPTER, { c, t: 'Crypt' }, who.gm)).createChapter.id;
    const base = await commit(c, 'base');
    await kit.ok(BRANCH, { c, n: 'alt' }, who.gm);
    await kit.ok('mutation($id: ID!) { deleteChapter(id: $id) }', { id: intro }, who.gm);
    await commit(c, 'no intro');
    await kit.ok(RESTORE, { c, h: base.hash, b: 'alt' }, who.gm);
    await kit.ok(
      'mutation($id: ID!, $p: [ID!]) { updateChapter(id: $id, input: { prerequisiteIds: $p }) { id } }',
      { id: crypt, p: [intro] },
      who.gm,
    );
    await commit(c, 'crypt after intro', 'alt');
    const body = await kit.gql(MERGE, { c, f: 'alt', i: 'main' }, who.gm);
    expect(codeOf(body)).toBe('CONFLICT');
    expect(body.errors![0]!.message).toContain(
      `chapters.${crypt}.prerequisiteIds refers to chapter ${intro}, which is not in the story.`,
    );
  });

  it('keeps hidden relationships out of snapshots and diffs shown to players', async () => {
    const { campaignId: c } = await kit.table(who);
    const a = (
      await kit.ok('mutation($c: ID!) { createNpc(campaignId: $c, input: { name: "A" }) { id } }', { c }, who.gm)
    ).createNpc.id;
    const b = (
      await kit.ok('mutation($c: ID!) { createNpc(campaignId: $c, input: { name: "B" }) { id } }', { c }, who.gm)
    ).createNpc.id;
    const before = await commit(c, 'npcs');
    const secret = (
      await kit.ok(
        'mutation($c: ID!, $a: ID!, $b: ID!) { createNpcRelationship(campaignId: $c, input: { npcId: $a, targetNpcId: $b, kind: PATRON, hidden: true }) { id } }',
        { c, a, b },
        who.gm,
      )
    ).createNpcRelationship.id;
    const after = await commit(c, 'secret');
    const SNAPSHOT = 'query($h: String!) { storyCommit(hash: $h) { snapshot } }';
    const DIFF = 'query($f: String!, $t: String!) { storyDiff(from: $f, to: $t) { path } }';
    expect(
      Object.keys((await kit.ok(SNAPSHOT, { h: after.hash }, who.gm)).storyCommit.snapshot.npcRelationships),
    ).toEqual([secret]);
    expect((await kit.ok(DIFF, { f: before.hash, t: after.hash }, who.coGm)).storyDiff).toEqual([
      { path: `npcRelationships.${secret}` },
    ]);
    for (const member of [who.player, who.viewer]) {
      expect((await kit.ok(SNAPSHOT, { h: after.hash }, member)).storyCommit.snapshot.npcRelationships).toEqual({});
      expect((await kit.ok(DIFF, { f: before.hash, t: after.hash }, member)).storyDiff).toEqual([]);
    }
    expect(codeOf(await kit.gql(SNAPSHOT, { h: after.hash }, who.stranger))).toBe('FORBIDDEN');
  });

  it('reads a history with snapshots and branch heads in the same number of SQL statements for 1 and 6 commits', async () => {
    const small = await kit.table(who);
    const large = await kit.table(who);
    await kit.ok(CREATE_CHAPTER, { c: small.campaignId, t: 'Only' }, who.gm);
    await commit(small.campaignId, 'one');
    for (let index = 0; index < 6; index += 1) {
      await kit.ok(CREATE_CHAPTER, { c: large.campaignId, t: `Chapter ${index}` }, who.gm);
      await commit(large.campaignId, `commit ${index}`);
    }
    await kit.ok(BRANCH, { c: large.campaignId, n: 'side' }, who.gm);
    // One root field per request: two in one request race to the snapshot loader, and which
    // batch a shared snapshot lands in would then depend on timing, not on the list sizes.
    const HISTORY_READ = 'query($c: ID!) { storyHistory(campaignId: $c) { hash snapshot author { id } } }';
    const BRANCHES_READ = 'query($c: ID!) { campaign(id: $c) { storyBranches { name head { hash snapshot } } } }';
    const statementsFor = (query: string, campaignId: string) =>
      kit.statementsFor(async () => {
        await kit.ok(query, { c: campaignId }, who.player);
      });
    expect((await kit.ok(HISTORY_READ, { c: large.campaignId }, who.player)).storyHistory).toHaveLength(6);
    for (const query of [HISTORY_READ, BRANCHES_READ]) {
      expect(await statementsFor(query, large.campaignId), query).toBe(await statementsFor(query, small.campaignId));
    }
  });

  it('goes away with its campaign (commits, snapshots and branches cascade)', async () => {
    const { campaignId: c } = await kit.table(who);
    await kit.ok(CREATE_CHAPTER, { c, t: 'Intro' }, who.gm);
    const first = await commit(c, 'first');
    await kit.ok(BRANCH, { c, n: 'alt', f: first.hash }, who.gm);
    expect((await kit.ok('mutation($id: ID!) { deleteCampaign(id: $id) }', { id: c }, who.gm)).deleteCampaign).toBe(c);
    expect(
      codeOf(await kit.gql('query($h: String!) { storyCommit(hash: $h) { hash } }', { h: first.hash }, who.gm)),
    ).toBe('NOT_FOUND');
  });
});

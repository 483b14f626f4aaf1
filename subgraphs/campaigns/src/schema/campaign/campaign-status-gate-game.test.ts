import { randomUUID } from 'node:crypto';

import type { Identity } from '@grimoire/platform';
import { generateNemesis } from '@grimoire/rules';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { replaceNemesis } from '../../db/queries/antitheticon.js';
import { campaigns, partyMembers } from '../../db/tables/index.js';
import { statusAllows } from '../../domain/campaign-status-gate.js';
import { type Body, codeOf, startStoryKit, type StoryKit } from '../story/story-test-kit.js';

// The status gate on the game itself: the story and its versions, theme transitions, the
// Antitheticon, the session log and table events (campaign-status-gate.test.ts covers the rest).

const gm: Identity = { userId: randomUUID(), roles: ['GAME_MASTER'] };
const stranger: Identity = { userId: randomUUID(), roles: ['PLAYER'] };

const CHANGE_STATUS =
  'mutation($id: ID!, $s: CampaignStatus!) { changeCampaignStatus(id: $id, status: $s) { status } }';

/** Ids of one of everything in a campaign, for the mutations to aim at. */
interface World {
  campaignId: string;
  chapterId: string;
  arcId: string;
  plotId: string;
  npcId: string;
  otherNpcId: string;
  relationshipId: string;
  locationId: string;
  factionId: string;
  commitHash: string;
  noteId: string;
  tableEventId: string;
  deceptionId: string;
}

type Gql = (query: string, variables: Record<string, unknown>, identity?: Identity | null) => Promise<Body>;

/** Every mutation of the game, each aimed at the world so that it would write if the status let it. */
const MUTATIONS: { name: string; play?: boolean; run: (w: World, gql: Gql) => Promise<Body> }[] = [
  {
    name: 'createChapter',
    run: (w, gql) =>
      gql(
        'mutation($c: ID!) { createChapter(campaignId: $c, input: { title: "Late" }) { id } }',
        { c: w.campaignId },
        gm,
      ),
  },
  {
    name: 'updateChapter',
    run: (w, gql) =>
      gql('mutation($id: ID!) { updateChapter(id: $id, input: { title: "Renamed" }) { id } }', { id: w.chapterId }, gm),
  },
  {
    name: 'deleteChapter',
    run: (w, gql) => gql('mutation($id: ID!) { deleteChapter(id: $id) }', { id: w.chapterId }, gm),
  },
  {
    name: 'createStoryArc',
    run: (w, gql) =>
      gql(
        'mutation($c: ID!) { createStoryArc(campaignId: $c, input: { title: "Late", kind: WORLD }) { id } }',
        { c: w.campaignId },
        gm,
      ),
  },
  {
    name: 'updateStoryArc',
    run: (w, gql) =>
      gql('mutation($id: ID!) { updateStoryArc(id: $id, input: { title: "Renamed" }) { id } }', { id: w.arcId }, gm),
  },
  {
    name: 'deleteStoryArc',
    run: (w, gql) => gql('mutation($id: ID!) { deleteStoryArc(id: $id) }', { id: w.arcId }, gm),
  },
  {
    name: 'createPlot',
    run: (w, gql) =>
      gql(
        'mutation($c: ID!) { createPlot(campaignId: $c, input: { title: "Late", kind: SIDE }) { id } }',
        { c: w.campaignId },
        gm,
      ),
  },
  {
    name: 'updatePlot',
    run: (w, gql) =>
      gql('mutation($id: ID!) { updatePlot(id: $id, input: { title: "Renamed" }) { id } }', { id: w.plotId }, gm),
  },
  {
    name: 'changePlotState',
    run: (w, gql) => gql('mutation($id: ID!) { changePlotState(id: $id, state: ACTIVE) { id } }', { id: w.plotId }, gm),
  },
  { name: 'deletePlot', run: (w, gql) => gql('mutation($id: ID!) { deletePlot(id: $id) }', { id: w.plotId }, gm) },
  {
    name: 'createNpc',
    run: (w, gql) =>
      gql('mutation($c: ID!) { createNpc(campaignId: $c, input: { name: "Late" }) { id } }', { c: w.campaignId }, gm),
  },
  {
    name: 'updateNpc',
    run: (w, gql) =>
      gql('mutation($id: ID!) { updateNpc(id: $id, input: { name: "Renamed" }) { id } }', { id: w.npcId }, gm),
  },
  { name: 'deleteNpc', run: (w, gql) => gql('mutation($id: ID!) { deleteNpc(id: $id) }', { id: w.npcId }, gm) },
  {
    name: 'createNpcRelationship',
    run: (w, gql) =>
      gql(
        'mutation($c: ID!, $n: ID!, $t: ID!) { createNpcRelationship(campaignId: $c, input: { npcId: $n, targetNpcId: $t, kind: RIVAL }) { id } }',
        { c: w.campaignId, n: w.otherNpcId, t: w.npcId },
        gm,
      ),
  },
  {
    name: 'updateNpcRelationship',
    run: (w, gql) =>
      gql(
        'mutation($id: ID!) { updateNpcRelationship(id: $id, input: { hidden: true }) { id } }',
        { id: w.relationshipId },
        gm,
      ),
  },
  {
    name: 'deleteNpcRelationship',
    run: (w, gql) => gql('mutation($id: ID!) { deleteNpcRelationship(id: $id) }', { id: w.relationshipId }, gm),
  },
  {
    name: 'createLocation',
    run: (w, gql) =>
      gql(
        'mutation($c: ID!) { createLocation(campaignId: $c, input: { name: "Late" }) { id } }',
        { c: w.campaignId },
        gm,
      ),
  },
  {
    name: 'updateLocation',
    run: (w, gql) =>
      gql(
        'mutation($id: ID!) { updateLocation(id: $id, input: { name: "Renamed" }) { id } }',
        { id: w.locationId },
        gm,
      ),
  },
  {
    name: 'deleteLocation',
    run: (w, gql) => gql('mutation($id: ID!) { deleteLocation(id: $id) }', { id: w.locationId }, gm),
  },
  {
    name: 'createFaction',
    run: (w, gql) =>
      gql(
        'mutation($c: ID!) { createFaction(campaignId: $c, input: { name: "Late" }) { id } }',
        { c: w.campaignId },
        gm,
      ),
  },
  {
    name: 'updateFaction',
    run: (w, gql) =>
      gql('mutation($id: ID!) { updateFaction(id: $id, input: { name: "Renamed" }) { id } }', { id: w.factionId }, gm),
  },
  {
    name: 'deleteFaction',
    run: (w, gql) => gql('mutation($id: ID!) { deleteFaction(id: $id) }', { id: w.factionId }, gm),
  },
  {
    name: 'commitCampaignStory',
    run: (w, gql) =>
      gql(
        'mutation($c: ID!) { commitCampaignStory(campaignId: $c, message: "late") { hash } }',
        { c: w.campaignId },
        gm,
      ),
  },
  {
    name: 'createStoryBranch',
    run: (w, gql) =>
      gql('mutation($c: ID!) { createStoryBranch(campaignId: $c, name: "late") { name } }', { c: w.campaignId }, gm),
  },
  {
    name: 'deleteStoryBranch',
    run: (w, gql) =>
      gql(
        'mutation($c: ID!) { deleteStoryBranch(campaignId: $c, name: "side", force: true) }',
        { c: w.campaignId },
        gm,
      ),
  },
  {
    name: 'restoreCampaignStory',
    run: (w, gql) =>
      gql(
        'mutation($c: ID!, $h: String!) { restoreCampaignStory(campaignId: $c, commitHash: $h) { hash } }',
        { c: w.campaignId, h: w.commitHash },
        gm,
      ),
  },
  {
    name: 'mergeStoryBranch',
    run: (w, gql) =>
      gql(
        'mutation($c: ID!) { mergeStoryBranch(campaignId: $c, from: "side", into: "main") { status } }',
        { c: w.campaignId },
        gm,
      ),
  },
  {
    name: 'createSessionNote',
    run: (w, gql) =>
      gql(
        'mutation($c: ID!) { createSessionNote(campaignId: $c, input: { title: "Late" }) { id } }',
        { c: w.campaignId },
        gm,
      ),
  },
  {
    name: 'updateSessionNote',
    run: (w, gql) =>
      gql(
        'mutation($id: ID!) { updateSessionNote(id: $id, input: { title: "Renamed" }) { id } }',
        { id: w.noteId },
        gm,
      ),
  },
  {
    name: 'deleteSessionNote',
    run: (w, gql) => gql('mutation($id: ID!) { deleteSessionNote(id: $id) }', { id: w.noteId }, gm),
  },
  {
    name: 'revertTableEvent',
    run: (w, gql) => gql('mutation($id: ID!) { revertTableEvent(id: $id) { id } }', { id: w.tableEventId }, gm),
  },
  {
    name: 'transitionCampaignTheme',
    play: true,
    run: (w, gql) =>
      gql(
        'mutation($c: ID!) { transitionCampaignTheme(campaignId: $c, theme: CYBERPUNK, itemPolicy: ADAPT, reason: "The sky cracks") { campaign { theme } } }',
        { c: w.campaignId },
        gm,
      ),
  },
  {
    name: 'generateNemesis',
    play: true,
    run: (w, gql) =>
      gql('mutation($c: ID!) { generateNemesis(campaignId: $c, seed: 99) { name } }', { c: w.campaignId }, gm),
  },
  {
    name: 'addNemesisDeception',
    play: true,
    run: (w, gql) =>
      gql(
        'mutation($c: ID!) { addNemesisDeception(campaignId: $c, input: { layer: MOTIVE, description: "A late lie" }) { id } }',
        { c: w.campaignId },
        gm,
      ),
  },
  {
    name: 'setNemesisDeceptionState',
    play: true,
    run: (w, gql) =>
      gql(
        'mutation($id: ID!) { setNemesisDeceptionState(id: $id, state: ABANDONED) { id } }',
        { id: w.deceptionId },
        gm,
      ),
  },
  {
    name: 'revealNext',
    play: true,
    run: (w, gql) => gql('mutation($c: ID!) { revealNext(campaignId: $c) { stage } }', { c: w.campaignId }, gm),
  },
];

describe('what a campaign status allows in the game: story, themes, the nemesis, the table', () => {
  let kit: StoryKit;

  beforeAll(async () => {
    kit = await startStoryKit('campaign_status_gate_game');
  });
  afterAll(async () => {
    await kit?.stop();
  });

  const gql: Gql = (query, variables, identity) => kit.gql(query, variables, identity);
  const ok = (query: string, variables: Record<string, unknown>) => kit.ok(query, variables, gm);
  const moveTo = async (campaignId: string, ...statuses: string[]) => {
    for (const status of statuses) await ok(CHANGE_STATUS, { id: campaignId, s: status });
  };

  /** An ACTIVE Antitheticon campaign with one party character and one of everything. */
  async function world(): Promise<World> {
    const c = (await ok('mutation { createCampaign(input: { name: "Gate", type: ANTITHETICON }) { id } }', {}))
      .createCampaign.id as string;
    const characterId = randomUUID();
    // The characters subgraph is not running: the party row is written directly.
    await kit.subgraph.database.db.insert(partyMembers).values({ campaignId: c, characterId, addedBy: gm.userId });
    const id = async (query: string, variables: Record<string, unknown> = {}) =>
      Object.values(await ok(query, { c, ...variables }))[0].id as string;
    const chapterId = await id(
      'mutation($c: ID!) { createChapter(campaignId: $c, input: { title: "Arrival" }) { id } }',
    );
    const arcId = await id(
      'mutation($c: ID!) { createStoryArc(campaignId: $c, input: { title: "Curse", kind: CAMPAIGN }) { id } }',
    );
    const plotId = await id(
      'mutation($c: ID!) { createPlot(campaignId: $c, input: { title: "Heist", kind: MAIN }) { id } }',
    );
    const npcId = await id('mutation($c: ID!) { createNpc(campaignId: $c, input: { name: "Strahd" }) { id } }');
    const otherNpcId = await id('mutation($c: ID!) { createNpc(campaignId: $c, input: { name: "Ireena" }) { id } }');
    const relationshipId = await id(
      'mutation($c: ID!, $n: ID!, $t: ID!) { createNpcRelationship(campaignId: $c, input: { npcId: $n, targetNpcId: $t, kind: FAMILY }) { id } }',
      { n: npcId, t: otherNpcId },
    );
    const locationId = await id(
      'mutation($c: ID!) { createLocation(campaignId: $c, input: { name: "Barovia" }) { id } }',
    );
    const factionId = await id(
      'mutation($c: ID!) { createFaction(campaignId: $c, input: { name: "Vistani" }) { id } }',
    );
    const commit = (message: string, branch: string) =>
      ok(
        'mutation($c: ID!, $m: String!, $b: String) { commitCampaignStory(campaignId: $c, message: $m, branch: $b) { hash } }',
        { c, m: message, b: branch },
      );
    const commitHash = (await commit('first', 'main')).commitCampaignStory.hash as string;
    await ok('mutation($c: ID!) { createStoryBranch(campaignId: $c, name: "side") { name } }', { c });
    await ok('mutation($c: ID!) { createChapter(campaignId: $c, input: { title: "Detour" }) { id } }', { c });
    await commit('detour', 'side');
    const noteId = await id(
      'mutation($c: ID!) { createSessionNote(campaignId: $c, input: { title: "Session one" }) { id } }',
    );
    await moveTo(c, 'ACTIVE');
    const tableEventId = (
      await ok('mutation($i: RecordTableEventInput!) { recordTableEvent(input: $i) { id } }', {
        i: { campaignId: c, kind: 'EXPERIENCE', amount: 100, distribution: 'EACH' },
      })
    ).recordTableEvent.id as string;
    // generateNemesis asks the characters subgraph for the party: the nemesis is stored directly instead.
    const profile = {
      characterId,
      name: 'Brakka',
      level: 3,
      classes: [{ classId: 'fighter', level: 3 }],
      abilityScores: { str: 15, dex: 13, con: 14, int: 8, wis: 12, cha: 10 },
      skillProficiencies: ['athletics'],
    };
    await replaceNemesis(kit.subgraph.database.db, c, generateNemesis([profile], 7), gm.userId);
    const nemesis = (await ok('query($c: ID!) { campaign(id: $c) { nemesis { deceptions { id state } } } }', { c }))
      .campaign.nemesis;
    const deceptionId = (nemesis.deceptions as { id: string; state: string }[]).find(
      (deception) => deception.state === 'ACTIVE',
    )!.id;
    return {
      campaignId: c,
      chapterId,
      arcId,
      plotId,
      npcId,
      otherNpcId,
      relationshipId,
      locationId,
      factionId,
      commitHash,
      noteId,
      tableEventId,
      deceptionId,
    };
  }

  /** Every row of the subgraph (outbox rows without their relay-owned publishedAt), to prove nothing was written. */
  async function everything(): Promise<Record<string, string[]>> {
    const { db } = kit.subgraph.database;
    const tables = await db.execute<{ name: string }>(
      sql`select table_name as name from information_schema.tables where table_schema = 'campaigns' and table_type = 'BASE TABLE' order by 1`,
    );
    const rows: Record<string, string[]> = {};
    for (const { name } of tables) {
      const all = await db.execute<{ row: string }>(
        sql.raw(`select (to_jsonb(t) - 'published_at')::text as row from campaigns."${name}" t order by 1`),
      );
      rows[name] = all.map(({ row }) => row);
    }
    return rows;
  }

  const expectRefused = (body: Body, name: string, status: string, reason: string) => {
    expect(codeOf(body), `${name}: ${JSON.stringify(body.errors)}`).toBe('CONFLICT');
    expect(body.errors![0]!.extensions!.status, name).toBe(status);
    expect(body.errors![0]!.message, name).toBe(`This campaign is ${status}: ${reason}.`);
  };

  it('follows the table: PLAY (theme transitions, the nemesis) stops once COMPLETED, CHANGE once ARCHIVED', () => {
    const statuses = ['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED'] as const;
    expect(statuses.filter((status) => statusAllows(status, 'PLAY'))).toEqual(['DRAFT', 'ACTIVE', 'PAUSED']);
    expect(statuses.filter((status) => statusAllows(status, 'CHANGE'))).toEqual([
      'DRAFT',
      'ACTIVE',
      'PAUSED',
      'COMPLETED',
    ]);
  });

  it('refuses every mutation of an ARCHIVED campaign with CONFLICT and writes nothing; strangers are still FORBIDDEN', async () => {
    const w = await world();
    await moveTo(w.campaignId, 'COMPLETED', 'ARCHIVED');
    const before = await everything();
    for (const mutation of MUTATIONS)
      expectRefused(await mutation.run(w, gql), mutation.name, 'ARCHIVED', 'it is read-only');
    // Who may comes first: a stranger learns nothing about the campaign's status.
    expect(codeOf(await gql('mutation($id: ID!) { deleteChapter(id: $id) }', { id: w.chapterId }, stranger))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await gql('mutation($id: ID!) { revertTableEvent(id: $id) { id } }', { id: w.tableEventId }, stranger)),
    ).toBe('FORBIDDEN');
    expect(await everything()).toEqual(before);
  });

  it('lets the game masters tidy up a COMPLETED campaign, which is no longer played', async () => {
    const w = await world();
    await moveTo(w.campaignId, 'COMPLETED');
    const before = await everything();
    for (const mutation of MUTATIONS.filter((m) => m.play))
      expectRefused(await mutation.run(w, gql), mutation.name, 'COMPLETED', 'it is no longer played');
    expect(await everything()).toEqual(before);
    // The story, the session log and the table's record can still be put right.
    for (const name of [
      'updateChapter',
      'commitCampaignStory',
      'mergeStoryBranch',
      'createSessionNote',
      'updateSessionNote',
      'revertTableEvent',
    ]) {
      const body = await MUTATIONS.find((m) => m.name === name)!.run(w, gql);
      expect(body.errors, name).toBeUndefined();
    }
  });

  it('checks the status again under the campaign lock: an edit waiting for it is refused once the campaign was archived meanwhile', async () => {
    const w = await world();
    const { db } = kit.subgraph.database;
    const CHAPTERS = 'query($c: ID!) { campaign(id: $c) { chapters { id } } }';
    const chapters = (await ok(CHAPTERS, { c: w.campaignId })).campaign.chapters;
    const { edit } = await db.transaction(async (tx) => {
      // Hold the campaign's row lock, as a concurrent status move does.
      await tx.execute(sql`select id from campaigns.campaigns where id = ${w.campaignId} for update`);
      const pending = MUTATIONS.find((m) => m.name === 'createChapter')!.run(w, gql);
      // The edit passed the first check (the campaign is still ACTIVE) and waits for the lock.
      await vi.waitFor(async () => {
        const [waiting] = await db.execute<{ count: number }>(
          sql`select count(*)::int as count from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        );
        expect(waiting!.count).toBeGreaterThan(0);
      });
      await tx.update(campaigns).set({ status: 'ARCHIVED' }).where(eq(campaigns.id, w.campaignId));
      // Not awaited here: the edit goes on only once this transaction commits.
      return { edit: pending };
    });
    expectRefused(await edit, 'createChapter', 'ARCHIVED', 'it is read-only');
    expect((await ok(CHAPTERS, { c: w.campaignId })).campaign.chapters).toEqual(chapters);
  });
});

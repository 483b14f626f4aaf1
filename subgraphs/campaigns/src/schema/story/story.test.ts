import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { codeOf, people, startStoryKit, type StoryKit } from './story-test-kit.js';

const who = people();

const CREATE_CHAPTER =
  'mutation($c: ID!, $i: CreateChapterInput!) { createChapter(campaignId: $c, input: $i) { id title kind state prerequisites { id } } }';
const UPDATE_CHAPTER =
  'mutation($id: ID!, $i: UpdateChapterInput!) { updateChapter(id: $id, input: $i) { id title prerequisites { id } } }';
const DELETE_CHAPTER = 'mutation($id: ID!) { deleteChapter(id: $id) }';
const CHAPTERS =
  'query($id: ID!) { campaign(id: $id) { chapters { id title prerequisites { id } dependents { id } } } }';
const CREATE_NPC =
  'mutation($c: ID!, $i: CreateNpcInput!) { createNpc(campaignId: $c, input: $i) { id name statBlock { armorClass abilityScores { str } challengeRating actions { name } } } }';
const CREATE_RELATIONSHIP =
  'mutation($c: ID!, $i: CreateNpcRelationshipInput!) { createNpcRelationship(campaignId: $c, input: $i) { id kind hidden } }';
const NPC_GRAPH = `query($id: ID!) { campaign(id: $id) {
  npcs { id name relationships { id kind hidden targetNpc { id } targetCharacter { id } } }
  relationshipGraph { nodes { id npc { id } character { id } } edges { id hidden npc { id } } }
} }`;
const CREATE_PLOT = 'mutation($c: ID!, $i: CreatePlotInput!) { createPlot(campaignId: $c, input: $i) { id state } }';
const UPDATE_PLOT = 'mutation($id: ID!, $i: UpdatePlotInput!) { updatePlot(id: $id, input: $i) { id } }';
const PLOT_STATE = 'mutation($id: ID!, $s: PlotState!) { changePlotState(id: $id, state: $s) { id state } }';
const CREATE_LOCATION =
  'mutation($c: ID!, $i: CreateLocationInput!) { createLocation(campaignId: $c, input: $i) { id } }';
const UPDATE_LOCATION = 'mutation($id: ID!, $i: UpdateLocationInput!) { updateLocation(id: $id, input: $i) { id } }';

describe('campaign story structure', () => {
  let kit: StoryKit;

  beforeAll(async () => {
    kit = await startStoryKit('campaigns_story');
  });
  afterAll(async () => {
    await kit?.stop();
  });

  async function chapter(campaignId: string, title: string, prerequisiteIds: string[] = []): Promise<string> {
    const data = await kit.ok(CREATE_CHAPTER, { c: campaignId, i: { title, prerequisiteIds } }, who.gm);
    return data.createChapter.id as string;
  }

  describe('chapters', () => {
    it('come back in topological order, ties broken by creation', async () => {
      const { campaignId } = await kit.table(who);
      const finale = await chapter(campaignId, 'Finale');
      const intro = await chapter(campaignId, 'Intro');
      const village = await chapter(campaignId, 'Village', [intro]);
      const castle = await chapter(campaignId, 'Castle', [village, intro]);
      await kit.ok(UPDATE_CHAPTER, { id: finale, i: { prerequisiteIds: [castle] } }, who.gm);
      const side = await chapter(campaignId, 'Side quest', [intro]);

      const data = await kit.ok(CHAPTERS, { id: campaignId }, who.viewer);
      expect(data.campaign.chapters.map((each: { title: string }) => each.title)).toEqual([
        'Intro',
        'Village',
        'Castle',
        'Finale',
        'Side quest',
      ]);
      const castleView = data.campaign.chapters.find((each: { id: string }) => each.id === castle);
      expect(castleView.prerequisites.map((each: { id: string }) => each.id).sort()).toEqual([intro, village].sort());
      expect(castleView.dependents).toEqual([{ id: finale }]);
      expect(side).toBeDefined();
    });

    it('rejects a prerequisite cycle with BAD_USER_INPUT naming it, and writes nothing', async () => {
      const { campaignId } = await kit.table(who);
      const a = await chapter(campaignId, 'A');
      const b = await chapter(campaignId, 'B', [a]);
      const c = await chapter(campaignId, 'C', [b]);
      const body = await kit.gql(UPDATE_CHAPTER, { id: a, i: { title: 'A2', prerequisiteIds: [c] } }, who.gm);
      expect(codeOf(body)).toBe('BAD_USER_INPUT');
      expect(body.errors![0]!.message).toBe(
        'input.prerequisiteIds: that would make a cycle of prerequisites: "A" → "C" → "B" → "A".',
      );
      const self = await kit.gql(UPDATE_CHAPTER, { id: b, i: { prerequisiteIds: [b] } }, who.gm);
      expect(self.errors![0]!.message).toContain('"B" → "B"');
      const data = await kit.ok(CHAPTERS, { id: campaignId }, who.gm);
      expect(data.campaign.chapters.map((each: { title: string }) => each.title)).toEqual(['A', 'B', 'C']);
    });

    it('accepts prerequisites only from the same campaign', async () => {
      const first = await kit.table(who);
      const second = await kit.table(who);
      const foreign = await chapter(second.campaignId, 'Elsewhere');
      const body = await kit.gql(
        CREATE_CHAPTER,
        { c: first.campaignId, i: { title: 'X', prerequisiteIds: [foreign] } },
        who.gm,
      );
      expect(codeOf(body)).toBe('BAD_USER_INPUT');
      expect(body.errors![0]!.message).toBe(`input.prerequisiteIds: no chapter ${foreign} in this campaign.`);
    });

    it('refuses to delete a chapter others depend on, naming them', async () => {
      const { campaignId } = await kit.table(who);
      const intro = await chapter(campaignId, 'Intro');
      const dependent = await chapter(campaignId, 'Village', [intro]);
      await chapter(campaignId, 'Crypt', [intro]);
      const body = await kit.gql(DELETE_CHAPTER, { id: intro }, who.gm);
      expect(codeOf(body)).toBe('CONFLICT');
      expect(body.errors![0]!.message).toBe(
        'Chapter "Intro" cannot be deleted: "Village", "Crypt" depend on it. Remove it from their prerequisites first.',
      );
      expect((await kit.ok(DELETE_CHAPTER, { id: dependent }, who.coGm)).deleteChapter).toBe(dependent);
    });

    it('validates input (empty title, unknown id)', async () => {
      const { campaignId } = await kit.table(who);
      const empty = await kit.gql(CREATE_CHAPTER, { c: campaignId, i: { title: '  ' } }, who.gm);
      expect(empty.errors![0]!.message).toBe('input.title: must not be empty');
      expect(codeOf(await kit.gql(UPDATE_CHAPTER, { id: randomUUID(), i: { title: 'x' } }, who.gm))).toBe('NOT_FOUND');
    });
  });

  describe('plots and arcs', () => {
    it('nest subplots, link an arc and chapters in order, and refuse circular parents', async () => {
      const { campaignId } = await kit.table(who);
      const arc = await kit.ok(
        'mutation($c: ID!) { createStoryArc(campaignId: $c, input: { title: "Curse", kind: CAMPAIGN }) { id position } }',
        { c: campaignId },
        who.gm,
      );
      const one = await chapter(campaignId, 'One');
      const two = await chapter(campaignId, 'Two');
      const main = (
        await kit.ok(
          CREATE_PLOT,
          { c: campaignId, i: { title: 'Main', kind: 'MAIN', arcId: arc.createStoryArc.id, chapterIds: [two, one] } },
          who.gm,
        )
      ).createPlot;
      const sub = (
        await kit.ok(CREATE_PLOT, { c: campaignId, i: { title: 'Sub', kind: 'SIDE', parentPlotId: main.id } }, who.gm)
      ).createPlot;
      const subSub = (
        await kit.ok(
          CREATE_PLOT,
          { c: campaignId, i: { title: 'Deeper', kind: 'MYSTERY', parentPlotId: sub.id } },
          who.gm,
        )
      ).createPlot;
      expect(main.state).toBe('PLANNED');

      const circular = await kit.gql(UPDATE_PLOT, { id: main.id, i: { parentPlotId: subSub.id } }, who.gm);
      expect(codeOf(circular)).toBe('BAD_USER_INPUT');
      expect(circular.errors![0]!.message).toBe(
        'input.parentPlotId: that would make plots each other\'s subplots: "Main" → "Deeper" → "Sub" → "Main".',
      );

      const data = await kit.ok(
        'query($id: ID!) { campaign(id: $id) { storyArcs { id plots { id } } plots { id parent { id } subplots { id } arc { id } chapters { id } } } }',
        { id: campaignId },
        who.player,
      );
      expect(data.campaign.storyArcs).toEqual([{ id: arc.createStoryArc.id, plots: [{ id: main.id }] }]);
      expect(data.campaign.plots[0]).toEqual({
        id: main.id,
        parent: null,
        subplots: [{ id: sub.id }],
        arc: { id: arc.createStoryArc.id },
        chapters: [{ id: two }, { id: one }],
      });
      expect(data.campaign.plots[2]).toMatchObject({ id: subSub.id, parent: { id: sub.id } });
    });

    it('shows HIDDEN plots and their subplots to the game masters only: lists, arcs, parents and story snapshots', async () => {
      const { campaignId } = await kit.table(who);
      const arcId = (
        await kit.ok(
          'mutation($c: ID!) { createStoryArc(campaignId: $c, input: { title: "The Mirror", kind: CAMPAIGN }) { id } }',
          { c: campaignId },
          who.gm,
        )
      ).createStoryArc.id as string;
      const plot = async (title: string, kind: string, parentPlotId?: string) =>
        (await kit.ok(CREATE_PLOT, { c: campaignId, i: { title, kind, arcId, parentPlotId } }, who.gm)).createPlot
          .id as string;
      const rumours = await plot('Rumours in the village', 'MAIN');
      const scheme = await plot('The nemesis poses as an ally', 'HIDDEN', rumours);
      const step = await plot('Forge the mayor’s letters', 'SIDE', scheme);
      await kit.ok(
        'mutation($c: ID!) { commitCampaignStory(campaignId: $c, message: "Act one") { hash } }',
        {
          c: campaignId,
        },
        who.gm,
      );

      const PLOTS = `query($id: ID!) { campaign(id: $id) {
        plots { id subplots { id } } storyArcs { plots { id } }
        storyBranches { head { snapshot } }
      } }`;
      const asPlayer = (await kit.ok(PLOTS, { id: campaignId }, who.player)).campaign;
      expect(asPlayer.plots).toEqual([{ id: rumours, subplots: [] }]);
      expect(asPlayer.storyArcs).toEqual([{ plots: [{ id: rumours }] }]);
      expect(Object.keys(asPlayer.storyBranches[0].head.snapshot.plots)).toEqual([rumours]);
      for (const secret of [scheme, step]) expect(JSON.stringify(asPlayer)).not.toContain(secret);

      const asGm = (await kit.ok(PLOTS, { id: campaignId }, who.coGm)).campaign;
      expect(asGm.plots.map((each: { id: string }) => each.id)).toEqual([rumours, scheme, step]);
      expect(asGm.plots[0].subplots).toEqual([{ id: scheme }]);
      expect(Object.keys(asGm.storyBranches[0].head.snapshot.plots).sort()).toEqual([rumours, scheme, step].sort());

      // Revealed: the plot and what hangs under it come into view.
      await kit.ok(UPDATE_PLOT, { id: scheme, i: { kind: 'MYSTERY' } }, who.gm);
      const revealed = (await kit.ok(PLOTS, { id: campaignId }, who.viewer)).campaign;
      expect(revealed.plots.map((each: { id: string }) => each.id)).toEqual([rumours, scheme, step]);
    });

    it('moves plot states only along the allowed transitions', async () => {
      const { campaignId } = await kit.table(who);
      const plot = (await kit.ok(CREATE_PLOT, { c: campaignId, i: { title: 'Heist', kind: 'SIDE' } }, who.gm))
        .createPlot;
      const jump = await kit.gql(PLOT_STATE, { id: plot.id, s: 'RESOLVED' }, who.gm);
      expect(codeOf(jump)).toBe('BAD_USER_INPUT');
      expect(jump.errors![0]!.message).toBe(
        'state: a PLANNED plot cannot become RESOLVED; allowed: ACTIVE, ABANDONED.',
      );
      for (const state of ['ACTIVE', 'RESOLVED', 'ACTIVE', 'ABANDONED', 'PLANNED']) {
        expect((await kit.ok(PLOT_STATE, { id: plot.id, s: state }, who.coGm)).changePlotState.state).toBe(state);
      }
    });
  });

  describe('NPCs and their relationship graph', () => {
    it('validates stat block ranges', async () => {
      const { campaignId } = await kit.table(who);
      const statBlock = {
        armorClass: 15,
        hitPoints: 52,
        speed: 30,
        abilityScores: { str: 18, dex: 12, con: 16, int: 10, wis: 11, cha: 9 },
        challengeRating: 0.25,
        actions: [{ name: 'Greataxe', description: '1d12+4' }],
      };
      const created = await kit.ok(CREATE_NPC, { c: campaignId, i: { name: 'Ogre', statBlock } }, who.gm);
      expect(created.createNpc.statBlock).toEqual({
        armorClass: 15,
        abilityScores: { str: 18 },
        challengeRating: 0.25,
        actions: [{ name: 'Greataxe' }],
      });
      for (const [patch, message] of [
        [{ armorClass: 31 }, 'input.statBlock.armorClass: must be 1-30'],
        [{ abilityScores: { ...statBlock.abilityScores, cha: 0 } }, 'input.statBlock.abilityScores.cha: must be 1-30'],
        [
          { challengeRating: 0.3 },
          'input.statBlock.challengeRating: must be 0, 0.125, 0.25, 0.5 or a whole number 1-30',
        ],
      ] as const) {
        const body = await kit.gql(
          CREATE_NPC,
          { c: campaignId, i: { name: 'Bad', statBlock: { ...statBlock, ...patch } } },
          who.gm,
        );
        expect(codeOf(body)).toBe('BAD_USER_INPUT');
        expect(body.errors![0]!.message).toBe(message);
      }
    });

    it('shows hidden relationships to the game masters only', async () => {
      const { campaignId, partyCharacterId } = await kit.table(who);
      const strahd = (await kit.ok(CREATE_NPC, { c: campaignId, i: { name: 'Strahd' } }, who.gm)).createNpc.id;
      const ireena = (await kit.ok(CREATE_NPC, { c: campaignId, i: { name: 'Ireena' } }, who.gm)).createNpc.id;
      const open = (
        await kit.ok(
          CREATE_RELATIONSHIP,
          { c: campaignId, i: { npcId: strahd, targetCharacterId: partyCharacterId, kind: 'ENEMY' } },
          who.gm,
        )
      ).createNpcRelationship;
      const secret = (
        await kit.ok(
          CREATE_RELATIONSHIP,
          { c: campaignId, i: { npcId: strahd, targetNpcId: ireena, kind: 'FAMILY', hidden: true } },
          who.gm,
        )
      ).createNpcRelationship;
      expect(secret.hidden).toBe(true);

      for (const gameMaster of [who.gm, who.coGm]) {
        const data = await kit.ok(NPC_GRAPH, { id: campaignId }, gameMaster);
        expect(data.campaign.relationshipGraph.edges.map((edge: { id: string }) => edge.id)).toEqual([
          open.id,
          secret.id,
        ]);
        expect(data.campaign.npcs[1].relationships).toEqual([
          { id: secret.id, kind: 'FAMILY', hidden: true, targetNpc: { id: ireena }, targetCharacter: null },
        ]);
      }
      for (const member of [who.player, who.viewer]) {
        const data = await kit.ok(NPC_GRAPH, { id: campaignId }, member);
        expect(data.campaign.relationshipGraph.edges).toEqual([{ id: open.id, hidden: false, npc: { id: strahd } }]);
        expect(data.campaign.relationshipGraph.nodes).toEqual([
          { id: strahd, npc: { id: strahd }, character: null },
          { id: ireena, npc: { id: ireena }, character: null },
          { id: partyCharacterId, npc: null, character: { id: partyCharacterId } },
        ]);
        expect(data.campaign.npcs[0].relationships.map((edge: { id: string }) => edge.id)).toEqual([open.id]);
        expect(data.campaign.npcs[1].relationships).toEqual([]);
        expect(JSON.stringify(data)).not.toContain(secret.id);
      }
      expect(codeOf(await kit.gql(NPC_GRAPH, { id: campaignId }, who.stranger))).toBe('FORBIDDEN');
    });

    it('links only NPCs of the campaign and characters in its party', async () => {
      const { campaignId } = await kit.table(who);
      const npc = (await kit.ok(CREATE_NPC, { c: campaignId, i: { name: 'Ismark' } }, who.gm)).createNpc.id;
      const outsider = randomUUID();
      const body = await kit.gql(
        CREATE_RELATIONSHIP,
        { c: campaignId, i: { npcId: npc, targetCharacterId: outsider, kind: 'ALLY' } },
        who.gm,
      );
      expect(body.errors![0]!.message).toBe(
        `input.targetCharacterId: character ${outsider} is not in this campaign's party.`,
      );
      const both = await kit.gql(CREATE_RELATIONSHIP, { c: campaignId, i: { npcId: npc, kind: 'ALLY' } }, who.gm);
      expect(both.errors![0]!.message).toBe('input.targetNpcId: give exactly one of targetNpcId and targetCharacterId');
      const itself = await kit.gql(
        CREATE_RELATIONSHIP,
        { c: campaignId, i: { npcId: npc, targetNpcId: npc, kind: 'ALLY' } },
        who.gm,
      );
      expect(codeOf(itself)).toBe('BAD_USER_INPUT');
    });
  });

  describe('locations and factions', () => {
    it('keep a hierarchy with paths and children, and refuse a location inside itself', async () => {
      const { campaignId } = await kit.table(who);
      const barovia = (await kit.ok(CREATE_LOCATION, { c: campaignId, i: { name: 'Barovia' } }, who.gm)).createLocation
        .id;
      const village = (
        await kit.ok(CREATE_LOCATION, { c: campaignId, i: { name: 'Village', parentLocationId: barovia } }, who.gm)
      ).createLocation.id;
      const inn = (
        await kit.ok(
          CREATE_LOCATION,
          { c: campaignId, i: { name: 'Blood on the Vine', parentLocationId: village } },
          who.gm,
        )
      ).createLocation.id;
      const loop = await kit.gql(UPDATE_LOCATION, { id: barovia, i: { parentLocationId: inn } }, who.gm);
      expect(loop.errors![0]!.message).toBe(
        'input.parentLocationId: a location cannot lie inside itself: "Barovia" → "Blood on the Vine" → "Village" → "Barovia".',
      );
      const data = await kit.ok(
        'query($id: ID!) { campaign(id: $id) { locations { name path { name } children { name } } } }',
        { id: campaignId },
        who.viewer,
      );
      expect(data.campaign.locations).toEqual([
        { name: 'Barovia', path: [{ name: 'Barovia' }], children: [{ name: 'Village' }] },
        {
          name: 'Village',
          path: [{ name: 'Barovia' }, { name: 'Village' }],
          children: [{ name: 'Blood on the Vine' }],
        },
        {
          name: 'Blood on the Vine',
          path: [{ name: 'Barovia' }, { name: 'Village' }, { name: 'Blood on the Vine' }],
          children: [],
        },
      ]);
    });

    it('give factions a power of 0-10 and NPC members', async () => {
      const { campaignId } = await kit.table(who);
      const npc = (await kit.ok(CREATE_NPC, { c: campaignId, i: { name: 'Madam Eva' } }, who.gm)).createNpc.id;
      const tooStrong = await kit.gql(
        'mutation($c: ID!) { createFaction(campaignId: $c, input: { name: "Vistani", power: 11 }) { id } }',
        { c: campaignId },
        who.gm,
      );
      expect(tooStrong.errors![0]!.message).toBe('input.power: must be 0-10');
      const vistani = (
        await kit.ok(
          'mutation($c: ID!, $n: [ID!]) { createFaction(campaignId: $c, input: { name: "Vistani", power: 4, memberNpcIds: $n }) { id } }',
          { c: campaignId, n: [npc] },
          who.gm,
        )
      ).createFaction.id;
      const order = (
        await kit.ok(
          'mutation($c: ID!, $r: [FactionRelationshipInput!]) { createFaction(campaignId: $c, input: { name: "Order", relationships: $r }) { id } }',
          { c: campaignId, r: [{ factionId: vistani, stance: 'RIVAL' }] },
          who.gm,
        )
      ).createFaction.id;
      const towardsItself = await kit.gql(
        'mutation($id: ID!, $r: [FactionRelationshipInput!]) { updateFaction(id: $id, input: { relationships: $r }) { id } }',
        { id: order, r: [{ factionId: order, stance: 'ALLIED' }] },
        who.gm,
      );
      expect(towardsItself.errors![0]!.message).toBe('input.relationships: a faction has no stance towards itself.');
      const data = await kit.ok(
        'query($id: ID!) { campaign(id: $id) { factions { name power members { name factions { name } } relationships { stance faction { name } } } } }',
        { id: campaignId },
        who.player,
      );
      expect(data.campaign.factions).toEqual([
        {
          name: 'Vistani',
          power: 4,
          members: [{ name: 'Madam Eva', factions: [{ name: 'Vistani' }] }],
          relationships: [],
        },
        { name: 'Order', power: 5, members: [], relationships: [{ stance: 'RIVAL', faction: { name: 'Vistani' } }] },
      ]);
    });
  });

  describe('authorization', () => {
    it('lets only the game masters write: FORBIDDEN for players, viewers and strangers, on every mutation', async () => {
      const { campaignId, partyCharacterId } = await kit.table(who);
      const c = campaignId;
      const chapterId = await chapter(c, 'Intro');
      const npcId = (await kit.ok(CREATE_NPC, { c, i: { name: 'Strahd' } }, who.gm)).createNpc.id;
      const other = (await kit.ok(CREATE_NPC, { c, i: { name: 'Rahadin' } }, who.gm)).createNpc.id;
      const relationshipId = (
        await kit.ok(CREATE_RELATIONSHIP, { c, i: { npcId, targetNpcId: other, kind: 'ALLY' } }, who.gm)
      ).createNpcRelationship.id;
      const arcId = (
        await kit.ok(
          'mutation($c: ID!) { createStoryArc(campaignId: $c, input: { title: "A", kind: WORLD }) { id } }',
          { c },
          who.gm,
        )
      ).createStoryArc.id;
      const plotId = (await kit.ok(CREATE_PLOT, { c, i: { title: 'P', kind: 'MAIN' } }, who.gm)).createPlot.id;
      const locationId = (await kit.ok(CREATE_LOCATION, { c, i: { name: 'L' } }, who.gm)).createLocation.id;
      const factionId = (
        await kit.ok('mutation($c: ID!) { createFaction(campaignId: $c, input: { name: "F" }) { id } }', { c }, who.gm)
      ).createFaction.id;
      const commit = (
        await kit.ok(
          'mutation($c: ID!) { commitCampaignStory(campaignId: $c, message: "base") { hash } }',
          { c },
          who.gm,
        )
      ).commitCampaignStory.hash;

      const mutations: [string, string, Record<string, unknown>][] = [
        ['createChapter', CREATE_CHAPTER, { c, i: { title: 'X' } }],
        ['updateChapter', UPDATE_CHAPTER, { id: chapterId, i: { title: 'X' } }],
        ['deleteChapter', DELETE_CHAPTER, { id: chapterId }],
        [
          'createStoryArc',
          'mutation($c: ID!) { createStoryArc(campaignId: $c, input: { title: "X", kind: THEME }) { id } }',
          { c },
        ],
        [
          'updateStoryArc',
          'mutation($id: ID!) { updateStoryArc(id: $id, input: { title: "X" }) { id } }',
          { id: arcId },
        ],
        ['deleteStoryArc', 'mutation($id: ID!) { deleteStoryArc(id: $id) }', { id: arcId }],
        ['createPlot', CREATE_PLOT, { c, i: { title: 'X', kind: 'SIDE' } }],
        ['updatePlot', UPDATE_PLOT, { id: plotId, i: { title: 'X' } }],
        ['changePlotState', PLOT_STATE, { id: plotId, s: 'ACTIVE' }],
        ['deletePlot', 'mutation($id: ID!) { deletePlot(id: $id) }', { id: plotId }],
        ['createNpc', CREATE_NPC, { c, i: { name: 'X' } }],
        ['updateNpc', 'mutation($id: ID!) { updateNpc(id: $id, input: { name: "X" }) { id } }', { id: npcId }],
        ['deleteNpc', 'mutation($id: ID!) { deleteNpc(id: $id) }', { id: npcId }],
        [
          'createNpcRelationship',
          CREATE_RELATIONSHIP,
          { c, i: { npcId, targetCharacterId: partyCharacterId, kind: 'RIVAL' } },
        ],
        [
          'updateNpcRelationship',
          'mutation($id: ID!) { updateNpcRelationship(id: $id, input: { hidden: true }) { id } }',
          { id: relationshipId },
        ],
        ['deleteNpcRelationship', 'mutation($id: ID!) { deleteNpcRelationship(id: $id) }', { id: relationshipId }],
        ['createLocation', CREATE_LOCATION, { c, i: { name: 'X' } }],
        ['updateLocation', UPDATE_LOCATION, { id: locationId, i: { name: 'X' } }],
        ['deleteLocation', 'mutation($id: ID!) { deleteLocation(id: $id) }', { id: locationId }],
        ['createFaction', 'mutation($c: ID!) { createFaction(campaignId: $c, input: { name: "X" }) { id } }', { c }],
        [
          'updateFaction',
          'mutation($id: ID!) { updateFaction(id: $id, input: { power: 9 }) { id } }',
          { id: factionId },
        ],
        ['deleteFaction', 'mutation($id: ID!) { deleteFaction(id: $id) }', { id: factionId }],
        [
          'commitCampaignStory',
          'mutation($c: ID!) { commitCampaignStory(campaignId: $c, message: "x") { hash } }',
          { c },
        ],
        ['createStoryBranch', 'mutation($c: ID!) { createStoryBranch(campaignId: $c, name: "x") { name } }', { c }],
        [
          'restoreCampaignStory',
          'mutation($c: ID!, $h: String!) { restoreCampaignStory(campaignId: $c, commitHash: $h) { hash } }',
          { c, h: commit },
        ],
        [
          'mergeStoryBranch',
          'mutation($c: ID!) { mergeStoryBranch(campaignId: $c, from: "x", into: "main") { status } }',
          { c },
        ],
      ];
      for (const [name, query, variables] of mutations) {
        for (const identity of [who.player, who.viewer, who.stranger]) {
          const body = await kit.gql(query, variables, identity);
          expect({ name, code: codeOf(body) }).toEqual({ name, code: 'FORBIDDEN' });
        }
        expect({ name, code: codeOf(await kit.gql(query, variables, null)) }).toEqual({
          name,
          code: 'UNAUTHENTICATED',
        });
      }
      // Nothing changed: the story is still the committed one.
      const head = await kit.ok('query($c: ID!) { storyHistory(campaignId: $c) { hash } }', { c }, who.player);
      expect(head.storyHistory).toEqual([{ hash: commit }]);
      const again = await kit.gql(
        'mutation($c: ID!) { commitCampaignStory(campaignId: $c, message: "same") { hash } }',
        { c },
        who.gm,
      );
      expect(codeOf(again)).toBe('CONFLICT');
    });
  });

  describe('efficiency', () => {
    const STORY = `query($id: ID!) { campaign(id: $id) {
      chapters { id prerequisites { id } dependents { id } }
      storyArcs { id plots { id } }
      plots { id parent { id } subplots { id } arc { id } chapters { id } }
      npcs { id location { id path { id } } relationships { id npc { id } targetNpc { id } } factions { id } }
      relationshipGraph { nodes { id } edges { id } }
      locations { id parent { id } children { id } path { id } npcs { id } }
      factions { id members { id } relationships { stance faction { id } } }
    } }`;

    async function fill(campaignId: string, size: number) {
      const location = (await kit.ok(CREATE_LOCATION, { c: campaignId, i: { name: 'Root' } }, who.gm)).createLocation
        .id;
      const arc = (
        await kit.ok(
          'mutation($c: ID!) { createStoryArc(campaignId: $c, input: { title: "A", kind: WORLD }) { id } }',
          { c: campaignId },
          who.gm,
        )
      ).createStoryArc.id;
      let previousChapter: string | null = null;
      let previousNpc: string | null = null;
      let previousPlot: string | null = null;
      let previousLocation = location;
      let previousFaction: string | null = null;
      for (let index = 0; index < size; index += 1) {
        const chapterId: string = await chapter(campaignId, `C${index}`, previousChapter ? [previousChapter] : []);
        previousLocation = (
          await kit.ok(
            CREATE_LOCATION,
            { c: campaignId, i: { name: `L${index}`, parentLocationId: previousLocation } },
            who.gm,
          )
        ).createLocation.id;
        const npc: string = (
          await kit.ok(CREATE_NPC, { c: campaignId, i: { name: `N${index}`, locationId: previousLocation } }, who.gm)
        ).createNpc.id;
        if (previousNpc)
          await kit.ok(
            CREATE_RELATIONSHIP,
            { c: campaignId, i: { npcId: npc, targetNpcId: previousNpc, kind: 'ALLY', hidden: index % 2 === 0 } },
            who.gm,
          );
        previousPlot = (
          await kit.ok(
            CREATE_PLOT,
            {
              c: campaignId,
              i: { title: `P${index}`, kind: 'SIDE', arcId: arc, parentPlotId: previousPlot, chapterIds: [chapterId] },
            },
            who.gm,
          )
        ).createPlot.id;
        const relationships: { factionId: string; stance: string }[] = previousFaction
          ? [{ factionId: previousFaction, stance: 'HOSTILE' }]
          : [];
        previousFaction = (
          await kit.ok(
            'mutation($c: ID!, $n: [ID!], $r: [FactionRelationshipInput!]) { createFaction(campaignId: $c, input: { name: "F", memberNpcIds: $n, relationships: $r }) { id } }',
            { c: campaignId, n: [npc], r: relationships },
            who.gm,
          )
        ).createFaction.id;
        previousChapter = chapterId;
        previousNpc = npc;
      }
    }

    it('reads a whole story in the same number of SQL statements for 1 and for 12 of everything', async () => {
      const small = await kit.table(who);
      const large = await kit.table(who);
      await fill(small.campaignId, 1);
      await fill(large.campaignId, 12);
      const statementsFor = (campaignId: string) =>
        kit.statementsFor(async () => {
          const data = await kit.ok(STORY, { id: campaignId }, who.player);
          expect(data.campaign.chapters.length).toBeGreaterThan(0);
        });
      const one = await statementsFor(small.campaignId);
      expect(await statementsFor(large.campaignId)).toBe(one);
      // The campaign with the viewer's role (one statement), the role again for the story loaders, and
      // one per kind of story row (11).
      expect(one).toBe(13);
    });
  });
});

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { topologicalOrder } from '../../domain/story/dependency-graph.js';
import { Campaign } from '../campaign/campaign.type.js';
import { Chapter } from '../chapter/chapter.type.js';
import { Faction } from '../faction/faction.type.js';
import { CampaignLocation } from '../location/location.type.js';
import { CampaignNpc, CampaignNpcRelationship, StoryGraphNode, StoryRelationshipGraph } from '../npc/npc.type.js';
import { Plot, StoryArc } from '../plot/plot.type.js';
import { StoryBranch } from '../story-version/story-version.type.js';
import { isStoryReader, seesHiddenStory, story, visiblePlots } from './story-access.js';

/** The story fields of a campaign: members only (others get empty lists), hidden relationships and plots for game masters. */
@Resolver(() => Campaign)
export class CampaignStoryResolver {
  @FieldResolver(() => [Chapter], {
    description: 'Chapters in topological order: each after its prerequisites, ties by creation.',
  })
  async chapters(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<Chapter[]> {
    if (!(await isStoryReader(ctx, campaign.id))) return [];
    const [chapters, links] = await Promise.all([
      story(ctx).chapters.load(campaign.id),
      story(ctx).prerequisites.load(campaign.id),
    ]);
    const nodes = chapters.map((chapter) => ({
      chapter,
      id: chapter.id,
      dependsOn: links.filter((link) => link.chapterId === chapter.id).map((link) => link.prerequisiteId),
    }));
    return topologicalOrder(nodes).map((node) => node.chapter);
  }

  @FieldResolver(() => [StoryArc], { description: 'Story arcs by position.' })
  async storyArcs(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<StoryArc[]> {
    return (await isStoryReader(ctx, campaign.id)) ? story(ctx).arcs.load(campaign.id) : [];
  }

  @FieldResolver(() => [Plot], {
    description:
      'Every plot, subplots included, oldest first (top level: those without `parent`). HIDDEN plots and their subplots: game masters only.',
  })
  async plots(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<Plot[]> {
    return (await isStoryReader(ctx, campaign.id)) ? visiblePlots(ctx, campaign.id) : [];
  }

  @FieldResolver(() => [CampaignNpc], { description: 'NPCs, oldest first.' })
  async npcs(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<CampaignNpc[]> {
    return (await isStoryReader(ctx, campaign.id)) ? story(ctx).npcs.load(campaign.id) : [];
  }

  @FieldResolver(() => StoryRelationshipGraph, {
    description:
      'The NPC relationship graph: every NPC, the party characters an edge you may see reaches, and those edges (hidden ones for game masters only).',
  })
  async relationshipGraph(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<StoryRelationshipGraph> {
    if (!(await isStoryReader(ctx, campaign.id))) return { nodes: [], edges: [] };
    const [npcs, all, seesHidden] = await Promise.all([
      story(ctx).npcs.load(campaign.id),
      story(ctx).relationships.load(campaign.id),
      seesHiddenStory(ctx, campaign.id),
    ]);
    const edges: CampaignNpcRelationship[] = all.filter((relationship) => seesHidden || !relationship.hidden);
    const characterIds = [
      ...new Set(edges.flatMap((edge) => (edge.targetCharacterId ? [edge.targetCharacterId] : []))),
    ];
    const nodes: StoryGraphNode[] = [
      ...npcs.map((npc) => ({ id: npc.id, npc, character: null })),
      ...characterIds.map((id) => ({ id, npc: null, character: { id } })),
    ];
    return { nodes, edges };
  }

  @FieldResolver(() => [CampaignLocation], {
    description: 'Every location, oldest first (top level: those without `parent`).',
  })
  async locations(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<CampaignLocation[]> {
    return (await isStoryReader(ctx, campaign.id)) ? story(ctx).locations.load(campaign.id) : [];
  }

  @FieldResolver(() => [Faction], { description: 'Factions, oldest first.' })
  async factions(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<Faction[]> {
    return (await isStoryReader(ctx, campaign.id)) ? story(ctx).factions.load(campaign.id) : [];
  }

  @FieldResolver(() => [StoryBranch], { description: 'Branches of the story history, oldest first.' })
  async storyBranches(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<StoryBranch[]> {
    return (await isStoryReader(ctx, campaign.id)) ? story(ctx).branches.load(campaign.id) : [];
  }
}

import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import type { PlotState as PlotStateValue } from '../../db/tables/index.js';
import { changePlotState, createPlot, deletePlot, updatePlot } from '../../domain/story/plots.js';
import { Chapter } from '../chapter/chapter.type.js';
import { omitNulls } from '../story/omit-nulls.js';
import { story, visiblePlots } from '../story/story-access.js';
import { PlotState } from '../story/story-enums.js';
import { CreatePlotInput, UpdatePlotInput } from './plot.input.js';
import { Plot, StoryArc } from './plot.type.js';

@Resolver(() => Plot)
export class PlotResolver {
  @Mutation(() => Plot, { description: 'Game masters: adds a plot (PLANNED) to a campaign.' })
  async createPlot(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('input', () => CreatePlotInput) input: CreatePlotInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Plot> {
    return createPlot(
      ctx,
      requireIdentity(ctx.viewer),
      campaignId,
      omitNulls(input, ['description', 'parentPlotId', 'arcId']),
    );
  }

  @Mutation(() => Plot, {
    description: 'Game masters: changes a plot (a parent that would make subplots circular is BAD_USER_INPUT).',
  })
  async updatePlot(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePlotInput) input: UpdatePlotInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Plot> {
    return updatePlot(ctx, requireIdentity(ctx.viewer), id, omitNulls(input, ['description', 'parentPlotId', 'arcId']));
  }

  @Mutation(() => Plot, {
    description: 'Game masters: moves a plot to another state (see PlotState for the allowed moves).',
  })
  async changePlotState(
    @Arg('id', () => ID) id: string,
    @Arg('state', () => PlotState) state: PlotStateValue,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Plot> {
    return changePlotState(ctx, requireIdentity(ctx.viewer), id, state);
  }

  @Mutation(() => ID, {
    description: 'Game masters: deletes a plot (its subplots move to the top level); returns its id.',
  })
  async deletePlot(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<string> {
    return deletePlot(ctx, requireIdentity(ctx.viewer), id);
  }

  @FieldResolver(() => Plot, { nullable: true, description: 'The plot this is a subplot of.' })
  async parent(@Root() plot: Plot, @Ctx() ctx: CampaignsContext): Promise<Plot | null> {
    if (!plot.parentPlotId) return null;
    return (await visiblePlots(ctx, plot.campaignId)).find((each) => each.id === plot.parentPlotId) ?? null;
  }

  @FieldResolver(() => [Plot], { description: 'Its direct subplots, oldest first.' })
  async subplots(@Root() plot: Plot, @Ctx() ctx: CampaignsContext): Promise<Plot[]> {
    return (await visiblePlots(ctx, plot.campaignId)).filter((each) => each.parentPlotId === plot.id);
  }

  @FieldResolver(() => StoryArc, { nullable: true })
  async arc(@Root() plot: Plot, @Ctx() ctx: CampaignsContext): Promise<StoryArc | null> {
    if (!plot.arcId) return null;
    return (await story(ctx).arcs.load(plot.campaignId)).find((arc) => arc.id === plot.arcId) ?? null;
  }

  @FieldResolver(() => [Chapter], { description: 'The chapters it runs through, in order.' })
  async chapters(@Root() plot: Plot, @Ctx() ctx: CampaignsContext): Promise<Chapter[]> {
    const [links, chapters] = await Promise.all([
      story(ctx).plotChapters.load(plot.campaignId),
      story(ctx).chapters.load(plot.campaignId),
    ]);
    const byId = new Map(chapters.map((chapter) => [chapter.id, chapter]));
    return links.filter((link) => link.plotId === plot.id).flatMap((link) => byId.get(link.chapterId) ?? []);
  }
}

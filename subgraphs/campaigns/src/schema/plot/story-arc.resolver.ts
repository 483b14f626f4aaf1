import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { createStoryArc, deleteStoryArc, updateStoryArc } from '../../domain/story/plots.js';
import { omitNulls } from '../story/omit-nulls.js';
import { visiblePlots } from '../story/story-access.js';
import { CreateStoryArcInput, UpdateStoryArcInput } from './plot.input.js';
import { Plot, StoryArc } from './plot.type.js';

@Resolver(() => StoryArc)
export class StoryArcResolver {
  @Mutation(() => StoryArc, { description: 'Game masters: adds a story arc.' })
  async createStoryArc(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('input', () => CreateStoryArcInput) input: CreateStoryArcInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<StoryArc> {
    return createStoryArc(ctx, requireIdentity(ctx.viewer), campaignId, omitNulls(input, ['description', 'position']));
  }

  @Mutation(() => StoryArc, { description: 'Game masters: changes a story arc.' })
  async updateStoryArc(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateStoryArcInput) input: UpdateStoryArcInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<StoryArc> {
    return updateStoryArc(ctx, requireIdentity(ctx.viewer), id, omitNulls(input, ['description']));
  }

  @Mutation(() => ID, {
    description: 'Game masters: deletes a story arc (its plots stay, without an arc); returns its id.',
  })
  async deleteStoryArc(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<string> {
    return deleteStoryArc(ctx, requireIdentity(ctx.viewer), id);
  }

  @FieldResolver(() => [Plot], { description: 'The plots of this arc, oldest first.' })
  async plots(@Root() arc: StoryArc, @Ctx() ctx: CampaignsContext): Promise<Plot[]> {
    return (await visiblePlots(ctx, arc.campaignId)).filter((plot) => plot.arcId === arc.id);
  }
}

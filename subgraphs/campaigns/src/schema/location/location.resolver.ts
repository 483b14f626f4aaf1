import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { createLocation, deleteLocation, updateLocation } from '../../domain/story/world.js';
import { CampaignNpc } from '../npc/npc.type.js';
import { omitNulls } from '../story/omit-nulls.js';
import { story } from '../story/story-access.js';
import { CreateLocationInput, UpdateLocationInput } from './location.input.js';
import { CampaignLocation } from './location.type.js';

@Resolver(() => CampaignLocation)
export class LocationResolver {
  @Mutation(() => CampaignLocation, { description: 'Game masters: adds a location.' })
  async createLocation(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('input', () => CreateLocationInput) input: CreateLocationInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignLocation> {
    return createLocation(
      ctx,
      requireIdentity(ctx.viewer),
      campaignId,
      omitNulls(input, ['description', 'parentLocationId']),
    );
  }

  @Mutation(() => CampaignLocation, { description: 'Game masters: changes or moves a location.' })
  async updateLocation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateLocationInput) input: UpdateLocationInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignLocation> {
    return updateLocation(ctx, requireIdentity(ctx.viewer), id, omitNulls(input, ['description', 'parentLocationId']));
  }

  @Mutation(() => ID, {
    description: 'Game masters: deletes a location (the places inside move to the top level); returns its id.',
  })
  async deleteLocation(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<string> {
    return deleteLocation(ctx, requireIdentity(ctx.viewer), id);
  }

  @FieldResolver(() => CampaignLocation, { nullable: true, description: 'The location this one lies in.' })
  async parent(@Root() location: CampaignLocation, @Ctx() ctx: CampaignsContext): Promise<CampaignLocation | null> {
    if (!location.parentLocationId) return null;
    return (
      (await story(ctx).locations.load(location.campaignId)).find((each) => each.id === location.parentLocationId) ??
      null
    );
  }

  @FieldResolver(() => [CampaignLocation], { description: 'The locations directly inside this one.' })
  async children(@Root() location: CampaignLocation, @Ctx() ctx: CampaignsContext): Promise<CampaignLocation[]> {
    return (await story(ctx).locations.load(location.campaignId)).filter(
      (each) => each.parentLocationId === location.id,
    );
  }

  @FieldResolver(() => [CampaignLocation], { description: 'From the outermost location down to this one (inclusive).' })
  async path(@Root() location: CampaignLocation, @Ctx() ctx: CampaignsContext): Promise<CampaignLocation[]> {
    const byId = new Map((await story(ctx).locations.load(location.campaignId)).map((each) => [each.id, each]));
    const path: CampaignLocation[] = [location];
    // The seen-set guards against a loop, which the writes never allow.
    const seen = new Set([location.id]);
    for (
      let parent = byId.get(location.parentLocationId ?? '');
      parent && !seen.has(parent.id);
      parent = byId.get(parent.parentLocationId ?? '')
    ) {
      seen.add(parent.id);
      path.unshift(parent);
    }
    return path;
  }

  @FieldResolver(() => [CampaignNpc], { description: 'NPCs at this location.' })
  async npcs(@Root() location: CampaignLocation, @Ctx() ctx: CampaignsContext): Promise<CampaignNpc[]> {
    return (await story(ctx).npcs.load(location.campaignId)).filter((npc) => npc.locationId === location.id);
  }
}

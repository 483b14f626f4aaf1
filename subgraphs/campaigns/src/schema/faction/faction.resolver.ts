import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { createFaction, deleteFaction, updateFaction } from '../../domain/story/world.js';
import { CampaignNpc } from '../npc/npc.type.js';
import { omitNulls } from '../story/omit-nulls.js';
import { story } from '../story/story-access.js';
import { CreateFactionInput, UpdateFactionInput } from './faction.input.js';
import { Faction, FactionRelationship } from './faction.type.js';

@Resolver(() => Faction)
export class FactionResolver {
  @Mutation(() => Faction, { description: 'Game masters: adds a faction.' })
  async createFaction(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('input', () => CreateFactionInput) input: CreateFactionInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Faction> {
    return createFaction(ctx, requireIdentity(ctx.viewer), campaignId, omitNulls(input, ['goals']));
  }

  @Mutation(() => Faction, { description: 'Game masters: changes a faction or its members.' })
  async updateFaction(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateFactionInput) input: UpdateFactionInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Faction> {
    return updateFaction(ctx, requireIdentity(ctx.viewer), id, omitNulls(input, ['goals']));
  }

  @Mutation(() => ID, { description: 'Game masters: deletes a faction (its NPCs stay); returns its id.' })
  async deleteFaction(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<string> {
    return deleteFaction(ctx, requireIdentity(ctx.viewer), id);
  }

  @FieldResolver(() => [CampaignNpc], { description: 'Its NPC members.' })
  async members(@Root() faction: Faction, @Ctx() ctx: CampaignsContext): Promise<CampaignNpc[]> {
    const [links, npcs] = await Promise.all([
      story(ctx).factionMembers.load(faction.campaignId),
      story(ctx).npcs.load(faction.campaignId),
    ]);
    const wanted = new Set(links.filter((link) => link.factionId === faction.id).map((link) => link.npcId));
    return npcs.filter((npc) => wanted.has(npc.id));
  }

  @FieldResolver(() => [FactionRelationship], { description: 'Its stance towards other factions.' })
  async relationships(@Root() faction: Faction, @Ctx() ctx: CampaignsContext): Promise<FactionRelationship[]> {
    const [links, factions] = await Promise.all([
      story(ctx).factionRelationships.load(faction.campaignId),
      story(ctx).factions.load(faction.campaignId),
    ]);
    const byId = new Map(factions.map((each) => [each.id, each]));
    return links
      .filter((link) => link.factionId === faction.id)
      .flatMap((link) => {
        const other = byId.get(link.otherFactionId);
        return other ? [{ faction: other, stance: link.stance }] : [];
      });
  }
}

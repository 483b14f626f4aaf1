import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { createNpc, deleteNpc, updateNpc } from '../../domain/story/npcs.js';
import { Faction } from '../faction/faction.type.js';
import { CampaignLocation } from '../location/location.type.js';
import { omitNulls } from '../story/omit-nulls.js';
import { seesHiddenStory, story } from '../story/story-access.js';
import { CreateNpcInput, type NpcStatBlockInput, UpdateNpcInput } from './npc.input.js';
import { CampaignNpc, CampaignNpcRelationship } from './npc.type.js';

@Resolver(() => CampaignNpc)
export class NpcResolver {
  @Mutation(() => CampaignNpc, {
    description: 'Game masters: adds an NPC (the stat block is optional and range-checked).',
  })
  async createNpc(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('input', () => CreateNpcInput) input: CreateNpcInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignNpc> {
    const { statBlock, ...rest } = input;
    return createNpc(ctx, requireIdentity(ctx.viewer), campaignId, {
      ...omitNulls(rest, ['description', 'role', 'locationId']),
      statBlock: statBlockValue(statBlock),
    });
  }

  @Mutation(() => CampaignNpc, { description: 'Game masters: changes an NPC.' })
  async updateNpc(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateNpcInput) input: UpdateNpcInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignNpc> {
    const { statBlock, ...rest } = input;
    return updateNpc(ctx, requireIdentity(ctx.viewer), id, {
      ...omitNulls(rest, ['description', 'role', 'locationId']),
      statBlock: statBlockValue(statBlock),
    });
  }

  @Mutation(() => ID, {
    description: 'Game masters: deletes an NPC with its relationships and memberships; returns its id.',
  })
  async deleteNpc(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<string> {
    return deleteNpc(ctx, requireIdentity(ctx.viewer), id);
  }

  @FieldResolver(() => CampaignLocation, { nullable: true })
  async location(@Root() npc: CampaignNpc, @Ctx() ctx: CampaignsContext): Promise<CampaignLocation | null> {
    if (!npc.locationId) return null;
    return (await story(ctx).locations.load(npc.campaignId)).find((location) => location.id === npc.locationId) ?? null;
  }

  @FieldResolver(() => [CampaignNpcRelationship], {
    description: 'Relationships from and to this NPC; hidden ones only for game masters.',
  })
  async relationships(@Root() npc: CampaignNpc, @Ctx() ctx: CampaignsContext): Promise<CampaignNpcRelationship[]> {
    const [all, seesHidden] = await Promise.all([
      story(ctx).relationships.load(npc.campaignId),
      seesHiddenStory(ctx, npc.campaignId),
    ]);
    return all.filter(
      (relationship) =>
        (relationship.npcId === npc.id || relationship.targetNpcId === npc.id) && (seesHidden || !relationship.hidden),
    );
  }

  @FieldResolver(() => [Faction], { description: 'Factions this NPC belongs to.' })
  async factions(@Root() npc: CampaignNpc, @Ctx() ctx: CampaignsContext): Promise<Faction[]> {
    const [links, factions] = await Promise.all([
      story(ctx).factionMembers.load(npc.campaignId),
      story(ctx).factions.load(npc.campaignId),
    ]);
    const wanted = new Set(links.filter((link) => link.npcId === npc.id).map((link) => link.factionId));
    return factions.filter((faction) => wanted.has(faction.id));
  }
}

/** undefined keeps the stored stat block, null removes it; actions default to none. */
function statBlockValue(statBlock: NpcStatBlockInput | null | undefined) {
  if (!statBlock) return statBlock;
  return { ...statBlock, abilityScores: { ...statBlock.abilityScores }, actions: statBlock.actions ?? [] };
}

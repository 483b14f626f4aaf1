import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { createNpcRelationship, deleteNpcRelationship, updateNpcRelationship } from '../../domain/story/npcs.js';
import { Character } from '../character/character.type.js';
import { omitNulls } from '../story/omit-nulls.js';
import { story } from '../story/story-access.js';
import { CreateNpcRelationshipInput, UpdateNpcRelationshipInput } from './npc.input.js';
import { CampaignNpc, CampaignNpcRelationship } from './npc.type.js';

@Resolver(() => CampaignNpcRelationship)
export class NpcRelationshipResolver {
  @Mutation(() => CampaignNpcRelationship, {
    description: 'Game masters: links an NPC to another NPC or to a party character (hidden: game masters only).',
  })
  async createNpcRelationship(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('input', () => CreateNpcRelationshipInput) input: CreateNpcRelationshipInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignNpcRelationship> {
    return createNpcRelationship(ctx, requireIdentity(ctx.viewer), campaignId, omitNulls(input, ['description']));
  }

  @Mutation(() => CampaignNpcRelationship, {
    description: 'Game masters: changes a relationship (kind, description, hidden).',
  })
  async updateNpcRelationship(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateNpcRelationshipInput) input: UpdateNpcRelationshipInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignNpcRelationship> {
    return updateNpcRelationship(ctx, requireIdentity(ctx.viewer), id, omitNulls(input, ['description']));
  }

  @Mutation(() => ID, { description: 'Game masters: deletes a relationship; returns its id.' })
  async deleteNpcRelationship(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<string> {
    return deleteNpcRelationship(ctx, requireIdentity(ctx.viewer), id);
  }

  @FieldResolver(() => CampaignNpc, { description: 'The NPC the relationship goes from.' })
  async npc(@Root() relationship: CampaignNpcRelationship, @Ctx() ctx: CampaignsContext): Promise<CampaignNpc> {
    return (await story(ctx).npcs.load(relationship.campaignId)).find((npc) => npc.id === relationship.npcId)!;
  }

  @FieldResolver(() => CampaignNpc, { nullable: true, description: 'The NPC it goes to, if it goes to an NPC.' })
  async targetNpc(
    @Root() relationship: CampaignNpcRelationship,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignNpc | null> {
    if (!relationship.targetNpcId) return null;
    return (
      (await story(ctx).npcs.load(relationship.campaignId)).find((npc) => npc.id === relationship.targetNpcId) ?? null
    );
  }

  @FieldResolver(() => Character, {
    nullable: true,
    description: 'The party character it goes to, if it goes to a character.',
  })
  targetCharacter(@Root() relationship: CampaignNpcRelationship): Character | null {
    return relationship.targetCharacterId ? { id: relationship.targetCharacterId } : null;
  }
}

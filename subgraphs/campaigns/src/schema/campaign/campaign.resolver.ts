import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { createCampaign } from '../../domain/create-campaign.js';
import { addCampaignMember, removeCampaignMember } from '../../domain/manage-campaign-members.js';
import { addPartyMember, removePartyMember } from '../../domain/manage-party.js';
import { listMyCampaigns, viewCampaign } from '../../domain/view-campaign.js';
import { Character } from '../character/character.type.js';
import { CreateCampaignInput } from './campaign.input.js';
import { Campaign, campaignFromRow, CampaignMember } from './campaign.type.js';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => Campaign, { nullable: true, description: 'A campaign you are a member of.' })
  async campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await viewCampaign(ctx, viewer.userId, id));
  }

  @Query(() => [Campaign], { description: 'Campaigns you take part in, as game master or player, oldest first.' })
  async myCampaigns(@Ctx() ctx: CampaignsContext): Promise<Campaign[]> {
    const viewer = requireIdentity(ctx.viewer);
    return (await listMyCampaigns(ctx, viewer.userId)).map(campaignFromRow);
  }

  @Mutation(() => Campaign, { description: 'Creates a campaign with you as its game master.' })
  async createCampaign(
    @Arg('input', () => CreateCampaignInput) input: CreateCampaignInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await createCampaign(ctx, viewer.userId, input));
  }

  @Mutation(() => Campaign, { description: 'Game master only: adds a user to the campaign as a player.' })
  async addCampaignMember(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await addCampaignMember(ctx, viewer, campaignId, userId));
  }

  @Mutation(() => Campaign, {
    description: "Game master only: removes a player from the campaign (their characters leave the party).",
  })
  async removeCampaignMember(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await removeCampaignMember(ctx, viewer, campaignId, userId, ctx.requestId));
  }

  @Mutation(() => Campaign, {
    description: "Game master only: adds a character owned by the game master or a member to the party.",
  })
  async addPartyMember(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('characterId', () => ID) characterId: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await addPartyMember(ctx, viewer, campaignId, characterId, ctx.requestId));
  }

  @Mutation(() => Campaign, { description: "The game master or the character's owner takes a character out of the party." })
  async removePartyMember(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('characterId', () => ID) characterId: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await removePartyMember(ctx, viewer, campaignId, characterId, ctx.requestId));
  }

  @FieldResolver(() => [Character], { description: 'The characters playing in this campaign, in joining order.' })
  async party(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<Character[]> {
    const characterIds = await ctx.loaders.partyByCampaignId.load(campaign.id);
    return characterIds.map((id) => ({ id }));
  }

  @FieldResolver(() => [CampaignMember], { description: 'The game master first, then players in joining order.' })
  async members(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<CampaignMember[]> {
    const members = await ctx.loaders.membersByCampaignId.load(campaign.id);
    return members.map((member) => ({ user: { id: member.userId }, role: member.role }));
  }
}

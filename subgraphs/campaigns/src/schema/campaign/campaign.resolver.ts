import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { changeCampaignStatus } from '../../domain/change-campaign-status.js';
import { createCampaign } from '../../domain/create-campaign.js';
import { deleteCampaign } from '../../domain/delete-campaign.js';
import {
  addCampaignMember,
  removeCampaignMember,
  setCampaignMemberRole,
} from '../../domain/manage-campaign-members.js';
import { addPartyMember, joinPartyWithCharacter, removePartyMember } from '../../domain/manage-party.js';
import { updateCampaign } from '../../domain/update-campaign.js';
import { listMyCampaigns, viewCampaign } from '../../domain/view-campaign.js';
import { Character } from '../character/character.type.js';
import type {
  CampaignRole as CampaignRoleValue,
  CampaignStatus as CampaignStatusValue,
} from '../../db/tables/index.js';
import { CreateCampaignInput, UpdateCampaignInput } from './campaign.input.js';
import { Campaign, campaignFromRow, CampaignMember, CampaignRole, CampaignStatus } from './campaign.type.js';

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

  @Mutation(() => Campaign, {
    description: 'Game master or co-game master: renames a campaign or changes its description.',
  })
  async updateCampaign(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await updateCampaign(ctx, viewer, id, input));
  }

  @Mutation(() => ID, {
    description: 'Game master only: deletes a DRAFT or ARCHIVED campaign with its members and party; returns its id.',
  })
  async deleteCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<string> {
    const viewer = requireIdentity(ctx.viewer);
    return deleteCampaign(ctx, viewer, id);
  }

  @Mutation(() => Campaign, {
    description:
      'Moves a campaign along DRAFT → ACTIVE ⇄ PAUSED → COMPLETED → ARCHIVED. The game master and co-game masters start, pause and resume; only the game master completes and archives.',
  })
  async changeCampaignStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => CampaignStatus) status: CampaignStatusValue,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await changeCampaignStatus(ctx, viewer, id, status));
  }

  @Mutation(() => Campaign, {
    description:
      'Game master or co-game master: adds a user to the campaign as a player directly (see also inviteToCampaign).',
  })
  async addCampaignMember(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await addCampaignMember(ctx, viewer, campaignId, userId));
  }

  @Mutation(() => Campaign, {
    description:
      'Game master or co-game master: removes a member (their characters leave the party). Nobody removes the game master; only the game master removes co-game masters.',
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
    description:
      "Game master only: changes a member's role to CO_GAME_MASTER, PLAYER or VIEWER (a new viewer's characters leave the party).",
  })
  async setCampaignMemberRole(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => CampaignRole) role: CampaignRoleValue,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await setCampaignMemberRole(ctx, viewer, campaignId, userId, role, ctx.requestId));
  }

  @Mutation(() => Campaign, {
    description:
      'Game master or co-game master: adds to the party a character owned by the game master, a co-game master or a player (not a viewer).',
  })
  async addPartyMember(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('characterId', () => ID) characterId: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await addPartyMember(ctx, viewer, campaignId, characterId, ctx.requestId));
  }

  @Mutation(() => Campaign, {
    description:
      'Players only: brings a character you own into the party (one per player; the game master may add more).',
  })
  async joinPartyWithCharacter(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('characterId', () => ID) characterId: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await joinPartyWithCharacter(ctx, viewer, campaignId, characterId, ctx.requestId));
  }

  @Mutation(() => Campaign, {
    description: "A game master or the character's owner takes a character out of the party.",
  })
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

  @FieldResolver(() => [CampaignMember], {
    description: 'The game master first, then co-game masters, players and viewers, each in joining order.',
  })
  async members(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<CampaignMember[]> {
    const members = await ctx.loaders.membersByCampaignId.load(campaign.id);
    return members.map((member) => ({ user: { id: member.userId }, role: member.role }));
  }
}

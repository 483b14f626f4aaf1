import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import type { CampaignRole as CampaignRoleValue } from '../../db/tables/index.js';
import {
  acceptCampaignInvitation,
  declineCampaignInvitation,
  inviteToCampaign,
  listMyInvitations,
  revokeCampaignInvitation,
} from '../../domain/manage-campaign-invitations.js';
import { Campaign, campaignFromRow, CampaignRole } from '../campaign/campaign.type.js';
import { CampaignInvitation, campaignInvitationFromView } from './campaign-invitation.type.js';

@Resolver(() => CampaignInvitation)
export class CampaignInvitationResolver {
  @Query(() => [CampaignInvitation], { description: 'Your open (PENDING) campaign invitations, oldest first.' })
  async myCampaignInvitations(@Ctx() ctx: CampaignsContext): Promise<CampaignInvitation[]> {
    const viewer = requireIdentity(ctx.viewer);
    return (await listMyInvitations(ctx, viewer.userId)).map(campaignInvitationFromView);
  }

  @Mutation(() => CampaignInvitation, {
    description:
      'Game master or co-game master: invites a user as PLAYER, VIEWER or CO_GAME_MASTER (co-game masters cannot invite co-game masters).',
  })
  async inviteToCampaign(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => CampaignRole) role: CampaignRoleValue,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignInvitation> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignInvitationFromView(await inviteToCampaign(ctx, viewer, campaignId, userId, role));
  }

  @Mutation(() => Campaign, { description: 'The invitee only: joins the campaign with the invited role.' })
  async acceptCampaignInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<Campaign> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignFromRow(await acceptCampaignInvitation(ctx, viewer, id));
  }

  @Mutation(() => CampaignInvitation, { description: 'The invitee only: turns the invitation down.' })
  async declineCampaignInvitation(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignInvitation> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignInvitationFromView(await declineCampaignInvitation(ctx, viewer, id));
  }

  @Mutation(() => CampaignInvitation, { description: 'The inviter or the game master: withdraws an open invitation.' })
  async revokeCampaignInvitation(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignInvitation> {
    const viewer = requireIdentity(ctx.viewer);
    return campaignInvitationFromView(await revokeCampaignInvitation(ctx, viewer, id));
  }
}

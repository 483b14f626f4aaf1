import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import type { InvitationStatus as InvitationStatusValue } from '../../db/tables/index.js';
import { listCampaignInvitations } from '../../domain/list-campaign-invitations.js';
import { Campaign } from '../campaign/campaign.type.js';
import {
  CampaignInvitation,
  campaignInvitationFromView,
  CampaignInvitationStatus,
} from './campaign-invitation.type.js';

/** `Campaign.invitations`: the game masters follow who was asked to join. */
@Resolver(() => Campaign)
export class CampaignInvitationsFieldResolver {
  @FieldResolver(() => [CampaignInvitation], {
    description:
      'Game master or co-game master: invitations to this campaign with the given status (PENDING by default; null for all), oldest first.',
  })
  async invitations(
    @Root() campaign: Campaign,
    @Arg('status', () => CampaignInvitationStatus, { nullable: true, defaultValue: 'PENDING' })
    status: InvitationStatusValue | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignInvitation[]> {
    const viewer = requireIdentity(ctx.viewer);
    const rows = await listCampaignInvitations(
      {
        loadMembers: (id) => ctx.loaders.membersByCampaignId.load(id),
        loadInvitations: (campaignId, wanted) => ctx.loaders.invitationsByCampaign.load({ campaignId, status: wanted }),
      },
      viewer.userId,
      { id: campaign.id, gameMasterId: campaign.gameMaster.id },
      status,
    );
    return rows.map((invitation) => campaignInvitationFromView({ invitation, campaignName: campaign.name }));
  }
}

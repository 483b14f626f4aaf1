import { enumOf } from '@grimoire/graphql-types';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import {
  type CampaignRole as CampaignRoleValue,
  invitationStatus,
  type InvitationStatus as InvitationStatusValue,
} from '../../db/tables/index.js';
import type { InvitationView } from '../../domain/manage-campaign-invitations.js';
import { CampaignRole } from '../campaign/campaign.type.js';
import { UserReference } from '../user/user.type.js';

export const CampaignInvitationStatus = enumOf(invitationStatus.enumValues);

registerEnumType(CampaignInvitationStatus, {
  name: 'CampaignInvitationStatus',
  description: 'Where an invitation stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the invitee.' },
    ACCEPTED: { description: 'The invitee joined the campaign.' },
    DECLINED: { description: 'The invitee said no.' },
    REVOKED: { description: 'Withdrawn by the inviter or the game master.' },
  },
});

@ObjectType('CampaignInvitation', {
  description: 'An invitation to join a campaign with a role; only the invitee accepts or declines it.',
})
export class CampaignInvitation {
  @Field(() => ID, { description: 'Stable id (a UUID).' })
  id!: string;

  @Field(() => ID, { description: 'The campaign (readable through `campaign` once you are a member).' })
  campaignId!: string;

  @Field(() => String, { description: "The campaign's name, so the invitee knows what they are asked to join." })
  campaignName!: string;

  @Field(() => CampaignRole, { description: 'The role the invitee gets by accepting.' })
  role!: CampaignRoleValue;

  @Field(() => CampaignInvitationStatus)
  status!: InvitationStatusValue;

  @Field(() => UserReference, { description: 'The invited user.' })
  invitee!: UserReference;

  @Field(() => UserReference, { description: 'The game master or co-game master who invited.' })
  invitedBy!: UserReference;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined or revoked.' })
  answeredAt!: Date | null;
}

export function campaignInvitationFromView({ invitation, campaignName }: InvitationView): CampaignInvitation {
  return {
    id: invitation.id,
    campaignId: invitation.campaignId,
    campaignName,
    role: invitation.role,
    status: invitation.status,
    invitee: { id: invitation.inviteeId },
    invitedBy: { id: invitation.invitedBy },
    createdAt: invitation.createdAt,
    answeredAt: invitation.answeredAt,
  };
}

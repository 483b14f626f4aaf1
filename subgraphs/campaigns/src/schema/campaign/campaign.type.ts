import { enumOf } from '@grimoire/graphql-types';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import {
  campaignRole,
  type CampaignRole as CampaignRoleValue,
  type CampaignRow,
  campaignStatus,
  type CampaignStatus as CampaignStatusValue,
  type CampaignTheme as CampaignThemeValue,
  campaignType,
  type CampaignType as CampaignTypeValue,
} from '../../db/tables/index.js';
import { Theme } from '../theme/theme-enum.js';
import { UserReference } from '../user/user.type.js';

export const CampaignRole = enumOf(campaignRole.enumValues);

registerEnumType(CampaignRole, {
  name: 'CampaignRole',
  description: "A member's part in a campaign.",
  valuesConfig: {
    GAME_MASTER: { description: 'Runs the campaign; its creator.' },
    CO_GAME_MASTER: {
      description:
        'Helps run the campaign: manages members and the party, but cannot remove the game master or change co-game masters.',
    },
    PLAYER: { description: 'Plays in the campaign and brings a character of their own into the party.' },
    VIEWER: { description: 'Follows the campaign: sees it, brings no character and changes nothing.' },
  },
});

export const CampaignType = enumOf(campaignType.enumValues);

registerEnumType(CampaignType, {
  name: 'CampaignType',
  description: 'The kind of campaign, fixed at creation.',
  valuesConfig: {
    TRADITIONAL: { description: 'A classic campaign run by the game master.' },
    ANTITHETICON: { description: 'A campaign against a nemesis built to mirror the party.' },
  },
});

export const CampaignStatus = enumOf(campaignStatus.enumValues);

registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  description:
    'Where a campaign is in its life: DRAFT → ACTIVE ⇄ PAUSED → COMPLETED → ARCHIVED (see changeCampaignStatus).',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; new campaigns start here. Deletable.' },
    ACTIVE: { description: 'In play.' },
    PAUSED: { description: 'On hold; can be resumed.' },
    COMPLETED: { description: 'Finished.' },
    ARCHIVED: { description: 'Put away after completion. Deletable.' },
  },
});

@ObjectType('CampaignMember', { description: 'A user taking part in a campaign, with their role.' })
export class CampaignMember {
  @Field(() => UserReference)
  user!: UserReference;

  @Field(() => CampaignRole)
  role!: CampaignRoleValue;
}

@Directive('@key(fields: "id")')
@ObjectType('Campaign', { description: 'A campaign: a game master, its members and the party of characters.' })
export class Campaign {
  @Field(() => ID, { description: 'Stable id (a UUID).' })
  id!: string;

  @Field(() => String, { description: 'Display name, 1-100 characters.' })
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => CampaignType, { description: 'TRADITIONAL or ANTITHETICON, fixed at creation.' })
  type!: CampaignTypeValue;

  @Field(() => CampaignStatus, { description: 'Where the campaign is in its life (changeCampaignStatus).' })
  status!: CampaignStatusValue;

  @Field(() => Theme, { description: 'The genre it is told in; changes only through transitionCampaignTheme.' })
  theme!: CampaignThemeValue;

  @Field(() => UserReference, { description: 'The user running the campaign (its creator).' })
  gameMaster!: UserReference;

  @Field(() => Date, { description: 'When the campaign was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the campaign, its members, its party or its allowed homebrew last changed.' })
  updatedAt!: Date;
}

export function campaignFromRow(row: CampaignRow): Campaign {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    type: row.type,
    status: row.status,
    theme: row.theme,
    gameMaster: { id: row.gameMasterId },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

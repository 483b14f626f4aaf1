import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import type { CampaignRole as CampaignRoleValue, CampaignRow } from '../../db/tables/index.js';
import { UserReference } from '../user/user.type.js';

export const CampaignRole = {
  GAME_MASTER: 'GAME_MASTER',
  PLAYER: 'PLAYER',
} as const satisfies Record<CampaignRoleValue, CampaignRoleValue>;

registerEnumType(CampaignRole, {
  name: 'CampaignRole',
  description: "A member's part in a campaign.",
  valuesConfig: {
    GAME_MASTER: { description: 'Runs the campaign; its creator.' },
    PLAYER: { description: 'Plays in the campaign; added by the game master.' },
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
    gameMaster: { id: row.gameMasterId },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

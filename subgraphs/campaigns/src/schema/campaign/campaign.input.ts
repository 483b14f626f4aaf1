import { Field, InputType } from 'type-graphql';

import type { CampaignTheme as CampaignThemeValue, CampaignType as CampaignTypeValue } from '../../db/tables/index.js';
import { Theme } from '../theme/theme-enum.js';
import { CampaignType } from './campaign.type.js';

@InputType('CreateCampaignInput', { description: 'A new campaign; the creator becomes its game master.' })
export class CreateCampaignInput {
  @Field(() => String, { description: 'Display name, 1-100 characters (trimmed).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free text for the players, up to 5000 characters.' })
  description?: string | null;

  @Field(() => CampaignType, { nullable: true, description: 'Fixed at creation; TRADITIONAL when omitted.' })
  type?: CampaignTypeValue | null;

  @Field(() => Theme, { nullable: true, description: 'The genre it starts in; HIGH_FANTASY when omitted.' })
  theme?: CampaignThemeValue | null;
}

@InputType('UpdateCampaignInput', { description: 'Changes to a campaign; omitted fields stay as they are.' })
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true, description: 'New display name, 1-100 characters (trimmed).' })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New description, up to 5000 characters; null or blank clears it.',
  })
  description?: string | null;
}

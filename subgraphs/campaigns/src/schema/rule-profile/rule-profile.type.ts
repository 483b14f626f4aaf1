import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import type { CampaignRuleProfileRow } from '../../db/tables/campaign-rule-profiles.js';
import { UserReference } from '../user/user.type.js';

@ObjectType('CampaignLevelRange', { description: 'The character levels a campaign allows, both ends included.' })
export class CampaignLevelRange {
  @Field(() => Int)
  min!: number;

  @Field(() => Int)
  max!: number;
}

@ObjectType('CampaignRuleProfile', {
  description:
    "The limits a campaign sets on top of the rules. `Character.validation` reports a party member's breaches as `campaign.*` issues naming the campaign. A null list means no limit.",
})
export class CampaignRuleProfile {
  @Field(() => Boolean, { description: 'Whether SRD content may be used.' })
  allowSrd!: boolean;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Homebrew ids (hb-…) characters may use: null means every homebrew the campaign allows (`Campaign.allowedHomebrew`); a list means only those of them.',
  })
  allowedHomebrew!: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Class ids characters may take; null allows every class.' })
  allowedClasses!: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Species ids characters may be; null allows every species.' })
  allowedSpecies!: string[] | null;

  @Field(() => Int, { nullable: true, description: 'The level new characters start at (a lower level is a warning).' })
  startingLevel!: number | null;

  @Field(() => CampaignLevelRange, { nullable: true, description: 'The character levels allowed in the party.' })
  levelRange!: CampaignLevelRange | null;

  @Field(() => [ID], { description: 'Item ids (SRD or homebrew) no character may carry.' })
  bannedItems!: string[];

  @Field(() => UserReference, { description: 'The game master who last set the profile.' })
  updatedBy!: UserReference;

  @Field(() => Date)
  updatedAt!: Date;
}

@InputType('CampaignLevelRangeInput')
export class CampaignLevelRangeInput {
  @Field(() => Int, { description: '1-20, at most `max`.' })
  min!: number;

  @Field(() => Int, { description: '1-20.' })
  max!: number;
}

@InputType('CampaignRuleProfileInput', {
  description: 'A whole rule profile: it replaces the stored one. Omitted or null fields set no limit.',
})
export class CampaignRuleProfileInput {
  @Field(() => Boolean, { nullable: true, description: 'Whether SRD content may be used; true when omitted.' })
  allowSrd?: boolean | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only these of the homebrew the campaign allows (allowHomebrewInCampaign first); null for all of it.',
  })
  allowedHomebrew?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'SRD class ids or allowed homebrew classes; at least one.' })
  allowedClasses?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'SRD species ids or allowed homebrew species; at least one.' })
  allowedSpecies?: string[] | null;

  @Field(() => Int, { nullable: true, description: '1-20, inside `levelRange` when both are given.' })
  startingLevel?: number | null;

  @Field(() => CampaignLevelRangeInput, { nullable: true })
  levelRange?: CampaignLevelRangeInput | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'SRD equipment or magic item ids, or homebrew items of the campaign.',
  })
  bannedItems?: string[] | null;
}

export function ruleProfileFromRow(row: CampaignRuleProfileRow): CampaignRuleProfile {
  return {
    allowSrd: row.allowSrd,
    allowedHomebrew: row.allowedHomebrew,
    allowedClasses: row.allowedClasses,
    allowedSpecies: row.allowedSpecies,
    startingLevel: row.startingLevel,
    levelRange: row.minLevel !== null && row.maxLevel !== null ? { min: row.minLevel, max: row.maxLevel } : null,
    bannedItems: row.bannedItems,
    updatedBy: { id: row.updatedBy },
    updatedAt: row.updatedAt,
  };
}

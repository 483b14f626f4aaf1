import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('CampaignLocation', { description: 'A place in a campaign, inside at most one other place.' })
export class CampaignLocation {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  parentLocationId!: string | null;
  campaignId!: string;
}

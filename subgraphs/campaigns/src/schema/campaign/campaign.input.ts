import { Field, InputType } from 'type-graphql';

@InputType('CreateCampaignInput', { description: 'A new campaign; the creator becomes its game master.' })
export class CreateCampaignInput {
  @Field(() => String, { description: 'Display name, 1-100 characters (trimmed).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free text for the players, up to 5000 characters.' })
  description?: string | null;
}

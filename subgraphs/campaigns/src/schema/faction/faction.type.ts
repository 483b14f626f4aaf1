import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Faction', { description: 'A faction of a campaign, with NPC members.' })
export class Faction {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  goals!: string | null;

  @Field(() => Int, { description: 'How much it can do, 0-10.' })
  power!: number;

  campaignId!: string;
}

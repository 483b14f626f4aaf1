import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { FactionStance as FactionStanceValue } from '../../db/tables/index.js';
import { FactionStance } from '../story/story-enums.js';

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

@ObjectType('FactionRelationship', { description: 'How a faction stands towards another (directed).' })
export class FactionRelationship {
  @Field(() => Faction, { description: 'The other faction.' })
  faction!: Faction;

  @Field(() => FactionStance)
  stance!: FactionStanceValue;
}

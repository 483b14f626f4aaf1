import { Field, ID, InputType, Int } from 'type-graphql';

import type { FactionStance as FactionStanceValue } from '../../db/tables/index.js';
import { FactionStance } from '../story/story-enums.js';

@InputType('FactionRelationshipInput')
export class FactionRelationshipInput {
  @Field(() => ID, { description: 'Another faction of the same campaign.' })
  factionId!: string;

  @Field(() => FactionStance)
  stance!: FactionStanceValue;
}

@InputType('CreateFactionInput')
export class CreateFactionInput {
  @Field(() => String, { description: '1-200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true })
  goals?: string | null;

  @Field(() => Int, { nullable: true, description: '0-10; 5 when omitted.' })
  power?: number | null;

  @Field(() => [ID], { nullable: true, description: 'NPCs of the campaign that belong to it.' })
  memberNpcIds?: string[] | null;

  @Field(() => [FactionRelationshipInput], { nullable: true, description: 'Its stance towards other factions.' })
  relationships?: FactionRelationshipInput[] | null;
}

@InputType('UpdateFactionInput', { description: 'Omitted fields stay as they are.' })
export class UpdateFactionInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  goals?: string | null;

  @Field(() => Int, { nullable: true })
  power?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the members.' })
  memberNpcIds?: string[] | null;

  @Field(() => [FactionRelationshipInput], {
    nullable: true,
    description: 'Replaces its stances towards other factions.',
  })
  relationships?: FactionRelationshipInput[] | null;
}

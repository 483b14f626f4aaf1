import { Field, Float, ID, InputType, Int } from 'type-graphql';

import type { NpcRelationshipKind as NpcRelationshipKindValue } from '../../db/tables/index.js';
import { NpcRelationshipKind } from '../story/story-enums.js';

@InputType('NpcAbilityScoresInput')
export class NpcAbilityScoresInput {
  @Field(() => Int) str!: number;
  @Field(() => Int) dex!: number;
  @Field(() => Int) con!: number;
  @Field(() => Int) int!: number;
  @Field(() => Int) wis!: number;
  @Field(() => Int) cha!: number;
}

@InputType('NpcActionInput')
export class NpcActionInput {
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
}

@InputType('NpcStatBlockInput', {
  description: 'Ranges: AC 1-30, HP 1-9999, speed 0-300 ft, scores 1-30, CR 0/0.125/0.25/0.5/1-30.',
})
export class NpcStatBlockInput {
  @Field(() => Int) armorClass!: number;
  @Field(() => Int) hitPoints!: number;
  @Field(() => Int) speed!: number;
  @Field(() => NpcAbilityScoresInput) abilityScores!: NpcAbilityScoresInput;
  @Field(() => Float) challengeRating!: number;
  @Field(() => [NpcActionInput], { nullable: true, description: 'Up to 30.' }) actions?: NpcActionInput[] | null;
}

@InputType('CreateNpcInput')
export class CreateNpcInput {
  @Field(() => String, { description: '1-200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  role?: string | null;

  @Field(() => [String], { nullable: true, description: 'Up to 20, each up to 500 characters.' })
  motivations?: string[] | null;

  @Field(() => NpcStatBlockInput, { nullable: true })
  statBlock?: NpcStatBlockInput | null;

  @Field(() => ID, { nullable: true, description: 'Where the NPC is (a location of the same campaign).' })
  locationId?: string | null;
}

@InputType('UpdateNpcInput', {
  description: 'Omitted fields stay; null clears description, role, statBlock or locationId.',
})
export class UpdateNpcInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  role?: string | null;

  @Field(() => [String], { nullable: true })
  motivations?: string[] | null;

  @Field(() => NpcStatBlockInput, { nullable: true })
  statBlock?: NpcStatBlockInput | null;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;
}

@InputType('CreateNpcRelationshipInput', {
  description: 'From an NPC to exactly one of: another NPC, a party character.',
})
export class CreateNpcRelationshipInput {
  @Field(() => ID)
  npcId!: string;

  @Field(() => ID, { nullable: true })
  targetNpcId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A character in the campaign’s party.' })
  targetCharacterId?: string | null;

  @Field(() => NpcRelationshipKind)
  kind!: NpcRelationshipKindValue;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Seen by game masters only; false when omitted.' })
  hidden?: boolean | null;
}

@InputType('UpdateNpcRelationshipInput', { description: 'Omitted fields stay as they are.' })
export class UpdateNpcRelationshipInput {
  @Field(() => NpcRelationshipKind, { nullable: true })
  kind?: NpcRelationshipKindValue | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  hidden?: boolean | null;
}

import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

import type { NpcRelationshipKind as NpcRelationshipKindValue } from '../../db/tables/index.js';
import { Character } from '../character/character.type.js';
import { NpcRelationshipKind } from '../story/story-enums.js';

@ObjectType('NpcAbilityScores', { description: 'An NPC’s six ability scores (1-30).' })
export class NpcAbilityScores {
  @Field(() => Int) str!: number;
  @Field(() => Int) dex!: number;
  @Field(() => Int) con!: number;
  @Field(() => Int) int!: number;
  @Field(() => Int) wis!: number;
  @Field(() => Int) cha!: number;
}

@ObjectType('NpcAction', { description: 'Something an NPC can do in combat.' })
export class NpcAction {
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
}

@ObjectType('NpcStatBlock', { description: 'The game numbers of an NPC.' })
export class NpcStatBlock {
  @Field(() => Int, { description: '1-30.' }) armorClass!: number;
  @Field(() => Int, { description: '1-9999.' }) hitPoints!: number;
  @Field(() => Int, { description: 'Walking speed in feet, 0-300.' }) speed!: number;
  @Field(() => NpcAbilityScores) abilityScores!: NpcAbilityScores;
  @Field(() => Float, { description: '0, 0.125, 0.25, 0.5 or 1-30.' }) challengeRating!: number;
  @Field(() => [NpcAction]) actions!: NpcAction[];
}

@ObjectType('CampaignNpc', { description: 'A non-player character of a campaign.' })
export class CampaignNpc {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Its part in the story, e.g. "innkeeper".' })
  role!: string | null;

  @Field(() => [String])
  motivations!: string[];

  @Field(() => NpcStatBlock, { nullable: true })
  statBlock!: NpcStatBlock | null;

  locationId!: string | null;
  campaignId!: string;
}

@ObjectType('CampaignNpcRelationship', {
  description:
    'An edge of the NPC graph: from an NPC to another NPC or to a party character. Hidden ones are shown to game masters only.',
})
export class CampaignNpcRelationship {
  @Field(() => ID)
  id!: string;

  @Field(() => NpcRelationshipKind)
  kind!: NpcRelationshipKindValue;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Boolean, {
    description: 'Only game masters ever see hidden relationships (so for others this is always false).',
  })
  hidden!: boolean;

  npcId!: string;
  targetNpcId!: string | null;
  targetCharacterId!: string | null;
  campaignId!: string;
}

@ObjectType('StoryGraphNode', { description: 'A node of the relationship graph: an NPC or a party character.' })
export class StoryGraphNode {
  @Field(() => ID, { description: 'The NPC’s or the character’s id.' })
  id!: string;

  @Field(() => CampaignNpc, { nullable: true })
  npc!: CampaignNpc | null;

  @Field(() => Character, { nullable: true })
  character!: Character | null;
}

@ObjectType('StoryRelationshipGraph', {
  description: 'Every NPC and the party characters your visible relationships reach, with those relationships.',
})
export class StoryRelationshipGraph {
  @Field(() => [StoryGraphNode])
  nodes!: StoryGraphNode[];

  @Field(() => [CampaignNpcRelationship])
  edges!: CampaignNpcRelationship[];
}

import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import type { NpcRelationshipRow, ProgressMilestoneRow, QuestRow } from '../../db/tables/index.js';
import { NpcAttitudeEnum, QuestStatusEnum } from '../common/enums.js';

@ObjectType('Experience', { description: 'Experience points on the 2024 XP table.' })
export class Experience {
  @Field(() => Int, { description: 'The sum of every award.' }) points!: number;
  @Field(() => Int, { description: 'The character level (sum of class levels).' }) level!: number;
  @Field(() => Int, { nullable: true, description: 'XP needed for the next level; null at level 20.' })
  nextLevelAt!: number | null;
  @Field(() => Boolean, { description: 'The XP allow a level more than the character has.' })
  levelUpAvailable!: boolean;
}

@ObjectType('ProgressMilestone', { description: 'A story milestone the character reached.' })
export class ProgressMilestone {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('Quest', { description: 'A quest the character follows.' })
export class Quest {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => QuestStatusEnum) status!: QuestStatusEnum;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('NpcRelationship', { description: 'How an NPC stands with the character.' })
export class NpcRelationship {
  @Field(() => ID) id!: string;
  @Field(() => String) npcName!: string;
  @Field(() => NpcAttitudeEnum) attitude!: NpcAttitudeEnum;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) updatedAt!: Date;
}

@InputType('QuestInput')
export class QuestInput {
  @Field(() => String, { description: '1-200 characters.' }) title!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('NpcRelationshipInput', { description: 'Setting it again for the same NPC name updates it.' })
export class NpcRelationshipInput {
  @Field(() => String, { description: '1-100 characters.' }) npcName!: string;
  @Field(() => NpcAttitudeEnum) attitude!: NpcAttitudeEnum;
  @Field(() => String, { nullable: true }) note?: string | null;
}

export const milestoneFromRow = (row: ProgressMilestoneRow): ProgressMilestone => ({
  id: row.id,
  title: row.title,
  note: row.note,
  createdAt: row.createdAt,
});

export const questFromRow = (row: QuestRow): Quest => ({
  id: row.id,
  title: row.title,
  note: row.note,
  status: row.status as QuestStatusEnum,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export const npcRelationshipFromRow = (row: NpcRelationshipRow): NpcRelationship => ({
  id: row.id,
  npcName: row.npcName,
  attitude: row.attitude as NpcAttitudeEnum,
  note: row.note,
  updatedAt: row.updatedAt,
});

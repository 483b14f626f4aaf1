import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

import { ContentSourceEnum, OrderDirectionEnum, SpellSchoolEnum } from '../common/enums.js';

@InputType('SpellFilter', { description: 'Every given condition must hold.' })
export class SpellFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  search?: string | null;

  @Field(() => ContentSourceEnum, { nullable: true })
  source?: ContentSourceEnum | null;

  @Field(() => Int, { nullable: true, description: 'Spell level, 0 (cantrips) to 9.' })
  level?: number | null;

  @Field(() => SpellSchoolEnum, { nullable: true })
  school?: SpellSchoolEnum | null;

  // type-graphql cannot rename input fields, so the property carries the API name `class`.
  @Field(() => ID, { nullable: true, description: "On this class's spell list (a class id)." })
  class?: string | null;

  @Field(() => Boolean, { nullable: true })
  ritual?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  concentration?: boolean | null;
}

export enum SpellOrderFieldEnum {
  NAME = 'name',
  LEVEL = 'level',
  SCHOOL = 'school',
}
registerEnumType(SpellOrderFieldEnum, { name: 'SpellOrderField' });

@InputType('SpellOrder', { description: 'One ordering key; later keys break ties of earlier ones.' })
export class SpellOrder {
  @Field(() => SpellOrderFieldEnum)
  field!: SpellOrderFieldEnum;

  @Field(() => OrderDirectionEnum, { nullable: true, defaultValue: OrderDirectionEnum.ASC })
  direction?: OrderDirectionEnum | null;
}

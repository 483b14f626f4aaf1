import { Field, InputType, registerEnumType } from 'type-graphql';

import { ContentSourceEnum, OrderDirectionEnum } from '../common/enums.js';

@InputType('ClassFilter', { description: 'Every given condition must hold.' })
export class ClassFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  search?: string | null;

  @Field(() => ContentSourceEnum, { nullable: true })
  source?: ContentSourceEnum | null;

  @Field(() => Boolean, { nullable: true, description: 'Only classes that cast spells (true) or do not (false).' })
  spellcasting?: boolean | null;
}

export enum ClassOrderFieldEnum {
  NAME = 'name',
  HIT_DIE = 'hit-die',
}
registerEnumType(ClassOrderFieldEnum, { name: 'ClassOrderField' });

@InputType('ClassOrder', { description: 'One ordering key; later keys break ties of earlier ones.' })
export class ClassOrder {
  @Field(() => ClassOrderFieldEnum)
  field!: ClassOrderFieldEnum;

  @Field(() => OrderDirectionEnum, { nullable: true, defaultValue: OrderDirectionEnum.ASC })
  direction?: OrderDirectionEnum | null;
}

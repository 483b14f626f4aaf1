import { Field, InputType, registerEnumType } from 'type-graphql';

import { ContentSourceEnum, OrderDirectionEnum } from '../common/enums.js';

@InputType('BackgroundFilter', { description: 'Every given condition must hold.' })
export class BackgroundFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  search?: string | null;

  @Field(() => ContentSourceEnum, { nullable: true })
  source?: ContentSourceEnum | null;
}

export enum BackgroundOrderFieldEnum {
  NAME = 'name',
}
registerEnumType(BackgroundOrderFieldEnum, { name: 'BackgroundOrderField' });

@InputType('BackgroundOrder', { description: 'One ordering key.' })
export class BackgroundOrder {
  @Field(() => BackgroundOrderFieldEnum)
  field!: BackgroundOrderFieldEnum;

  @Field(() => OrderDirectionEnum, { nullable: true, defaultValue: OrderDirectionEnum.ASC })
  direction?: OrderDirectionEnum | null;
}

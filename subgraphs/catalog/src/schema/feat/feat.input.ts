import { Field, InputType, registerEnumType } from 'type-graphql';

import { ContentSourceEnum, FeatCategoryEnum, OrderDirectionEnum } from '../common/enums.js';

@InputType('FeatFilter', { description: 'Every given condition must hold.' })
export class FeatFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  search?: string | null;

  @Field(() => ContentSourceEnum, { nullable: true })
  source?: ContentSourceEnum | null;

  @Field(() => FeatCategoryEnum, { nullable: true })
  category?: FeatCategoryEnum | null;

  @Field(() => Boolean, { nullable: true })
  repeatable?: boolean | null;
}

export enum FeatOrderFieldEnum {
  NAME = 'name',
  CATEGORY = 'category',
}
registerEnumType(FeatOrderFieldEnum, { name: 'FeatOrderField' });

@InputType('FeatOrder', { description: 'One ordering key; later keys break ties of earlier ones.' })
export class FeatOrder {
  @Field(() => FeatOrderFieldEnum)
  field!: FeatOrderFieldEnum;

  @Field(() => OrderDirectionEnum, { nullable: true, defaultValue: OrderDirectionEnum.ASC })
  direction?: OrderDirectionEnum | null;
}

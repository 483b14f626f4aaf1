import { Field, InputType, registerEnumType } from 'type-graphql';

import { ContentSourceEnum, OrderDirectionEnum, RarityEnum } from '../common/enums.js';

@InputType('MagicItemFilter', { description: 'Every given condition must hold.' })
export class MagicItemFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  search?: string | null;

  @Field(() => ContentSourceEnum, { nullable: true })
  source?: ContentSourceEnum | null;

  @Field(() => RarityEnum, { nullable: true })
  rarity?: RarityEnum | null;

  @Field(() => String, { nullable: true, description: 'Category, case-insensitive (`wondrous item`, `ring`, …).' })
  category?: string | null;

  @Field(() => Boolean, { nullable: true })
  requiresAttunement?: boolean | null;
}

export enum MagicItemOrderFieldEnum {
  NAME = 'name',
  RARITY = 'rarity',
  CATEGORY = 'category',
}
registerEnumType(MagicItemOrderFieldEnum, {
  name: 'MagicItemOrderField',
  valuesConfig: { RARITY: { description: 'Common first, then uncommon … artifact, then varies.' } },
});

@InputType('MagicItemOrder', { description: 'One ordering key; later keys break ties of earlier ones.' })
export class MagicItemOrder {
  @Field(() => MagicItemOrderFieldEnum)
  field!: MagicItemOrderFieldEnum;

  @Field(() => OrderDirectionEnum, { nullable: true, defaultValue: OrderDirectionEnum.ASC })
  direction?: OrderDirectionEnum | null;
}

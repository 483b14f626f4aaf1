import { Field, InputType, registerEnumType } from 'type-graphql';

import { ContentSourceEnum, OrderDirectionEnum, SizeEnum } from '../common/enums.js';

@InputType('SpeciesFilter', { description: 'Every given condition must hold.' })
export class SpeciesFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  search?: string | null;

  @Field(() => ContentSourceEnum, { nullable: true })
  source?: ContentSourceEnum | null;

  @Field(() => SizeEnum, { nullable: true, description: 'Species that may be this size.' })
  size?: SizeEnum | null;
}

export enum SpeciesOrderFieldEnum {
  NAME = 'name',
  SPEED = 'speed',
}
registerEnumType(SpeciesOrderFieldEnum, { name: 'SpeciesOrderField' });

@InputType('SpeciesOrder', { description: 'One ordering key; later keys break ties of earlier ones.' })
export class SpeciesOrder {
  @Field(() => SpeciesOrderFieldEnum)
  field!: SpeciesOrderFieldEnum;

  @Field(() => OrderDirectionEnum, { nullable: true, defaultValue: OrderDirectionEnum.ASC })
  direction?: OrderDirectionEnum | null;
}

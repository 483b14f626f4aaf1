import { Field, InputType, registerEnumType } from 'type-graphql';

import {
  ArmorCategoryEnum,
  ContentSourceEnum,
  EquipmentKindEnum,
  GearKindEnum,
  OrderDirectionEnum,
  WeaponCategoryEnum,
} from '../common/enums.js';

@InputType('EquipmentFilter', { description: 'Every given condition must hold.' })
export class EquipmentFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  search?: string | null;

  @Field(() => ContentSourceEnum, { nullable: true })
  source?: ContentSourceEnum | null;

  @Field(() => EquipmentKindEnum, { nullable: true })
  kind?: EquipmentKindEnum | null;

  @Field(() => ArmorCategoryEnum, { nullable: true, description: 'Armor of this category (implies ARMOR).' })
  armorCategory?: ArmorCategoryEnum | null;

  @Field(() => WeaponCategoryEnum, { nullable: true, description: 'Weapons of this category (implies WEAPON).' })
  weaponCategory?: WeaponCategoryEnum | null;

  @Field(() => GearKindEnum, { nullable: true, description: 'Gear of this kind (implies GEAR).' })
  gearKind?: GearKindEnum | null;
}

export enum EquipmentOrderFieldEnum {
  NAME = 'name',
  KIND = 'kind',
  WEIGHT = 'weight',
  COST = 'cost',
}
registerEnumType(EquipmentOrderFieldEnum, {
  name: 'EquipmentOrderField',
  valuesConfig: { COST: { description: 'Price in copper pieces; items without a price first.' } },
});

@InputType('EquipmentOrder', { description: 'One ordering key; later keys break ties of earlier ones.' })
export class EquipmentOrder {
  @Field(() => EquipmentOrderFieldEnum)
  field!: EquipmentOrderFieldEnum;

  @Field(() => OrderDirectionEnum, { nullable: true, defaultValue: OrderDirectionEnum.ASC })
  direction?: OrderDirectionEnum | null;
}

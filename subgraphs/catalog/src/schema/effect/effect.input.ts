import { Field, ID, InputType, Int } from 'type-graphql';

import type { EffectInputData } from '../../domain/parse-effect-input.js';
import {
  AbilityEnum,
  ArmorCategoryEnum,
  DamageTypeEnum,
  EffectKindEnum,
  EffectRequirementEnum,
  MovementModeEnum,
  RechargeEnum,
  WeaponCategoryEnum,
} from '../common/enums.js';

@InputType('EffectInput', {
  description:
    'A structured effect, as in `Effect`: set `kind` and exactly the fields that kind uses (see EffectKind).',
})
export class EffectInput {
  @Field(() => EffectKindEnum)
  kind!: EffectKindEnum;

  @Field(() => AbilityEnum, { nullable: true })
  ability?: AbilityEnum | null;

  @Field(() => [AbilityEnum], { nullable: true })
  abilities?: AbilityEnum[] | null;

  @Field(() => Int, { nullable: true })
  amount?: number | null;

  @Field(() => Boolean, { nullable: true })
  amountIsProficiencyBonus?: boolean | null;

  @Field(() => Int, { nullable: true })
  max?: number | null;

  @Field(() => Int, { nullable: true })
  value?: number | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  base?: number | null;

  @Field(() => Boolean, { nullable: true })
  allowsShield?: boolean | null;

  @Field(() => EffectRequirementEnum, { nullable: true })
  requires?: EffectRequirementEnum | null;

  @Field(() => ID, { nullable: true })
  skill?: string | null;

  @Field(() => MovementModeEnum, { nullable: true })
  mode?: MovementModeEnum | null;

  @Field(() => Int, { nullable: true })
  speed?: number | null;

  @Field(() => Boolean, { nullable: true })
  speedEqualsWalking?: boolean | null;

  @Field(() => ArmorCategoryEnum, { nullable: true })
  armorCategory?: ArmorCategoryEnum | null;

  @Field(() => WeaponCategoryEnum, { nullable: true })
  weaponCategory?: WeaponCategoryEnum | null;

  @Field(() => ID, { nullable: true })
  item?: string | null;

  @Field(() => DamageTypeEnum, { nullable: true })
  damageType?: DamageTypeEnum | null;

  @Field(() => Int, { nullable: true })
  range?: number | null;

  @Field(() => ID, { nullable: true })
  resourceId?: string | null;

  @Field(() => RechargeEnum, { nullable: true })
  recharge?: RechargeEnum | null;
}

/** GraphQL input objects are class instances; the domain takes plain data of the same shape. */
export function effectInputData(inputs: readonly EffectInput[] | null | undefined): EffectInputData[] {
  return (inputs ?? []).map((input) => ({ ...input }));
}

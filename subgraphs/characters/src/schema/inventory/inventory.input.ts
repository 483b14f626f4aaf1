import { Field, Float, ID, InputType, Int } from 'type-graphql';

import { CurrencyUnitEnum, RechargeEnum, RechargeTriggerEnum } from '../common/enums.js';

@InputType('ItemCostInput')
export class ItemCostInput {
  @Field(() => Int) quantity!: number;
  @Field(() => CurrencyUnitEnum) unit!: CurrencyUnitEnum;
}

@InputType('ItemChargesInput', { description: 'Charges of a custom item.' })
export class ItemChargesInput {
  @Field(() => Int) max!: number;
  @Field(() => RechargeEnum) recharge!: RechargeEnum;
}

@InputType('ItemCapacityInput', { description: 'A container: pounds it holds, pieces it holds, or both.' })
export class ItemCapacityInput {
  @Field(() => Float, { nullable: true }) pounds?: number | null;
  @Field(() => Int, { nullable: true }) items?: number | null;
}

@InputType('CustomItemInput', { description: 'An item not in the catalog.' })
export class CustomItemInput {
  @Field(() => String, { description: '1-100 characters.' }) name!: string;
  @Field(() => Float, { description: 'Pounds per unit.' }) weight!: number;
  @Field(() => ItemCostInput, { nullable: true }) cost?: ItemCostInput | null;
  @Field(() => Boolean, { nullable: true }) requiresAttunement?: boolean | null;
  @Field(() => ItemChargesInput, { nullable: true }) charges?: ItemChargesInput | null;
  @Field(() => ItemCapacityInput, { nullable: true }) capacity?: ItemCapacityInput | null;
}

@InputType('AddInventoryItemInput', { description: 'A catalog item (`item`) or a custom one (`custom`).' })
export class AddInventoryItemInput {
  @Field(() => ID, { nullable: true, description: 'Equipment or magic item id, e.g. `rope-hempen`.' })
  item?: string | null;

  @Field(() => CustomItemInput, { nullable: true })
  custom?: CustomItemInput | null;

  @Field(() => Int, { nullable: true, description: 'Default 1.' })
  quantity?: number | null;

  @Field(() => ID, { nullable: true, description: 'Put it into this container entry (capacity is checked).' })
  containerId?: string | null;

  @Field(() => Boolean, { nullable: true }) equipped?: boolean | null;
  @Field(() => Boolean, { nullable: true }) attuned?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Charges it comes with (default: full).' })
  charges?: number | null;
}

@InputType('CoinsInput', { description: 'Coins by denomination (omitted: 0).' })
export class CoinsInput {
  @Field(() => Int, { nullable: true }) cp?: number | null;
  @Field(() => Int, { nullable: true }) sp?: number | null;
  @Field(() => Int, { nullable: true }) ep?: number | null;
  @Field(() => Int, { nullable: true }) gp?: number | null;
  @Field(() => Int, { nullable: true }) pp?: number | null;
}

@InputType('ChargesRegainedInput', { description: 'Charges an item regained (a rolled 1d6 + 1).' })
export class ChargesRegainedInput {
  @Field(() => ID) entryId!: string;
  @Field(() => Int) charges!: number;
}

export { RechargeTriggerEnum };

import type { Cost, Dice } from '@grimoire/rules';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import { AbilityEnum, CurrencyUnitEnum } from './enums.js';

@ObjectType('Dice', { description: 'Dice to roll, e.g. 2d6.' })
export class DiceType {
  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  sides!: number;

  @Field(() => String, { description: 'Dice notation, e.g. "2d6".' })
  notation!: string;
}

export const diceToGraphQL = (dice: Dice): DiceType => ({
  count: dice.count,
  sides: dice.sides,
  notation: `${dice.count}d${dice.sides}`,
});

@ObjectType('Cost', { description: 'A price in coins.' })
export class CostType {
  @Field(() => Int)
  quantity!: number;

  @Field(() => CurrencyUnitEnum)
  unit!: CurrencyUnitEnum;
}

export const costToGraphQL = (cost: Cost | null): CostType | null =>
  cost ? { quantity: cost.quantity, unit: cost.unit } : null;

@ObjectType('SkillChoice', { description: 'Pick `count` skills from `from`.' })
export class SkillChoiceType {
  @Field(() => Int)
  count!: number;

  @Field(() => [ID], { description: 'Skill ids (5e-database indexes).' })
  from!: string[];
}

@ObjectType('ItemChoice', { description: 'Pick `count` items (equipment ids) from `from`.' })
export class ItemChoiceType {
  @Field(() => Int)
  count!: number;

  @Field(() => [ID])
  from!: string[];
}

@ObjectType('AbilityMinimum', { description: 'An ability score of at least `minimum`.' })
export class AbilityMinimumType {
  @Field(() => AbilityEnum)
  ability!: AbilityEnum;

  @Field(() => Int)
  minimum!: number;
}

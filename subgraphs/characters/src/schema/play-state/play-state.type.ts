import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { SpellReference } from '../catalog/catalog-stubs.js';
import { CharacterConditionEnum, RechargeEnum } from '../common/enums.js';

@ObjectType('DeathSaves', {
  description: 'Death saving throws so far (reset on regaining hit points or becoming stable).',
})
export class DeathSaves {
  @Field(() => Int) successes!: number;
  @Field(() => Int) failures!: number;
}

@ObjectType('HitDicePool', { description: 'Hit dice of one size: how many the character has and how many are left.' })
export class HitDicePool {
  @Field(() => Int, { description: '6, 8, 10 or 12.' }) dieSize!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int) remaining!: number;
}

@ObjectType('SpellSlotPool', { description: 'Spell slots of one level: total and left.' })
export class SpellSlotPool {
  @Field(() => Int) level!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int) remaining!: number;
}

@ObjectType('CharacterResource', {
  description: 'A class or feat resource (Rage, Channel Divinity…) and its uses left.',
})
export class CharacterResource {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) max!: number;
  @Field(() => Int) remaining!: number;
  @Field(() => RechargeEnum) recharge!: RechargeEnum;
}

@ObjectType('Concentration', { description: 'The spell the character is concentrating on.' })
export class Concentration {
  @Field(() => ID) spellId!: string;
  @Field(() => SpellReference) spell!: SpellReference;
}

@ObjectType('PlayState', { description: 'How the character is doing right now (hit points are on `hitPoints`).' })
export class PlayStateType {
  @Field(() => [CharacterConditionEnum], { description: 'Conditions applied (a set).' })
  conditions!: CharacterConditionEnum[];

  @Field(() => [CharacterConditionEnum], {
    description: 'Conditions in effect: the applied ones plus those they bring (Unconscious: Incapacitated, Prone).',
  })
  effectiveConditions!: CharacterConditionEnum[];

  @Field(() => Int, { description: '2024 exhaustion level 0-6 (−2 per level to D20 Tests, −5 ft speed).' })
  exhaustion!: number;

  @Field(() => DeathSaves) deathSaves!: DeathSaves;
  @Field(() => Boolean) stable!: boolean;
  @Field(() => Boolean) dead!: boolean;
  @Field(() => [HitDicePool]) hitDice!: HitDicePool[];

  @Field(() => [SpellSlotPool], { description: 'Levels the character has slots of (Pact Magic apart).' })
  spellSlots!: SpellSlotPool[];

  @Field(() => SpellSlotPool, { nullable: true, description: 'Pact Magic slots (all of one level).' })
  pactSlots!: SpellSlotPool | null;

  @Field(() => [CharacterResource]) resources!: CharacterResource[];
  @Field(() => Concentration, { nullable: true }) concentration!: Concentration | null;
  @Field(() => Boolean) heroicInspiration!: boolean;
}

@InputType('HitDieRollInput', { description: 'One hit die spent and what it rolled.' })
export class HitDieRollInput {
  @Field(() => Int, { description: '6, 8, 10 or 12.' }) dieSize!: number;
  @Field(() => Int, { description: 'The die as it landed.' }) roll!: number;
}

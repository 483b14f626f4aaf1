import { Field, Float, ID, InputType, Int } from 'type-graphql';

import type { TableEventKind as TableEventKindValue } from '../../domain/table-events/table-event-details.js';
import {
  AbilityChangeMode,
  AbilityEnum,
  CharacterConditionEnum,
  ConditionOperation,
  ExperienceDistribution,
  RestKind,
  TableEventKind,
} from './table-event-enums.js';

@InputType('TableEventCurrencyInput', { description: 'Coins by denomination; omitted ones are 0.' })
export class TableEventCurrencyInput {
  @Field(() => Int, { nullable: true })
  cp?: number | null;

  @Field(() => Int, { nullable: true })
  sp?: number | null;

  @Field(() => Int, { nullable: true })
  ep?: number | null;

  @Field(() => Int, { nullable: true })
  gp?: number | null;

  @Field(() => Int, { nullable: true })
  pp?: number | null;
}

@InputType('RecordTableEventInput', {
  description:
    'One table event: a kind and that kind’s fields (see TableEventKind); fields of other kinds must be left out.',
})
export class RecordTableEventInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => TableEventKind)
  kind!: TableEventKindValue;

  @Field(() => [ID], { nullable: true, description: 'Party members it applies to; the whole party when left out.' })
  targetCharacterIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The session note it belongs to (same campaign).' })
  sessionNoteId?: string | null;

  @Field(() => String, { nullable: true, description: 'What happened, up to 2000 characters.' })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'EXPERIENCE, DAMAGE, HEALING: at least 1.' })
  amount?: number | null;

  @Field(() => ExperienceDistribution, { nullable: true, description: 'EXPERIENCE.' })
  distribution?: 'SPLIT' | 'EACH' | null;

  @Field(() => String, { nullable: true, description: 'DAMAGE, optional: acid, bludgeoning, cold, fire…' })
  damageType?: string | null;

  @Field(() => CharacterConditionEnum, { nullable: true, description: 'CONDITION.' })
  condition?: CharacterConditionEnum | null;

  @Field(() => ConditionOperation, { nullable: true, description: 'CONDITION.' })
  conditionOperation?: 'ADD' | 'REMOVE' | null;

  @Field(() => String, { nullable: true, description: 'ITEM_GRANT: a catalog item id (or give customItemName).' })
  itemId?: string | null;

  @Field(() => String, { nullable: true, description: 'ITEM_GRANT: the name of an item not in the catalog.' })
  customItemName?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'ITEM_GRANT of a custom item: its weight in pounds, 0-10000 (0 when left out).',
  })
  customItemWeight?: number | null;

  @Field(() => Int, { nullable: true, description: 'ITEM_GRANT: how many (1 when left out).' })
  quantity?: number | null;

  @Field(() => TableEventCurrencyInput, { nullable: true, description: 'CURRENCY_GRANT.' })
  currency?: TableEventCurrencyInput | null;

  @Field(() => AbilityEnum, { nullable: true, description: 'ABILITY_CHANGE.' })
  ability?: AbilityEnum | null;

  @Field(() => AbilityChangeMode, { nullable: true, description: 'ABILITY_CHANGE.' })
  abilityChangeMode?: 'DELTA' | 'SET' | null;

  @Field(() => Int, { nullable: true, description: 'ABILITY_CHANGE: the delta (±1–29) or the new score (1–30).' })
  value?: number | null;

  @Field(() => RestKind, { nullable: true, description: 'REST.' })
  rest?: 'SHORT' | 'LONG' | null;
}

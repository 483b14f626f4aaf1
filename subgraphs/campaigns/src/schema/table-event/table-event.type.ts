import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

import { PageInfo } from '@grimoire/platform';

import type { TableEventRow } from '../../db/tables/index.js';
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

@ObjectType('TableEventCurrency', { description: 'Coins by denomination.' })
export class TableEventCurrency {
  @Field(() => Int)
  cp!: number;

  @Field(() => Int)
  sp!: number;

  @Field(() => Int)
  ep!: number;

  @Field(() => Int)
  gp!: number;

  @Field(() => Int)
  pp!: number;
}

@Directive('@key(fields: "id")')
@ObjectType('TableEvent', {
  description:
    'Something the game master recorded at the table. The characters subgraph applies it to each target (a character version each, see characterVersions); a revert undoes what it did.',
})
export class TableEvent {
  @Field(() => ID)
  id!: string;

  /** Internal: for the campaign, session note and recordedBy fields. */
  row!: TableEventRow;

  @Field(() => TableEventKind)
  kind!: TableEventKindValue;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { nullable: true, description: 'EXPERIENCE, DAMAGE, HEALING.' })
  amount!: number | null;

  @Field(() => ExperienceDistribution, { nullable: true, description: 'EXPERIENCE.' })
  distribution!: 'SPLIT' | 'EACH' | null;

  @Field(() => String, { nullable: true, description: 'DAMAGE, when given.' })
  damageType!: string | null;

  @Field(() => CharacterConditionEnum, { nullable: true, description: 'CONDITION.' })
  condition!: string | null;

  @Field(() => ConditionOperation, { nullable: true, description: 'CONDITION.' })
  conditionOperation!: 'ADD' | 'REMOVE' | null;

  @Field(() => String, { nullable: true, description: 'ITEM_GRANT: the catalog item.' })
  itemId!: string | null;

  @Field(() => String, { nullable: true, description: 'ITEM_GRANT: an item not in the catalog.' })
  customItemName!: string | null;

  @Field(() => Float, { nullable: true, description: 'ITEM_GRANT of a custom item: its weight in pounds.' })
  customItemWeight!: number | null;

  @Field(() => Int, { nullable: true, description: 'ITEM_GRANT.' })
  quantity!: number | null;

  @Field(() => TableEventCurrency, { nullable: true, description: 'CURRENCY_GRANT.' })
  currency!: TableEventCurrency | null;

  @Field(() => AbilityEnum, { nullable: true, description: 'ABILITY_CHANGE.' })
  ability!: string | null;

  @Field(() => AbilityChangeMode, { nullable: true, description: 'ABILITY_CHANGE.' })
  abilityChangeMode!: 'DELTA' | 'SET' | null;

  @Field(() => Int, { nullable: true, description: 'ABILITY_CHANGE: the delta or the new score.' })
  value!: number | null;

  @Field(() => RestKind, { nullable: true, description: 'REST.' })
  rest!: 'SHORT' | 'LONG' | null;

  @Field(() => Date)
  recordedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was reverted (revertTableEvent); null while it stands.' })
  revertedAt!: Date | null;
}

@ObjectType('TableEventEdge')
export class TableEventEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => TableEvent)
  node!: TableEvent;
}

@ObjectType('TableEventConnection', { description: 'A page of table events, newest first.' })
export class TableEventConnection {
  @Field(() => [TableEventEdge])
  edges!: TableEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

export function tableEventFromRow(row: TableEventRow): TableEvent {
  const details = row.details;
  return {
    id: row.id,
    row,
    kind: details.kind,
    description: row.description,
    amount: 'amount' in details ? details.amount : null,
    distribution: details.kind === 'EXPERIENCE' ? details.distribution : null,
    damageType: details.kind === 'DAMAGE' ? details.damageType : null,
    condition: details.kind === 'CONDITION' ? details.condition : null,
    conditionOperation: details.kind === 'CONDITION' ? details.operation : null,
    itemId: details.kind === 'ITEM_GRANT' ? details.itemId : null,
    customItemName: details.kind === 'ITEM_GRANT' ? details.customName : null,
    customItemWeight: details.kind === 'ITEM_GRANT' && details.customName !== null ? (details.customWeight ?? 0) : null,
    quantity: details.kind === 'ITEM_GRANT' ? details.quantity : null,
    currency: details.kind === 'CURRENCY_GRANT' ? details.currency : null,
    ability: details.kind === 'ABILITY_CHANGE' ? details.ability : null,
    abilityChangeMode: details.kind === 'ABILITY_CHANGE' ? details.mode : null,
    value: details.kind === 'ABILITY_CHANGE' ? details.value : null,
    rest: details.kind === 'REST' ? details.rest : null,
    recordedAt: row.recordedAt,
    revertedAt: row.revertedAt,
  };
}

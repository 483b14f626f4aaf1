import type { Ability, Condition, DamageType } from '@grimoire/rules';

/**
 * What a table event does, by kind. This is also the payload contract of the
 * `table-event.recorded` event the characters subgraph applies (it validates it on receipt).
 */
export const TABLE_EVENT_KINDS = [
  'EXPERIENCE',
  'DAMAGE',
  'HEALING',
  'CONDITION',
  'ITEM_GRANT',
  'CURRENCY_GRANT',
  'ABILITY_CHANGE',
  'REST',
] as const;
export type TableEventKind = (typeof TABLE_EVENT_KINDS)[number];

export type ExperienceDistribution = 'SPLIT' | 'EACH';
export type ConditionOperation = 'ADD' | 'REMOVE';
export type AbilityChangeMode = 'DELTA' | 'SET';
export type RestKind = 'SHORT' | 'LONG';

export interface CurrencyAmounts {
  cp: number;
  sp: number;
  ep: number;
  gp: number;
  pp: number;
}

export type TableEventDetails =
  | { kind: 'EXPERIENCE'; amount: number; distribution: ExperienceDistribution }
  | { kind: 'DAMAGE'; amount: number; damageType: DamageType | null }
  | { kind: 'HEALING'; amount: number }
  | { kind: 'CONDITION'; condition: Condition; operation: ConditionOperation }
  | {
      kind: 'ITEM_GRANT';
      itemId: string | null;
      customName: string | null;
      /** Pounds per item, for a custom item (events recorded before it existed have none: 0). */
      customWeight?: number;
      quantity: number;
    }
  | { kind: 'CURRENCY_GRANT'; currency: CurrencyAmounts }
  | { kind: 'ABILITY_CHANGE'; ability: Ability; mode: AbilityChangeMode; value: number }
  | { kind: 'REST'; rest: RestKind };

/** Aggregate type and event types on the bus (streams are per aggregate type). */
export const TABLE_EVENT_AGGREGATE = 'table-event';
export const TABLE_EVENT_RECORDED = 'table-event.recorded';
export const TABLE_EVENT_REVERTED = 'table-event.reverted';

/** The payload of `table-event.recorded` and `table-event.reverted`. */
export interface TableEventPayload {
  tableEventId: string;
  campaignId: string;
  /** Who recorded (or reverted) it: the author of the character versions. */
  actorId: string;
  targetCharacterIds: string[];
  details: TableEventDetails;
}

import { badUserInput, validateInput } from '@grimoire/platform';
import { ABILITIES, CONDITIONS, DAMAGE_TYPES } from '@grimoire/rules';
import { z } from 'zod';

import type { CurrencyAmounts, TableEventDetails, TableEventKind } from './table-event-details.js';

/** What the GraphQL input carries: the kind, and the fields of every kind (only its own may be set). */
export interface TableEventFields {
  kind: TableEventKind;
  amount?: number | null;
  distribution?: 'SPLIT' | 'EACH' | null;
  damageType?: string | null;
  condition?: string | null;
  conditionOperation?: 'ADD' | 'REMOVE' | null;
  itemId?: string | null;
  customItemName?: string | null;
  customItemWeight?: number | null;
  quantity?: number | null;
  currency?: { [K in keyof CurrencyAmounts]?: number | null } | null;
  ability?: string | null;
  abilityChangeMode?: 'DELTA' | 'SET' | null;
  value?: number | null;
  rest?: 'SHORT' | 'LONG' | null;
}

type KindField = Exclude<keyof TableEventFields, 'kind'>;

/** The fields each kind takes; any other kind-specific field set is a mistake worth telling. */
const FIELDS_OF_KIND: Readonly<Record<TableEventKind, readonly KindField[]>> = {
  EXPERIENCE: ['amount', 'distribution'],
  DAMAGE: ['amount', 'damageType'],
  HEALING: ['amount'],
  CONDITION: ['condition', 'conditionOperation'],
  ITEM_GRANT: ['itemId', 'customItemName', 'customItemWeight', 'quantity'],
  CURRENCY_GRANT: ['currency'],
  ABILITY_CHANGE: ['ability', 'abilityChangeMode', 'value'],
  REST: ['rest'],
};

const ALL_FIELDS = [...new Set(Object.values(FIELDS_OF_KIND).flat())];

const positiveAmount = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(1_000_000, 'must be at most 1000000');
const coins = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be at least 0')
  .max(1_000_000, 'must be at most 1000000');
const text = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

function required<T>(value: T | null | undefined, field: string, kind: TableEventKind): T {
  if (value === null || value === undefined)
    throw badUserInput(`input.${field}: a ${kind} event needs it.`, { field: `input.${field}` });
  return value;
}

function oneOf<T extends string>(values: readonly T[], raw: string, field: string): T {
  const value = raw.trim().toLowerCase();
  if ((values as readonly string[]).includes(value)) return value as T;
  throw badUserInput(`input.${field}: "${raw}" is not one of ${values.join(', ')}.`, { field: `input.${field}` });
}

/**
 * Turns the flat GraphQL input into the kind's details, or BAD_USER_INPUT naming the field: a
 * missing field the kind needs, a field of another kind, an amount out of range.
 */
export function parseTableEventDetails(input: TableEventFields): TableEventDetails {
  const { kind } = input;
  const own = FIELDS_OF_KIND[kind];
  for (const field of ALL_FIELDS) {
    if (!own.includes(field) && input[field] !== null && input[field] !== undefined) {
      throw badUserInput(`input.${field}: a ${kind} event does not take it (it takes ${own.join(', ')}).`, {
        field: `input.${field}`,
      });
    }
  }
  const amount = () => validateInput(positiveAmount, required(input.amount, 'amount', kind), 'input.amount');
  switch (kind) {
    case 'EXPERIENCE':
      return { kind, amount: amount(), distribution: required(input.distribution, 'distribution', kind) };
    case 'DAMAGE':
      return {
        kind,
        amount: amount(),
        damageType: input.damageType ? oneOf(DAMAGE_TYPES, input.damageType, 'damageType') : null,
      };
    case 'HEALING':
      return { kind, amount: amount() };
    case 'CONDITION':
      return {
        kind,
        condition: oneOf(CONDITIONS, required(input.condition, 'condition', kind), 'condition'),
        operation: required(input.conditionOperation, 'conditionOperation', kind),
      };
    case 'ITEM_GRANT':
      return parseItemGrant(input);
    case 'CURRENCY_GRANT':
      return parseCurrencyGrant(required(input.currency, 'currency', kind));
    case 'ABILITY_CHANGE':
      return parseAbilityChange(input);
    case 'REST':
      return { kind, rest: required(input.rest, 'rest', kind) };
  }
}

function parseItemGrant(input: TableEventFields): TableEventDetails {
  const itemId = input.itemId ? validateInput(text, input.itemId, 'input.itemId') : null;
  const customName = input.customItemName ? validateInput(text, input.customItemName, 'input.customItemName') : null;
  if ((itemId === null) === (customName === null)) {
    throw badUserInput('input.itemId: give either a catalog item id or a customItemName, not both or neither.', {
      field: 'input.itemId',
    });
  }
  if (itemId !== null && input.customItemWeight != null) {
    throw badUserInput(
      'input.customItemWeight: only a custom item has a weight of its own; catalog items weigh what the catalog says.',
      {
        field: 'input.customItemWeight',
      },
    );
  }
  const quantity = validateInput(
    positiveAmount.max(1000, 'must be at most 1000'),
    input.quantity ?? 1,
    'input.quantity',
  );
  if (customName === null) return { kind: 'ITEM_GRANT', itemId, customName, quantity };
  const customWeight = validateInput(
    z.number().min(0, 'must be at least 0').max(10_000, 'must be at most 10000'),
    input.customItemWeight ?? 0,
    'input.customItemWeight',
  );
  return { kind: 'ITEM_GRANT', itemId, customName, customWeight, quantity };
}

function parseCurrencyGrant(raw: NonNullable<TableEventFields['currency']>): TableEventDetails {
  const currency: CurrencyAmounts = {
    cp: validateInput(coins, raw.cp ?? 0, 'input.currency.cp'),
    sp: validateInput(coins, raw.sp ?? 0, 'input.currency.sp'),
    ep: validateInput(coins, raw.ep ?? 0, 'input.currency.ep'),
    gp: validateInput(coins, raw.gp ?? 0, 'input.currency.gp'),
    pp: validateInput(coins, raw.pp ?? 0, 'input.currency.pp'),
  };
  if (Object.values(currency).every((value) => value === 0)) {
    throw badUserInput('input.currency: grant at least one coin.', { field: 'input.currency' });
  }
  return { kind: 'CURRENCY_GRANT', currency };
}

function parseAbilityChange(input: TableEventFields): TableEventDetails {
  const kind = 'ABILITY_CHANGE';
  const ability = oneOf(ABILITIES, required(input.ability, 'ability', kind), 'ability');
  const mode = required(input.abilityChangeMode, 'abilityChangeMode', kind);
  const raw = required(input.value, 'value', kind);
  const value =
    mode === 'SET'
      ? validateInput(z.number().int('must be a whole number').min(1).max(30, 'must be at most 30'), raw, 'input.value')
      : validateInput(
          z
            .number()
            .int('must be a whole number')
            .min(-29)
            .max(29)
            .refine((delta) => delta !== 0, 'must not be 0'),
          raw,
          'input.value',
        );
  return { kind, ability, mode, value };
}

/** Party members it applies to: the whole party by default; a target outside the party is refused. */
export function resolveTargets(requested: readonly string[] | null | undefined, party: readonly string[]): string[] {
  if (requested === null || requested === undefined) {
    if (party.length === 0)
      throw badUserInput('The party is empty: add characters before recording table events.', {
        field: 'input.targetCharacterIds',
      });
    return [...party];
  }
  if (requested.length === 0) {
    throw badUserInput(
      'input.targetCharacterIds: name at least one party member, or leave it out for the whole party.',
      {
        field: 'input.targetCharacterIds',
      },
    );
  }
  const targets = [...new Set(requested.map((id) => id.toLowerCase()))];
  const outsider = targets.find((id) => !party.includes(id));
  if (outsider) {
    throw badUserInput(`input.targetCharacterIds: character ${outsider} is not in this campaign's party.`, {
      field: 'input.targetCharacterIds',
    });
  }
  return targets;
}

import {
  ABILITIES,
  ABILITY_NAMES,
  COIN_VALUE,
  CONDITIONS,
  DENOMINATIONS,
  SIZES,
  THEME_IDS,
  THEMES,
  type Ability,
  type ChargeRecharge,
  type Condition,
  type Denomination,
  type Size,
  type ThemeId,
} from '@grimoire/rules';
import { registerEnumType } from 'type-graphql';

import { enumOf, type EnumKey, type EnumOf } from './enum-of.js';

// Federation merges an enum that several subgraphs define only if every definition has the same
// values; registering each one here, once, is what keeps them the same.

/** `valuesConfig` for registerEnumType: a description for every value. */
function describeValues<TValue extends string>(
  values: readonly TValue[],
  describe: (value: TValue) => string,
): Record<EnumKey<TValue>, { description: string }> {
  const entries = Object.entries(enumOf(values)) as [EnumKey<TValue>, TValue][];
  return Object.fromEntries(entries.map(([key, value]) => [key, { description: describe(value) }])) as Record<
    EnumKey<TValue>,
    { description: string }
  >;
}

export const AbilityEnum = enumOf(ABILITIES);
export type AbilityEnum = Ability;
registerEnumType(AbilityEnum, {
  name: 'Ability',
  description: 'One of the six abilities.',
  valuesConfig: describeValues(ABILITIES, (ability) => ABILITY_NAMES[ability]),
});

export const SizeEnum = enumOf(SIZES);
export type SizeEnum = Size;
registerEnumType(SizeEnum, { name: 'Size', description: 'Creature size.' });

export const CharacterConditionEnum = enumOf(CONDITIONS);
export type CharacterConditionEnum = Condition;
registerEnumType(CharacterConditionEnum, {
  name: 'CharacterCondition',
  description: 'The 15 conditions of the 2024 rules (adding EXHAUSTION gains one level).',
});

const COIN_NAMES: Readonly<Record<Denomination, string>> = {
  cp: 'Copper piece',
  sp: 'Silver piece',
  ep: 'Electrum piece',
  gp: 'Gold piece',
  pp: 'Platinum piece',
};

export const CurrencyUnitEnum = enumOf(DENOMINATIONS);
export type CurrencyUnitEnum = Denomination;
registerEnumType(CurrencyUnitEnum, {
  name: 'CurrencyUnit',
  description: 'Coin denomination.',
  valuesConfig: describeValues(DENOMINATIONS, (coin) =>
    coin === 'cp' ? COIN_NAMES.cp : `${COIN_NAMES[coin]}, worth ${COIN_VALUE[coin]} cp.`,
  ),
});

// The rules have the recharge values as a type only; `satisfies` makes this list exactly that type.
export const RechargeEnum = {
  SHORT_REST: 'short-rest',
  LONG_REST: 'long-rest',
  DAWN: 'dawn',
  NONE: 'none',
} as const satisfies EnumOf<ChargeRecharge>;
export type RechargeEnum = ChargeRecharge;
registerEnumType(RechargeEnum, {
  name: 'Recharge',
  description: 'When expended uses come back.',
  valuesConfig: {
    SHORT_REST: { description: 'On a Short or Long Rest.' },
    LONG_REST: { description: 'On a Long Rest.' },
    DAWN: { description: 'At the next dawn.' },
    NONE: { description: 'Never: expended uses do not come back.' },
  },
});

export const Theme = enumOf(THEME_IDS);
export type Theme = ThemeId;
registerEnumType(Theme, {
  name: 'Theme',
  description: 'A campaign theme (genre). HIGH_FANTASY is the root: SRD items are written in it.',
  valuesConfig: describeValues(THEME_IDS, (id) => `${THEMES[id].name}: ${THEMES[id].description}`),
});

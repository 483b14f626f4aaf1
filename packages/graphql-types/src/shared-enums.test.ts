import 'reflect-metadata';

import { ABILITIES, CONDITIONS, DENOMINATIONS, SIZES, THEME_IDS } from '@grimoire/rules';
import { graphql, type GraphQLEnumType } from 'graphql';
import { Arg, buildSchemaSync, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';

import {
  AbilityEnum,
  CharacterConditionEnum,
  CurrencyUnitEnum,
  enumOf,
  RechargeEnum,
  SizeEnum,
  Theme,
} from './index.js';

@Resolver()
class SharedEnumsResolver {
  @Query(() => [AbilityEnum])
  abilities(): AbilityEnum[] {
    return [...ABILITIES];
  }

  @Query(() => [SizeEnum])
  sizes(): SizeEnum[] {
    return [...SIZES];
  }

  @Query(() => [CharacterConditionEnum])
  conditions(): CharacterConditionEnum[] {
    return [...CONDITIONS];
  }

  @Query(() => [CurrencyUnitEnum])
  coins(): CurrencyUnitEnum[] {
    return [...DENOMINATIONS];
  }

  @Query(() => [Theme])
  themes(): Theme[] {
    return [...THEME_IDS];
  }

  @Query(() => String, { description: 'The rules value an argument arrives as.' })
  rechargeValue(@Arg('recharge', () => RechargeEnum) recharge: RechargeEnum): string {
    return recharge;
  }
}

const schema = buildSchemaSync({ resolvers: [SharedEnumsResolver], validate: false });

describe('enumOf', () => {
  it('names rules values in GraphQL form, in their order', () => {
    expect(Object.entries(enumOf(['short-rest', 'str', 'HIGH_FANTASY']))).toEqual([
      ['SHORT_REST', 'short-rest'],
      ['STR', 'str'],
      ['HIGH_FANTASY', 'HIGH_FANTASY'],
    ]);
  });
});

describe('shared enums', () => {
  it('serve every rules value under its GraphQL name', async () => {
    const result = await graphql({ schema, source: '{ abilities sizes conditions coins themes }' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      abilities: ['STR', 'DEX', 'CON', 'INT', 'WIS', 'CHA'],
      sizes: ['TINY', 'SMALL', 'MEDIUM', 'LARGE', 'HUGE', 'GARGANTUAN'],
      conditions: CONDITIONS.map((condition) => condition.toUpperCase()),
      coins: ['CP', 'SP', 'EP', 'GP', 'PP'],
      themes: [...THEME_IDS],
    });
  });

  it('hand resolvers the rules value of an argument', async () => {
    const result = await graphql({
      schema,
      source: '{ short: rechargeValue(recharge: SHORT_REST) none: rechargeValue(recharge: NONE) }',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ short: 'short-rest', none: 'none' });
  });

  it.each(['Ability', 'CurrencyUnit', 'Recharge', 'Theme'])('describe every value of %s', (name) => {
    const type = schema.getType(name) as GraphQLEnumType;
    const undescribed = type.getValues().filter((value) => !value.description);
    expect(undescribed.map((value) => value.name)).toEqual([]);
    expect(type.getValues().length).toBeGreaterThan(0);
  });
});

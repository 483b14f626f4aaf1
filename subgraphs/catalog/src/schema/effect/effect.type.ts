import type { Effect } from '@grimoire/rules';
import { Field, ID, Int, ObjectType } from 'type-graphql';

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

/**
 * One structured effect, flattened: `kind` says which of the other fields carry its data (see
 * EffectKind), the rest are null. Frontends switch on `kind`; nobody parses JSON or prose.
 */
@ObjectType('Effect', { description: 'A machine-readable rules effect: `kind` plus the fields that kind uses.' })
export class EffectType {
  @Field(() => EffectKindEnum)
  kind!: EffectKindEnum;

  @Field(() => String, { description: 'Short readable form, e.g. "+1 AC (no armor, no shield)".' })
  summary!: string;

  @Field(() => AbilityEnum, { nullable: true })
  ability!: AbilityEnum | null;

  @Field(() => [AbilityEnum], {
    nullable: true,
    description: 'ARMOR_CLASS_FORMULA: abilities whose modifiers add to `base`.',
  })
  abilities!: AbilityEnum[] | null;

  @Field(() => Int, { nullable: true, description: 'The bonus; RESOURCE: its uses.' })
  amount!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'INITIATIVE_BONUS, RESOURCE: the amount is the proficiency bonus.',
  })
  amountIsProficiencyBonus!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'The highest score allowed.' })
  max!: number | null;

  @Field(() => Int, { nullable: true, description: 'ABILITY_SCORE_SET: the score.' })
  value!: number | null;

  @Field(() => String, { nullable: true, description: 'ARMOR_CLASS_FORMULA, RESOURCE: display name.' })
  name!: string | null;

  @Field(() => Int, { nullable: true, description: 'ARMOR_CLASS_FORMULA: the base before modifiers.' })
  base!: number | null;

  @Field(() => Boolean, { nullable: true })
  allowsShield!: boolean | null;

  @Field(() => EffectRequirementEnum, { nullable: true })
  requires!: EffectRequirementEnum | null;

  @Field(() => ID, { nullable: true, description: 'A skill id (5e-database index, e.g. `sleight-of-hand`).' })
  skill!: string | null;

  @Field(() => MovementModeEnum, { nullable: true })
  mode!: MovementModeEnum | null;

  @Field(() => Int, { nullable: true, description: 'MOVEMENT: feet.' })
  speed!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'MOVEMENT: equal to walking speed.' })
  speedEqualsWalking!: boolean | null;

  @Field(() => ArmorCategoryEnum, { nullable: true })
  armorCategory!: ArmorCategoryEnum | null;

  @Field(() => WeaponCategoryEnum, { nullable: true })
  weaponCategory!: WeaponCategoryEnum | null;

  @Field(() => ID, { nullable: true, description: 'ITEM_PROFICIENCY: an equipment id.' })
  item!: string | null;

  @Field(() => DamageTypeEnum, { nullable: true })
  damageType!: DamageTypeEnum | null;

  @Field(() => Int, { nullable: true, description: 'DARKVISION: feet.' })
  range!: number | null;

  @Field(() => ID, { nullable: true, description: 'RESOURCE: the resource id.' })
  resourceId!: string | null;

  @Field(() => RechargeEnum, { nullable: true })
  recharge!: RechargeEnum | null;
}

const EMPTY: Omit<EffectType, 'kind' | 'summary'> = {
  ability: null,
  abilities: null,
  amount: null,
  amountIsProficiencyBonus: null,
  max: null,
  value: null,
  name: null,
  base: null,
  allowsShield: null,
  requires: null,
  skill: null,
  mode: null,
  speed: null,
  speedEqualsWalking: null,
  armorCategory: null,
  weaponCategory: null,
  item: null,
  damageType: null,
  range: null,
  resourceId: null,
  recharge: null,
};

const ABILITY_LABEL: Record<string, string> = {
  str: 'STR',
  dex: 'DEX',
  con: 'CON',
  int: 'INT',
  wis: 'WIS',
  cha: 'CHA',
};
const REQUIREMENT_LABEL: Record<string, string> = {
  armor: ' (wearing armor)',
  'no-armor-no-shield': ' (no armor, no shield)',
  'no-heavy-armor': ' (no heavy armor)',
};
const signed = (amount: number | 'proficiency-bonus') => (amount === 'proficiency-bonus' ? '+PB' : `+${amount}`);

/** The rules model's effect → the flattened GraphQL Effect. */
export function effectToGraphQL(effect: Effect): EffectType {
  const base = { ...EMPTY, kind: effect.kind as EffectKindEnum };
  switch (effect.kind) {
    case 'ability-score-increase':
      return {
        ...base,
        ability: effect.ability,
        amount: effect.amount,
        max: effect.max ?? null,
        summary: `${ABILITY_LABEL[effect.ability]} +${effect.amount}${effect.max ? ` (max ${effect.max})` : ''}`,
      };
    case 'ability-score-set':
      return {
        ...base,
        ability: effect.ability,
        value: effect.value,
        summary: `${ABILITY_LABEL[effect.ability]} becomes ${effect.value}`,
      };
    case 'ability-score-max':
      return {
        ...base,
        ability: effect.ability,
        max: effect.max,
        summary: `${ABILITY_LABEL[effect.ability]} maximum ${effect.max}`,
      };
    case 'armor-class-formula':
      return {
        ...base,
        name: effect.name,
        base: effect.base,
        abilities: effect.abilities,
        allowsShield: effect.allowsShield,
        summary: `${effect.name}: AC ${effect.base} + ${effect.abilities.map((entry) => ABILITY_LABEL[entry]).join(' + ')}`,
      };
    case 'armor-class-bonus':
      return {
        ...base,
        amount: effect.amount,
        requires: (effect.requires ?? null) as EffectRequirementEnum | null,
        summary: `+${effect.amount} AC${effect.requires ? REQUIREMENT_LABEL[effect.requires] : ''}`,
      };
    case 'saving-throw-proficiency':
      return {
        ...base,
        ability: effect.ability,
        summary: `${ABILITY_LABEL[effect.ability]} saving throw proficiency`,
      };
    case 'saving-throw-bonus':
      return {
        ...base,
        amount: effect.amount,
        ability: effect.ability ?? null,
        summary: `+${effect.amount} to ${effect.ability ? `${ABILITY_LABEL[effect.ability]} saves` : 'all saves'}`,
      };
    case 'skill-proficiency':
      return { ...base, skill: effect.skill, summary: `${effect.skill} proficiency` };
    case 'skill-expertise':
      return { ...base, skill: effect.skill, summary: `${effect.skill} expertise` };
    case 'half-proficiency-on-checks':
      return { ...base, summary: 'half proficiency on other ability checks' };
    case 'initiative-bonus':
      return {
        ...base,
        amount: effect.amount === 'proficiency-bonus' ? null : effect.amount,
        amountIsProficiencyBonus: effect.amount === 'proficiency-bonus',
        summary: `${signed(effect.amount)} initiative`,
      };
    case 'speed-bonus':
      return {
        ...base,
        amount: effect.amount,
        requires: (effect.requires ?? null) as EffectRequirementEnum | null,
        summary: `+${effect.amount} ft. speed${effect.requires ? REQUIREMENT_LABEL[effect.requires] : ''}`,
      };
    case 'movement':
      return {
        ...base,
        mode: effect.mode as MovementModeEnum,
        speed: effect.speed === 'walk' ? null : effect.speed,
        speedEqualsWalking: effect.speed === 'walk',
        summary: `${effect.mode} speed ${effect.speed === 'walk' ? 'equal to walking speed' : `${effect.speed} ft.`}`,
      };
    case 'hit-points-per-level':
      return { ...base, amount: effect.amount, summary: `+${effect.amount} HP per level` };
    case 'passive-bonus':
      return {
        ...base,
        skill: effect.skill,
        amount: effect.amount,
        summary: `+${effect.amount} passive ${effect.skill}`,
      };
    case 'armor-proficiency':
      return {
        ...base,
        armorCategory: effect.category as ArmorCategoryEnum,
        summary: `${effect.category} armor training`,
      };
    case 'weapon-proficiency':
      return {
        ...base,
        weaponCategory: effect.category as WeaponCategoryEnum,
        summary: `${effect.category} weapon proficiency`,
      };
    case 'item-proficiency':
      return { ...base, item: effect.item, summary: `${effect.item} proficiency` };
    case 'resistance':
      return { ...base, damageType: effect.damageType as DamageTypeEnum, summary: `${effect.damageType} resistance` };
    case 'darkvision':
      return { ...base, range: effect.range, summary: `darkvision ${effect.range} ft.` };
    case 'carrying-size-increase':
      return { ...base, summary: 'counts as one size larger for carrying' };
    case 'spell-attack-bonus':
      return { ...base, amount: effect.amount, summary: `+${effect.amount} spell attacks` };
    case 'spell-save-dc-bonus':
      return { ...base, amount: effect.amount, summary: `+${effect.amount} spell save DC` };
    case 'weapon-attack-bonus':
      return { ...base, amount: effect.amount, summary: `+${effect.amount} to attack rolls` };
    case 'weapon-damage-bonus':
      return { ...base, amount: effect.amount, summary: `+${effect.amount} to damage rolls` };
    case 'ability-check-bonus':
      return {
        ...base,
        amount: effect.amount,
        ability: effect.ability ?? null,
        summary: `+${effect.amount} to ${effect.ability ? `${ABILITY_LABEL[effect.ability]} checks` : 'ability checks'}`,
      };
    case 'resource':
      return {
        ...base,
        resourceId: effect.id,
        name: effect.name,
        amount: effect.uses === 'proficiency-bonus' ? null : effect.uses,
        amountIsProficiencyBonus: effect.uses === 'proficiency-bonus',
        recharge: effect.recharge,
        summary: `${effect.name}: ${effect.uses === 'proficiency-bonus' ? 'PB' : effect.uses} uses per ${effect.recharge.replace('-', ' ')}`,
      };
  }
}

export const effectsToGraphQL = (effects: readonly Effect[]): EffectType[] => effects.map(effectToGraphQL);

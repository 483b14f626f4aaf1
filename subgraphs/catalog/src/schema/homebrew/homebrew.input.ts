import { Field, ID, InputType, Int } from 'type-graphql';

import {
  AbilityEnum,
  ArmorCategoryEnum,
  CasterProgressionEnum,
  DamageTypeEnum,
  FeatCategoryEnum,
  FeatPrerequisiteFeatureEnum,
  RarityEnum,
  RechargeEnum,
  SizeEnum,
  SpellSchoolEnum,
  WeaponCategoryEnum,
} from '../common/enums.js';
import { EffectInput } from '../effect/effect.input.js';

// Homebrew inputs mirror the output types. Updates take the same input and replace the entry whole.

@InputType('AbilityMinimumInput')
export class AbilityMinimumInput {
  @Field(() => AbilityEnum)
  ability!: AbilityEnum;

  @Field(() => Int)
  minimum!: number;
}

@InputType('DiceInput')
export class DiceInput {
  @Field(() => Int, { description: '1-40.' })
  count!: number;

  @Field(() => Int, { description: '4, 6, 8, 10, 12, 20 or 100.' })
  sides!: number;
}

@InputType('SpellComponentsInput')
export class SpellComponentsInput {
  @Field(() => Boolean)
  verbal!: boolean;

  @Field(() => Boolean)
  somatic!: boolean;

  @Field(() => String, { nullable: true })
  material?: string | null;
}

@InputType('SpellDamageInput')
export class SpellDamageInput {
  @Field(() => DiceInput)
  dice!: DiceInput;

  @Field(() => DamageTypeEnum)
  damageType!: DamageTypeEnum;

  @Field(() => Boolean, { description: 'It can hit several creatures.' })
  area!: boolean;
}

@InputType('HomebrewSpellInput', { description: 'A homebrew spell. Damage is optional but drives its power score.' })
export class HomebrewSpellInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { description: '0 (cantrip) to 9.' })
  level!: number;

  @Field(() => SpellSchoolEnum)
  school!: SpellSchoolEnum;

  @Field(() => [ID], { description: 'Class ids (SRD or homebrew classes you can see) whose spell lists include it.' })
  classes!: string[];

  @Field(() => Boolean)
  ritual!: boolean;

  @Field(() => Boolean)
  concentration!: boolean;

  @Field(() => String)
  castingTime!: string;

  @Field(() => String)
  range!: string;

  @Field(() => SpellComponentsInput)
  components!: SpellComponentsInput;

  @Field(() => String)
  duration!: string;

  @Field(() => SpellDamageInput, { nullable: true })
  damage?: SpellDamageInput | null;
}

@InputType('FeatPrerequisitesInput')
export class FeatPrerequisitesInput {
  @Field(() => Int, { nullable: true })
  minimumLevel?: number | null;

  @Field(() => [AbilityMinimumInput], { nullable: true, description: 'Any one of these suffices.' })
  abilities?: AbilityMinimumInput[] | null;

  @Field(() => FeatPrerequisiteFeatureEnum, { nullable: true })
  feature?: FeatPrerequisiteFeatureEnum | null;
}

@InputType('FeatAbilityIncreaseInput')
export class FeatAbilityIncreaseInput {
  @Field(() => Int, { description: '1 or 2.' })
  amount!: number;

  @Field(() => [AbilityEnum])
  from!: AbilityEnum[];

  @Field(() => Int, { description: '20-30.' })
  max!: number;
}

@InputType('HomebrewFeatInput', {
  description: 'A homebrew feat: effects, an ability increase, or at least a description.',
})
export class HomebrewFeatInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => FeatCategoryEnum)
  category!: FeatCategoryEnum;

  @Field(() => FeatPrerequisitesInput, { nullable: true })
  prerequisites?: FeatPrerequisitesInput | null;

  @Field(() => Boolean)
  repeatable!: boolean;

  @Field(() => [EffectInput], { nullable: true })
  effects?: EffectInput[] | null;

  @Field(() => FeatAbilityIncreaseInput, { nullable: true })
  abilityIncrease?: FeatAbilityIncreaseInput | null;
}

@InputType('MagicItemChargesInput')
export class MagicItemChargesInput {
  @Field(() => Int)
  max!: number;

  @Field(() => RechargeEnum)
  recharge!: RechargeEnum;
}

@InputType('HomebrewMagicItemInput', { description: 'A homebrew magic item: effects or at least a description.' })
export class HomebrewMagicItemInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { description: '`Wondrous Item`, `Ring`, `Weapon`, …' })
  category!: string;

  @Field(() => RarityEnum)
  rarity!: RarityEnum;

  @Field(() => Boolean)
  requiresAttunement!: boolean;

  @Field(() => [EffectInput], { nullable: true })
  effects?: EffectInput[] | null;

  @Field(() => ID, { nullable: true, description: 'An SRD equipment id it is built on (`longsword`).' })
  baseItemId?: string | null;

  @Field(() => MagicItemChargesInput, { nullable: true })
  charges?: MagicItemChargesInput | null;
}

@InputType('HomebrewTraitInput')
export class HomebrewTraitInput {
  @Field(() => String)
  name!: string;

  @Field(() => [EffectInput], { nullable: true })
  effects?: EffectInput[] | null;
}

@InputType('HomebrewLineageInput')
export class HomebrewLineageInput {
  @Field(() => String)
  name!: string;

  @Field(() => [HomebrewTraitInput])
  traits!: HomebrewTraitInput[];

  @Field(() => DamageTypeEnum, { nullable: true })
  damageType?: DamageTypeEnum | null;
}

@InputType('HomebrewSpeciesInput', { description: 'A homebrew species with at least one trait or lineage.' })
export class HomebrewSpeciesInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [SizeEnum])
  sizes!: SizeEnum[];

  @Field(() => Int, { description: 'Walking speed in feet (multiple of 5).' })
  speed!: number;

  @Field(() => [HomebrewTraitInput])
  traits!: HomebrewTraitInput[];

  @Field(() => [HomebrewLineageInput], { nullable: true })
  lineages?: HomebrewLineageInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Default: true when lineages are given.' })
  lineageRequired?: boolean | null;
}

@InputType('SkillChoiceInput')
export class SkillChoiceInput {
  @Field(() => Int)
  count!: number;

  @Field(() => [ID], { description: 'Skill ids.' })
  from!: string[];
}

@InputType('HomebrewClassFeatureInput')
export class HomebrewClassFeatureInput {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  level!: number;

  @Field(() => [EffectInput], { nullable: true })
  effects?: EffectInput[] | null;

  @Field(() => Boolean, { nullable: true })
  grantsFeatChoice?: boolean | null;
}

@InputType('HomebrewClassResourceInput')
export class HomebrewClassResourceInput {
  @Field(() => String)
  name!: string;

  @Field(() => [Int], { description: '20 values, one per class level.' })
  byLevel!: number[];

  @Field(() => RechargeEnum, { description: 'SHORT_REST or LONG_REST.' })
  recharge!: RechargeEnum;
}

@InputType('HomebrewSpellcastingInput')
export class HomebrewSpellcastingInput {
  @Field(() => AbilityEnum, { description: 'INT, WIS or CHA.' })
  ability!: AbilityEnum;

  @Field(() => CasterProgressionEnum)
  progression!: CasterProgressionEnum;

  @Field(() => Int, { nullable: true, description: 'Default 1.' })
  startsAtLevel?: number | null;

  @Field(() => [Int], { description: '20 values.' })
  cantripsKnown!: number[];

  @Field(() => [Int], { description: '20 values.' })
  preparedSpells!: number[];

  @Field(() => Boolean)
  ritualCasting!: boolean;
}

@InputType('HomebrewClassInput', { description: 'A homebrew class; it needs a feature at level 1.' })
export class HomebrewClassInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { description: '6, 8, 10 or 12.' })
  hitDie!: number;

  @Field(() => [AbilityEnum])
  primaryAbilities!: AbilityEnum[];

  @Field(() => [AbilityEnum], { description: 'Exactly two.' })
  savingThrows!: AbilityEnum[];

  @Field(() => [ArmorCategoryEnum], { nullable: true })
  armorProficiencies?: ArmorCategoryEnum[] | null;

  @Field(() => [WeaponCategoryEnum], { nullable: true })
  weaponProficiencies?: WeaponCategoryEnum[] | null;

  @Field(() => [ID], { nullable: true, description: 'SRD equipment ids (weapons, tools).' })
  itemProficiencies?: string[] | null;

  @Field(() => SkillChoiceInput)
  skillChoices!: SkillChoiceInput;

  @Field(() => [AbilityMinimumInput], { nullable: true, description: 'Default: 13 in each primary ability.' })
  multiclassRequirements?: AbilityMinimumInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Default 3.' })
  subclassLevel?: number | null;

  @Field(() => [HomebrewClassFeatureInput])
  features!: HomebrewClassFeatureInput[];

  @Field(() => [HomebrewClassResourceInput], { nullable: true })
  resources?: HomebrewClassResourceInput[] | null;

  @Field(() => HomebrewSpellcastingInput, { nullable: true })
  spellcasting?: HomebrewSpellcastingInput | null;

  @Field(() => [Int], { nullable: true, description: 'Default 4, 8, 12, 16, 19.' })
  featLevels?: number[] | null;
}

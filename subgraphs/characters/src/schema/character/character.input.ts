import { Field, ID, InputType, Int } from 'type-graphql';

import {
  AbilityScoreMethodEnum,
  EditionEnum,
  HitPointsMethodEnum,
  SizeEnum,
  StartingEquipmentSourceEnum,
} from '../common/enums.js';

// Inputs are passed to the domain as they are (their shapes are the domain's input types); the
// domain validates them with zod and names the failing field.

@InputType('ClassLevelInput', { description: 'A class and the levels in it; the first entry is the starting class.' })
export class ClassLevelInput {
  @Field(() => ID, { description: 'Class id, e.g. `fighter`.' })
  class!: string;

  @Field(() => Int, { description: 'Levels in this class, 1-20.' })
  level!: number;

  @Field(() => ID, { nullable: true, description: 'Subclass id (from the subclass level on).' })
  subclass?: string | null;
}

@InputType('AbilityScoresInput', {
  description: 'Base ability scores (before background and feats) and how they were made.',
})
export class AbilityScoresInput {
  @Field(() => AbilityScoreMethodEnum)
  method!: AbilityScoreMethodEnum;

  @Field(() => Int) str!: number;
  @Field(() => Int) dex!: number;
  @Field(() => Int) con!: number;
  @Field(() => Int) int!: number;
  @Field(() => Int) wis!: number;
  @Field(() => Int) cha!: number;
}

@InputType('AbilityIncreasesInput', { description: 'Increases per ability (omitted: 0).' })
export class AbilityIncreasesInput {
  @Field(() => Int, { nullable: true }) str?: number | null;
  @Field(() => Int, { nullable: true }) dex?: number | null;
  @Field(() => Int, { nullable: true }) con?: number | null;
  @Field(() => Int, { nullable: true }) int?: number | null;
  @Field(() => Int, { nullable: true }) wis?: number | null;
  @Field(() => Int, { nullable: true }) cha?: number | null;
}

@InputType('EquipmentInput', { description: 'An item from the catalog on the sheet.' })
export class EquipmentInput {
  @Field(() => ID, { description: 'Equipment or magic item id, e.g. `chain-mail`, `cloak-of-protection`.' })
  item!: string;

  @Field(() => Int, { nullable: true, description: 'Default 1.' })
  quantity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Worn or wielded (default false).' })
  equipped?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Attuned (default false; at most 3).' })
  attuned?: boolean | null;
}

@InputType('FeatInput', { description: 'A feat pick and its choices.' })
export class FeatInput {
  @Field(() => ID)
  feat!: string;

  @Field(() => AbilityIncreasesInput, {
    nullable: true,
    description: 'For feats that increase abilities (the ASI: +2 or +1/+1).',
  })
  abilityIncreases?: AbilityIncreasesInput | null;

  @Field(() => [ID], { nullable: true, description: 'Skills chosen by feats like Skilled.' })
  skills?: string[] | null;
}

@InputType('FeatChoicesInput', {
  description: "Choices for a feat granted by something else (the background's origin feat).",
})
export class FeatChoicesInput {
  @Field(() => AbilityIncreasesInput, { nullable: true })
  abilityIncreases?: AbilityIncreasesInput | null;

  @Field(() => [ID], { nullable: true })
  skills?: string[] | null;
}

@InputType('HitPointsInput', { description: 'Hit points for a level: the fixed value or a recorded roll.' })
export class HitPointsInput {
  @Field(() => HitPointsMethodEnum)
  method!: HitPointsMethodEnum;

  @Field(() => Int, { nullable: true, description: 'The die result, for ROLLED.' })
  roll?: number | null;
}

@InputType('FeatureOptionInput', { description: 'The option picked for a class feature that offers options.' })
export class FeatureOptionInput {
  @Field(() => ID, { description: 'Feature id, e.g. `cleric-divine-order`.' })
  feature!: string;

  @Field(() => ID, { description: 'Option id, e.g. `protector`.' })
  option!: string;
}

@InputType('SpellPickInput', { description: 'A spell to add.' })
export class SpellPickInput {
  @Field(() => ID)
  spell!: string;

  @Field(() => Boolean, { nullable: true, description: 'Prepared (default true).' })
  prepared?: boolean | null;
}

@InputType('SpellChangesInput', { description: 'Spells a level adds, and those it swaps out.' })
export class SpellChangesInput {
  @Field(() => [SpellPickInput], { nullable: true })
  add?: SpellPickInput[] | null;

  @Field(() => [ID], { nullable: true })
  remove?: string[] | null;
}

@InputType('FirstLevelChoicesInput', {
  description: 'Choices of the first class level (Fighting Style, Expertise, spells…).',
})
export class FirstLevelChoicesInput {
  @Field(() => [FeatInput], {
    nullable: true,
    description: 'Feats the level’s features grant (a Fighting Style feat).',
  })
  featureFeats?: FeatInput[] | null;

  @Field(() => [FeatureOptionInput], { nullable: true })
  featureOptions?: FeatureOptionInput[] | null;

  @Field(() => [ID], { nullable: true })
  skills?: string[] | null;

  @Field(() => [ID], { nullable: true })
  expertise?: string[] | null;

  @Field(() => SpellChangesInput, { nullable: true })
  spells?: SpellChangesInput | null;
}

@InputType('LevelChoicesInput', {
  description: 'The choices one level needs (which ones depends on the class and level).',
})
export class LevelChoicesInput extends FirstLevelChoicesInput {
  @Field(() => ID, { nullable: true, description: 'The class this level goes to (default: as planned by `classes`).' })
  class?: string | null;

  @Field(() => HitPointsInput, { nullable: true, description: 'Default FIXED.' })
  hitPoints?: HitPointsInput | null;

  @Field(() => ID, { nullable: true, description: 'At the subclass level.' })
  subclass?: string | null;

  @Field(() => FeatInput, {
    nullable: true,
    description: 'At a feat level: the Ability Score Improvement or another feat.',
  })
  feat?: FeatInput | null;
}

@InputType('LevelUpInput', { description: 'One more level in a class (a new class multiclasses) and its choices.' })
export class LevelUpInput extends FirstLevelChoicesInput {
  @Field(() => ID)
  class!: string;

  @Field(() => HitPointsInput, { nullable: true, description: 'Default FIXED.' })
  hitPoints?: HitPointsInput | null;

  @Field(() => ID, { nullable: true })
  subclass?: string | null;

  @Field(() => FeatInput, { nullable: true })
  feat?: FeatInput | null;
}

@InputType('StartingEquipmentInput', {
  description: "Guided creation: the class's option and the background's items or gold.",
})
export class StartingEquipmentInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Index of the class option: 0 = A, 1 = B, … (none when the class lists none).',
  })
  classOption?: number | null;

  @Field(() => StartingEquipmentSourceEnum)
  background!: StartingEquipmentSourceEnum;

  @Field(() => [ID], { nullable: true, description: 'Items picked for "one of a category" entries.' })
  picks?: string[] | null;
}

@InputType('CreateCharacterInput', {
  description:
    'A new character; only the name is required. With a species, a background, a class and STANDARD_ARRAY, ' +
    'POINT_BUY or ROLLED scores it is created step by step by the 2024 rules (every choice checked); with ' +
    'MANUAL scores (or missing parts) it is a sheet as entered, judged by its validation report.',
})
export class CreateCharacterInput {
  @Field(() => String, { description: 'Display name, 1-100 characters (trimmed).' })
  name!: string;

  @Field(() => EditionEnum, { nullable: true, description: 'Default RULES_2024.' })
  edition?: EditionEnum | null;

  @Field(() => ID, { nullable: true }) species?: string | null;
  @Field(() => ID, { nullable: true }) lineage?: string | null;
  @Field(() => ID, { nullable: true }) background?: string | null;
  @Field(() => SizeEnum, { nullable: true, description: 'When the species offers a choice (Human: MEDIUM or SMALL).' })
  size?: SizeEnum | null;

  @Field(() => [ClassLevelInput], { nullable: true, description: 'The first is the starting class.' })
  classes?: ClassLevelInput[] | null;

  @Field(() => AbilityScoresInput, { nullable: true })
  abilityScores?: AbilityScoresInput | null;

  @Field(() => AbilityIncreasesInput, { nullable: true, description: "The background's +2/+1 or +1/+1/+1." })
  backgroundIncreases?: AbilityIncreasesInput | null;

  @Field(() => [ID], { nullable: true, description: 'Skill proficiencies (guided: the class skill choices).' })
  skillProficiencies?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Expertise (sheet as entered only).' })
  skillExpertise?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Feats (sheet as entered only; guided creation takes originFeat and levels).',
  })
  feats?: string[] | null;

  @Field(() => [EquipmentInput], {
    nullable: true,
    description: 'Items on the sheet (guided: in addition to the starting equipment).',
  })
  equipment?: EquipmentInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Guided: skills picked by species traits (Keen Senses, Skillful).',
  })
  speciesSkills?: string[] | null;

  @Field(() => FeatInput, {
    nullable: true,
    description: 'Guided: the origin feat a species trait grants (Human Versatile).',
  })
  speciesFeat?: FeatInput | null;

  @Field(() => FeatChoicesInput, { nullable: true, description: "Guided: choices for the background's origin feat." })
  originFeat?: FeatChoicesInput | null;

  @Field(() => FirstLevelChoicesInput, { nullable: true, description: 'Guided: choices of the first level.' })
  firstLevel?: FirstLevelChoicesInput | null;

  @Field(() => StartingEquipmentInput, { nullable: true, description: 'Guided: default is the gold-only options.' })
  startingEquipment?: StartingEquipmentInput | null;

  @Field(() => [LevelChoicesInput], {
    nullable: true,
    description: 'Guided: choices of levels 2.. in order (`levels[0]` is level 2).',
  })
  levels?: LevelChoicesInput[] | null;
}

@InputType('UpdateCharacterInput', {
  description: 'A manual edit: only the given fields change; null clears optional ones.',
})
export class UpdateCharacterInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => EditionEnum, { nullable: true }) edition?: EditionEnum | null;
  @Field(() => ID, { nullable: true }) species?: string | null;
  @Field(() => ID, { nullable: true }) lineage?: string | null;
  @Field(() => ID, { nullable: true }) background?: string | null;
  @Field(() => SizeEnum, { nullable: true }) size?: SizeEnum | null;
  @Field(() => [ClassLevelInput], { nullable: true }) classes?: ClassLevelInput[] | null;
  @Field(() => AbilityScoresInput, { nullable: true }) abilityScores?: AbilityScoresInput | null;
  @Field(() => AbilityIncreasesInput, { nullable: true }) backgroundIncreases?: AbilityIncreasesInput | null;
  @Field(() => [ID], { nullable: true }) skillProficiencies?: string[] | null;
  @Field(() => [ID], { nullable: true }) skillExpertise?: string[] | null;
  @Field(() => [ID], { nullable: true }) feats?: string[] | null;
  @Field(() => [EquipmentInput], { nullable: true }) equipment?: EquipmentInput[] | null;
}

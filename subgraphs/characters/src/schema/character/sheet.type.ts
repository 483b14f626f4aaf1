import { Field, ID, Int, ObjectType } from 'type-graphql';

import { AbilityEnum, AbilityScoreMethodEnum, ProficiencyLevelEnum, ValidationSeverityEnum } from '../common/enums.js';
import { CharacterClassReference } from '../catalog/catalog-stubs.js';
import { CampaignReference } from '../journal/journal.type.js';

@ObjectType('StatPart', { description: 'One contribution to a number: `{ source: "DEX", amount: 2 }`.' })
export class StatPart {
  @Field(() => String, { description: 'Where the amount comes from (an ability, armor, a feature, an item…).' })
  source!: string;

  @Field(() => Int)
  amount!: number;
}

@ObjectType('Stat', { description: 'A derived number and its breakdown; the amounts add up to the value.' })
export class Stat {
  @Field(() => Int)
  value!: number;

  @Field(() => [StatPart])
  breakdown!: StatPart[];
}

@ObjectType('AbilityScore', { description: 'One ability: its score, modifier and where the score comes from.' })
export class AbilityScore {
  @Field(() => AbilityEnum)
  ability!: AbilityEnum;

  @Field(() => Int)
  score!: number;

  @Field(() => Int)
  modifier!: number;

  @Field(() => [StatPart], { description: 'How the score is made: base, background, feats, items.' })
  breakdown!: StatPart[];
}

@ObjectType('AbilityScores', { description: 'The six abilities and how the base scores were made.' })
export class AbilityScores {
  @Field(() => AbilityScoreMethodEnum)
  method!: AbilityScoreMethodEnum;

  @Field(() => AbilityScore) str!: AbilityScore;
  @Field(() => AbilityScore) dex!: AbilityScore;
  @Field(() => AbilityScore) con!: AbilityScore;
  @Field(() => AbilityScore) int!: AbilityScore;
  @Field(() => AbilityScore) wis!: AbilityScore;
  @Field(() => AbilityScore) cha!: AbilityScore;
}

@ObjectType('HitPoints', { description: 'Maximum (with breakdown), current and temporary hit points.' })
export class HitPoints {
  @Field(() => Stat)
  max!: Stat;

  @Field(() => Int)
  current!: number;

  @Field(() => Int)
  temp!: number;
}

@ObjectType('AbilityCheck', { description: 'A saving throw: proficient or not, and its bonus.' })
export class AbilityCheck {
  @Field(() => AbilityEnum)
  ability!: AbilityEnum;

  @Field(() => Boolean)
  proficient!: boolean;

  @Field(() => Stat)
  bonus!: Stat;
}

@ObjectType('SkillCheck', { description: 'A skill: proficiency level and bonus.' })
export class SkillCheck {
  @Field(() => ID, { description: '5e-database index, e.g. `sleight-of-hand`.' })
  skill!: string;

  @Field(() => AbilityEnum)
  ability!: AbilityEnum;

  @Field(() => ProficiencyLevelEnum)
  proficiency!: ProficiencyLevelEnum;

  @Field(() => Stat)
  bonus!: Stat;
}

@ObjectType('Spellcasting', { description: "One class's spellcasting." })
export class Spellcasting {
  @Field(() => ID)
  classId!: string;

  @Field(() => CharacterClassReference)
  class!: CharacterClassReference;

  @Field(() => AbilityEnum)
  ability!: AbilityEnum;

  @Field(() => Stat)
  saveDC!: Stat;

  @Field(() => Stat)
  attackBonus!: Stat;

  @Field(() => Int)
  cantripsKnown!: number;

  @Field(() => Int)
  preparedSpells!: number;

  @Field(() => Int, { description: 'The highest spell level this class can cast.' })
  maxSpellLevel!: number;
}

@ObjectType('PactMagic', { description: 'Pact Magic slots (Warlock), apart from other slots.' })
export class PactMagic {
  @Field(() => Int)
  slots!: number;

  @Field(() => Int)
  slotLevel!: number;
}

@ObjectType('ValidationIssue', { description: 'One broken (or noteworthy) rule, with a stable id and a fix.' })
export class ValidationIssue {
  @Field(() => String, { description: 'Stable rule id, e.g. `ability-scores.point-buy.budget`.' })
  ruleId!: string;

  @Field(() => ValidationSeverityEnum)
  severity!: ValidationSeverityEnum;

  @Field(() => String, { description: 'Field path in the build, e.g. `classes[1].classId`.' })
  path!: string;

  @Field(() => String)
  message!: string;

  @Field(() => String, { nullable: true })
  suggestion!: string | null;

  @Field(() => CampaignReference, {
    nullable: true,
    description:
      "The campaign whose rule profile this `campaign.*` issue comes from; null for the game's own rules (and for `campaign.unavailable`).",
  })
  campaign!: CampaignReference | null;
}

@ObjectType('ValidationReport', { description: 'Whether the character follows the rules, and what does not.' })
export class ValidationReport {
  @Field(() => Boolean, { description: 'True when there is no ERROR issue.' })
  valid!: boolean;

  @Field(() => Boolean, { description: 'True when no choice is left to make (no missing species, class, skills…).' })
  complete!: boolean;

  @Field(() => [ValidationIssue])
  issues!: ValidationIssue[];
}

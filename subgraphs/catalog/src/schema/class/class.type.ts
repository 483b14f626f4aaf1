import type { ClassDefinition, ClassFeature, ClassSpellcasting, Subclass } from '@grimoire/rules';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

import type { CatalogEntry } from '../../domain/read-catalog.js';
import { CatalogEntryType, entryFields } from '../catalog-entry/catalog-entry.type.js';
import type { DescriptionSource } from '../catalog-entry/described.js';
import {
  AbilityEnum,
  ArmorCategoryEnum,
  CasterProgressionEnum,
  RechargeEnum,
  WeaponCategoryEnum,
} from '../common/enums.js';
import { AbilityMinimumType, SkillChoiceType } from '../common/values.type.js';
import { EffectType, effectsToGraphQL } from '../effect/effect.type.js';
import { PageInfo } from '@grimoire/platform';

@ObjectType('ClassFeature', { description: 'A class or subclass feature gained at a level.' })
export class ClassFeatureType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  level!: number;

  @Field(() => [EffectType], { description: 'What it changes on the sheet; empty for text-only features.' })
  effects!: EffectType[];

  @Field(() => Boolean, { description: 'Offers an Ability Score Improvement or a feat.' })
  grantsFeatChoice!: boolean;

  @Field(() => Boolean, { description: 'Offers an epic boon (level 19).' })
  grantsEpicBoon!: boolean;

  @Field(() => String, { nullable: true, description: 'Rules text; null until imported.' })
  description?: string | null;

  describedBy!: DescriptionSource;
}

export function featureToGraphQL(feature: ClassFeature, homebrew: boolean): ClassFeatureType {
  return {
    id: feature.id,
    name: feature.name,
    level: feature.level,
    effects: effectsToGraphQL(feature.effects),
    grantsFeatChoice: feature.grantsFeatChoice ?? false,
    grantsEpicBoon: feature.grantsEpicBoon ?? false,
    describedBy: { kind: 'class-feature', id: feature.id, homebrew, text: null },
  };
}

@ObjectType('ClassResource', { description: 'A per-level counter from the class table (Rage, Focus Points, …).' })
export class ClassResourceType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [Int], { description: 'Value at class levels 1..20.' })
  byLevel!: number[];

  @Field(() => RechargeEnum)
  recharge!: RechargeEnum;
}

@ObjectType('ClassSpellcasting', { description: 'How a class casts spells.' })
export class ClassSpellcastingType {
  @Field(() => AbilityEnum)
  ability!: AbilityEnum;

  @Field(() => CasterProgressionEnum)
  progression!: CasterProgressionEnum;

  @Field(() => Int, { description: 'First class level with spellcasting.' })
  startsAtLevel!: number;

  @Field(() => [Int], { description: 'Cantrips known at class levels 1..20.' })
  cantripsKnown!: number[];

  @Field(() => [Int], { description: 'Prepared spells at class levels 1..20.' })
  preparedSpells!: number[];

  @Field(() => ID, { description: 'The spell list: filter `spells(filter: { class: … })` with it.' })
  spellListId!: string;

  @Field(() => Boolean)
  ritualCasting!: boolean;
}

export function spellcastingToGraphQL(spellcasting: ClassSpellcasting | undefined): ClassSpellcastingType | null {
  if (!spellcasting) return null;
  return {
    ability: spellcasting.ability,
    progression: spellcasting.progression as CasterProgressionEnum,
    startsAtLevel: spellcasting.startsAtLevel,
    cantripsKnown: [...spellcasting.cantripsKnown],
    preparedSpells: [...spellcasting.preparedSpells],
    spellListId: spellcasting.spellList,
    ritualCasting: spellcasting.ritualCasting,
  };
}

@ObjectType('MulticlassRules', {
  description: 'Prerequisites and proficiencies of taking this class as a later class.',
})
export class MulticlassRulesType {
  @Field(() => [AbilityMinimumType], { description: 'Every one of these must be met…' })
  allOf!: AbilityMinimumType[];

  @Field(() => [AbilityMinimumType], { description: '…and at least one of these, when any are listed.' })
  anyOf!: AbilityMinimumType[];

  @Field(() => [ArmorCategoryEnum])
  armorProficiencies!: ArmorCategoryEnum[];

  @Field(() => [WeaponCategoryEnum])
  weaponProficiencies!: WeaponCategoryEnum[];

  @Field(() => [ID])
  itemProficiencies!: string[];

  @Field(() => SkillChoiceType, { nullable: true })
  skillChoices!: SkillChoiceType | null;
}

@ObjectType('PactMagicSlots', { description: 'Pact Magic slots: how many, all of one level.' })
export class PactMagicSlotsType {
  @Field(() => Int)
  slots!: number;

  @Field(() => Int)
  slotLevel!: number;
}

@ObjectType('ClassResourceValue', { description: 'A class resource at one level of the class table.' })
export class ClassResourceValueType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  value!: number;

  @Field(() => RechargeEnum)
  recharge!: RechargeEnum;
}

@ObjectType('ClassTableRow', {
  description: 'One row of the class table (one class level), for a character of this class only.',
})
export class ClassLevelType {
  @Field(() => Int)
  level!: number;

  @Field(() => Int)
  proficiencyBonus!: number;

  @Field(() => [ClassFeatureType])
  features!: ClassFeatureType[];

  @Field(() => Boolean, { description: 'This level offers an Ability Score Improvement or a feat.' })
  grantsFeatChoice!: boolean;

  @Field(() => Int)
  cantripsKnown!: number;

  @Field(() => Int)
  preparedSpells!: number;

  @Field(() => [Int], { description: 'Spell slots of levels 1..9 (9 numbers); zeros for Pact Magic.' })
  spellSlots!: number[];

  @Field(() => PactMagicSlotsType, { nullable: true })
  pactMagic!: PactMagicSlotsType | null;

  @Field(() => [ClassResourceValueType])
  resources!: ClassResourceValueType[];
}

@Directive('@key(fields: "id")')
@ObjectType('CharacterClass', {
  implements: CatalogEntryType,
  description: 'A class (Barbarian, Wizard, …) with its table.',
})
export class CharacterClassType extends CatalogEntryType {
  @Field(() => Int)
  hitDie!: number;

  @Field(() => [AbilityEnum])
  primaryAbilities!: AbilityEnum[];

  @Field(() => [AbilityEnum])
  savingThrows!: AbilityEnum[];

  @Field(() => [ArmorCategoryEnum])
  armorProficiencies!: ArmorCategoryEnum[];

  @Field(() => [WeaponCategoryEnum])
  weaponProficiencies!: WeaponCategoryEnum[];

  @Field(() => [ID], { description: 'Individual weapon or tool proficiencies (equipment ids).' })
  itemProficiencies!: string[];

  @Field(() => SkillChoiceType)
  skillChoices!: SkillChoiceType;

  @Field(() => MulticlassRulesType)
  multiclass!: MulticlassRulesType;

  @Field(() => Int, { description: 'Class level at which the subclass is chosen.' })
  subclassLevel!: number;

  @Field(() => [ClassFeatureType])
  features!: ClassFeatureType[];

  @Field(() => [ClassResourceType])
  resources!: ClassResourceType[];

  @Field(() => ClassSpellcastingType, { nullable: true })
  spellcasting!: ClassSpellcastingType | null;

  @Field(() => [Int], { description: 'Levels offering an Ability Score Improvement or a feat.' })
  featLevels!: number[];

  /** Not a field: the rules object, for the level table and subclasses. */
  definition!: ClassDefinition;
}

export function classFromEntry(entry: CatalogEntry<'class'>): CharacterClassType {
  const definition = entry.content;
  const homebrew = entry.homebrew !== null;
  return {
    ...entryFields(entry, 'class', 'CharacterClass'),
    hitDie: definition.hitDie,
    primaryAbilities: definition.primaryAbilities as AbilityEnum[],
    savingThrows: definition.savingThrows as unknown as AbilityEnum[],
    armorProficiencies: definition.armor as ArmorCategoryEnum[],
    weaponProficiencies: definition.weapons as WeaponCategoryEnum[],
    itemProficiencies: [...definition.items],
    skillChoices: { count: definition.skillChoices.count, from: [...definition.skillChoices.from] },
    multiclass: {
      allOf: definition.multiclass.allOf as AbilityMinimumType[],
      anyOf: (definition.multiclass.anyOf ?? []) as AbilityMinimumType[],
      armorProficiencies: definition.multiclass.armor as ArmorCategoryEnum[],
      weaponProficiencies: definition.multiclass.weapons as WeaponCategoryEnum[],
      itemProficiencies: [...definition.multiclass.items],
      skillChoices: definition.multiclass.skillChoices
        ? { count: definition.multiclass.skillChoices.count, from: [...definition.multiclass.skillChoices.from] }
        : null,
    },
    subclassLevel: definition.subclassLevel,
    features: definition.features.map((feature) => featureToGraphQL(feature, homebrew)),
    resources: definition.resources.map((resource) => ({
      id: resource.id,
      name: resource.name,
      byLevel: [...resource.byLevel],
      recharge: resource.recharge,
    })),
    spellcasting: spellcastingToGraphQL(definition.spellcasting),
    featLevels: [...definition.featLevels],
    definition,
  };
}

@Directive('@key(fields: "id")')
@ObjectType('Subclass', { implements: CatalogEntryType, description: 'A subclass (Path of the Berserker, …).' })
export class SubclassType extends CatalogEntryType {
  @Field(() => ID)
  classId!: string;

  @Field(() => [ClassFeatureType])
  features!: ClassFeatureType[];

  @Field(() => ClassSpellcastingType, { nullable: true })
  spellcasting!: ClassSpellcastingType | null;
}

export function subclassFromEntry(entry: CatalogEntry<'subclass'>): SubclassType {
  const subclass: Subclass = entry.content;
  return {
    ...entryFields(entry, 'subclass', 'Subclass'),
    classId: subclass.classId,
    features: subclass.features.map((feature) => featureToGraphQL(feature, entry.homebrew !== null)),
    spellcasting: spellcastingToGraphQL(subclass.spellcasting),
  };
}

@ObjectType('CharacterClassEdge')
export class CharacterClassEdge {
  @Field(() => String, { description: 'Opaque position; pass as `after` to continue from here.' })
  cursor!: string;

  @Field(() => CharacterClassType)
  node!: CharacterClassType;
}

@ObjectType('CharacterClassConnection', { description: 'A page of classes.' })
export class CharacterClassConnection {
  @Field(() => [CharacterClassEdge])
  edges!: CharacterClassEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
